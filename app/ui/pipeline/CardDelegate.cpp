#include "ui/pipeline/CardDelegate.h"

#include "core/LocaleFormat.h"
#include "core/notes/NotesChecklist.h"
#include "core/text/PlainText.h"
#include "models/BoardModel.h"
#include "ui/theme/ThemeColours.h"

#include <QApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int OuterMarginX = 6;
constexpr int OuterMarginY = 4;
constexpr int Padding = 10;
constexpr int LineGap = 2;

QFont smallerFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else
        font.setPixelSize(std::max(9, int(font.pixelSize() * 0.9)));
    return font;
}

// One line per field whatever the stored text holds: a line break would draw over the
// next line, a direction override would reorder what follows.
QString lineOf(const QModelIndex &index, int role)
{
    return PlainText::singleLine(index.data(role).toString());
}

QColor blend(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}
} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

namespace {

constexpr int BadgePadding = 14;
constexpr int BadgeGap = 6;

int cardHeight(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics normalMetrics(font);
    const QFontMetrics smallMetrics(smallerFont(font));
    return 2 * OuterMarginY + 2 * Padding + boldMetrics.height() + LineGap +
           normalMetrics.height() + LineGap + smallMetrics.height() + 6 + smallMetrics.height() + 4;
}

} // namespace

QString CardDelegate::roundBadgeText(const QString &nextRound, const QString &readiness)
{
    if (readiness.isEmpty())
        return nextRound;
    //: On a card: the next round, then its checklist progress ("Round 2 · Tue 14:00 · Prep 5/9")
    return tr("%1 · %2").arg(nextRound, readiness);
}

int CardDelegate::minimumWidth(const QFont &font)
{
    // Every column asks, and shaping these texts is a tenth of the window's start: measured
    // once per font and language.
    static QHash<QString, int> measured;
    const QString key = font.key() + QLatin1Char('|') + QLocale().name();
    if (const auto found = measured.constFind(key); found != measured.cend())
        return *found;
    const int width = measureMinimumWidth(font);
    measured.insert(key, width);
    return width;
}

int CardDelegate::measureMinimumWidth(const QFont &font)
{
    const QFontMetrics small(smallerFont(font));
    // The badge as BoardModel words it, for the widest month and a late time.
    const QLocale locale;
    const QString time = locale.toString(QTime(23, 59), LocaleFormat::shortTime());
    int widest = 0;
    for (int month = 1; month <= 12; ++month) {
        const QString day = locale.toString(QDate(2026, month, 28),
                                            BoardModel::tr("d MMM", "short date on a card"));
        const QString when = BoardModel::tr("%1 %2", "day, month and time").arg(day, time);
        widest = std::max(
            widest, small.horizontalAdvance(BoardModel::tr("Round %1 · %2").arg(10).arg(when)));
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const QString when = BoardModel::tr("%1 %2", "weekday and time")
                                 .arg(locale.dayName(weekday, QLocale::ShortFormat), time);
        widest = std::max(
            widest, small.horizontalAdvance(BoardModel::tr("Round %1 · %2").arg(10).arg(when)));
    }
    // The checklist's widest progress, as the notes feature words it.
    const int readiness =
        small.horizontalAdvance(roundBadgeText(QString(), NotesChecklist::readinessText({10, 10})));
    const int days = small.horizontalAdvance(tr("%n day(s) here", nullptr, 99));
    return 2 * OuterMarginX + 2 * Padding + widest + readiness + BadgePadding + BadgeGap + days;
}

