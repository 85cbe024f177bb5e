#include "ui/pipeline/CardDelegate.h"

#include "core/text/PlainText.h"
#include "models/BoardModel.h"

#include <QApplication>
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

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics normalMetrics(option.font);
    const QFontMetrics smallMetrics(smallerFont(option.font));
    const int height = 2 * OuterMarginY + 2 * Padding + boldMetrics.height() + LineGap +
                       normalMetrics.height() + LineGap + smallMetrics.height() + 6 +
                       smallMetrics.height() + 4;
    return {std::max(160, option.rect.width()), height};
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

    const QRectF card = QRectF(option.rect)
                            .adjusted(OuterMarginX + 0.5, OuterMarginY + 0.5, -OuterMarginX - 0.5,
                                      -OuterMarginY - 0.5);
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
    if (focused && !selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5);
    }

    const QRect content = card.toRect().adjusted(Padding, Padding, -Padding, -Padding);
    QFont bold = option.font;
    bold.setBold(true);
    const QFont small = smallerFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics normalMetrics(option.font);
    const QFontMetrics smallMetrics(small);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = blend(palette.color(QPalette::Base), text, 0.62);

    int y = content.top();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(content.left(), y, content.width(), boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(lineOf(index, BoardModel::CompanyRole), Qt::ElideRight,
                                             content.width()));
    y += boldMetrics.height() + LineGap;

    painter->setFont(option.font);
    painter->drawText(QRect(content.left(), y, content.width(), normalMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      normalMetrics.elidedText(lineOf(index, BoardModel::JobRole), Qt::ElideRight,
                                               content.width()));
    y += normalMetrics.height() + LineGap;

    QStringList details;
    const QString location = lineOf(index, BoardModel::LocationRole);
    const QString salary = lineOf(index, BoardModel::SalaryTextRole);
    if (!location.isEmpty())
        details << location;
    if (!salary.isEmpty())
        details << salary;
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(content.left(), y, content.width(), smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(details.join(QStringLiteral(" · ")), Qt::ElideRight,
                                              content.width()));
    y += smallMetrics.height() + 6;

    const int days = index.data(BoardModel::DaysInStageRole).toInt();
    const QString daysText = days == 0 ? tr("Today") : tr("%n day(s) here", nullptr, days);
    // The bottom right holds one pill: the next interview if there is one, else the
    // warning that nothing has happened for a while.
    int badgeWidth = 0;
    const QString nextRound = index.data(BoardModel::NextRoundTextRole).toString();
    const bool stale = index.data(BoardModel::StaleRole).toBool();
    if (!nextRound.isEmpty() || stale) {
        const QString badge = nextRound.isEmpty() ? tr("No activity") : nextRound;
        badgeWidth = std::min(content.width() * 2 / 3, smallMetrics.horizontalAdvance(badge) + 14);
        const QRectF pill(content.right() - badgeWidth + 1, y, badgeWidth,
                          smallMetrics.height() + 2);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->fillPath(pillPath, nextRound.isEmpty() ? QColor(0xf5, 0xc2, 0x6b)
                                                        : QColor(0xd6, 0xe6, 0xfa));
        painter->setPen(nextRound.isEmpty() ? QColor(0x4a, 0x32, 0x00) : QColor(0x0b, 0x3d, 0x7a));
        painter->drawText(pill.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                          smallMetrics.elidedText(badge, Qt::ElideRight, badgeWidth - 12));
    }
    painter->setPen(muted);
    painter->drawText(
        QRect(content.left(), y, content.width() - badgeWidth - 6, smallMetrics.height() + 2),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(daysText, Qt::ElideRight, content.width() - badgeWidth - 6));
    painter->restore();
}