CardDelegate::Layout CardDelegate::layout(const QStyleOptionViewItem &option,
                                          const QModelIndex &index)
{
    Layout out;
    QFont bold = option.font;
    bold.setBold(true);
    const QFont small = smallerFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics normalMetrics(option.font);
    const QFontMetrics smallMetrics(small);

    out.card = option.rect.adjusted(OuterMarginX, OuterMarginY, -OuterMarginX, -OuterMarginY);
    const QRect content = out.card.adjusted(Padding, Padding, -Padding, -Padding);
    int y = content.top();
    out.company = QRect(content.left(), y, content.width(), boldMetrics.height());
    out.companyText = boldMetrics.elidedText(lineOf(index, BoardModel::CompanyRole), Qt::ElideRight,
                                             content.width());
    y += boldMetrics.height() + LineGap;
    out.role = QRect(content.left(), y, content.width(), normalMetrics.height());
    out.roleText = normalMetrics.elidedText(lineOf(index, BoardModel::JobRole), Qt::ElideRight,
                                            content.width());
    y += normalMetrics.height() + LineGap;

    QStringList details;
    const QString location = lineOf(index, BoardModel::LocationRole);
    const QString salary = lineOf(index, BoardModel::SalaryTextRole);
    if (!location.isEmpty())
        details << location;
    if (!salary.isEmpty())
        details << salary;
    // A letter waiting is worth more than the location: its pill takes the right end of
    // the line and the details give way.
    int thankYouWidth = 0;
    if (index.data(BoardModel::ThankYouDueRole).toBool()) {
        const QString thankYou = tr("Thank-you due");
        thankYouWidth =
            std::min(content.width(), smallMetrics.horizontalAdvance(thankYou) + BadgePadding);
        out.thankYou = QRect(content.right() - thankYouWidth + 1, y - 1, thankYouWidth,
                             smallMetrics.height() + 2);
        out.thankYouText = smallMetrics.elidedText(thankYou, Qt::ElideRight, thankYouWidth - 12);
    }
    const int detailsWidth =
        std::max(0, content.width() - (thankYouWidth > 0 ? thankYouWidth + BadgeGap : 0));
    out.details = QRect(content.left(), y, detailsWidth, smallMetrics.height());
    out.detailsText =
        smallMetrics.elidedText(details.join(QStringLiteral(" · ")), Qt::ElideRight, detailsWidth);
    y += smallMetrics.height() + 6;

    // The bottom line holds one badge: the next interview if there is one, else the
    // warning that nothing has happened for a while. The badge is never cut while the
    // column is at least minimumWidth(); the days text gives way first.
    const int days = index.data(BoardModel::DaysInStageRole).toInt();
    const QString daysText = days == 0 ? tr("Today") : tr("%n day(s) here", nullptr, days);
    const QString nextRound = lineOf(index, BoardModel::NextRoundTextRole);
    const QString readiness = lineOf(index, BoardModel::ReadinessTextRole);
    out.stale = index.data(BoardModel::StaleRole).toBool();
    int badgeWidth = 0;
    if (!nextRound.isEmpty() || out.stale) {
        const QString badge =
            nextRound.isEmpty() ? tr("No activity") : roundBadgeText(nextRound, readiness);
        badgeWidth =
            std::min(content.width(), smallMetrics.horizontalAdvance(badge) + BadgePadding);
        out.badge =
            QRect(content.right() - badgeWidth + 1, y, badgeWidth, smallMetrics.height() + 2);
        out.badgeText = smallMetrics.elidedText(badge, Qt::ElideRight, badgeWidth - 12);
    }
    const int daysWidth = std::max(0, content.width() - badgeWidth - BadgeGap);
    out.days = QRect(content.left(), y, daysWidth, smallMetrics.height() + 2);
    out.daysText = smallMetrics.elidedText(daysText, Qt::ElideRight, daysWidth);
    return out;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return {std::max(160, option.rect.width()), cardHeight(option.font)};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;
    const Layout layout = CardDelegate::layout(option, index);

    const QRectF card = QRectF(layout.card).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor background = palette.color(QPalette::Base);
    QColor border = blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.18);
    qreal borderWidth = 1.0;
    if (hovered) {
        border = blend(border, palette.color(QPalette::Highlight), 0.6);
        background = blend(background, palette.color(QPalette::Highlight), 0.04);
    }
    if (selected) {
        background = blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.14);
        border = palette.color(QPalette::Highlight);
        borderWidth = 2.0;
    }
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, background);
    painter->setPen(QPen(border, borderWidth));
    painter->drawPath(path);
    if (focused) {
        // The keyboard's place stays visible on a selected card too.
        painter->setPen(
            QPen(selected ? palette.color(QPalette::Text) : palette.color(QPalette::Highlight), 1,
                 Qt::DashLine));
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 4, 4);
    }

    QFont bold = option.font;
    bold.setBold(true);
    const QFont small = smallerFont(option.font);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = ThemeColours::mutedText(palette);

    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(layout.company, Qt::AlignLeft | Qt::AlignVCenter, layout.companyText);
    painter->setFont(option.font);
    painter->drawText(layout.role, Qt::AlignLeft | Qt::AlignVCenter, layout.roleText);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(layout.details, Qt::AlignLeft | Qt::AlignVCenter, layout.detailsText);

    if (!layout.badgeText.isEmpty()) {
        const ThemeColours::Pair colours = ThemeColours::badge(
            palette, layout.stale && index.data(BoardModel::NextRoundTextRole).toString().isEmpty()
                         ? ThemeColours::Badge::Stale
                         : ThemeColours::Badge::NextRound);
        const QRectF pill(layout.badge);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->fillPath(pillPath, colours.background);
        painter->setPen(colours.text);
        painter->drawText(pill.adjusted(6, 0, -6, 0), Qt::AlignCenter, layout.badgeText);
    }
    if (!layout.thankYouText.isEmpty()) {
        const ThemeColours::Pair colours =
            ThemeColours::badge(palette, ThemeColours::Badge::ThankYouDue);
        const QRectF pill(layout.thankYou);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->fillPath(pillPath, colours.background);
        painter->setPen(colours.text);
        painter->drawText(pill.adjusted(6, 0, -6, 0), Qt::AlignCenter, layout.thankYouText);
    }
    painter->setPen(muted);
    painter->drawText(layout.days, Qt::AlignLeft | Qt::AlignVCenter, layout.daysText);
    painter->restore();
}
