#include "ui/calendar/CalendarDelegates.h"

#include "core/RoundTypes.h"
#include "core/text/PlainText.h"
#include "models/calendar/MonthModel.h"
#include "models/calendar/RoundAgendaModel.h"
#include "models/calendar/UpcomingRoundsModel.h"
#include "ui/theme/ThemeColours.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int CellPadding = 6;
constexpr int AgendaPadding = 6;
constexpr int DotSize = 8;

QColor blend(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

QFont scaledFont(const QFont &base, qreal factor)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(9, int(font.pixelSize() * factor)));
    return font;
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (option.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
}

// Text readable on a coloured pill: white on dark colours, near-black on light ones.
QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.62 ? QColor(0x1d, 0x1f, 0x23) : QColor(Qt::white);
}
} // namespace

// ---- Month grid ----------------------------------------------------------------------

MonthDayDelegate::MonthDayDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize MonthDayDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QFontMetrics small(scaledFont(option.font, 0.85));
    const int circle =
        std::max(metrics.height() + 4, metrics.horizontalAdvance(QStringLiteral("00")) + 8);
    return {std::max(56, circle + 2 * CellPadding),
            2 * CellPadding + circle + 4 + small.height() + 4};
}

void MonthDayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QPalette::ColorGroup group = colorGroup(option);
    const QColor base = palette.color(group, QPalette::Base);
    const QColor text = palette.color(group, QPalette::Text);
    const QColor highlight = palette.color(group, QPalette::Highlight);
    const bool inMonth = index.data(MonthModel::InMonthRole).toBool();
    const bool today = index.data(MonthModel::TodayRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;

    const QRect cell = option.rect;
    QColor background = inMonth ? base : blend(base, text, 0.045);
    if (hovered)
        background = blend(background, highlight, 0.06);
    if (selected)
        background = blend(base, highlight, 0.16);
    painter->fillRect(cell, background);

    // Hairlines on the right and bottom edges make the grid without doubling up.
    painter->setPen(QPen(blend(base, text, 0.14), 1));
    painter->drawLine(QPointF(cell.right() + 0.5, cell.top()),
                      QPointF(cell.right() + 0.5, cell.bottom() + 1));
    painter->drawLine(QPointF(cell.left(), cell.bottom() + 0.5),
                      QPointF(cell.right() + 1, cell.bottom() + 0.5));
    if (selected) {
        painter->setPen(QPen(highlight, 2));
        painter->drawRoundedRect(QRectF(cell).adjusted(2, 2, -2.5, -2.5), 4, 4);
    }

    const QRect content = cell.adjusted(CellPadding, CellPadding - 2, -CellPadding, -CellPadding);
    QFont dayFont = option.font;
    dayFont.setBold(today);
    const QFontMetrics dayMetrics(dayFont);
    const QString dayText = index.data(Qt::DisplayRole).toString();
    painter->setFont(dayFont);
    QFont boldFont = option.font;
    boldFont.setBold(true);
    // Sized for a bold two-digit day, so today's circle never clips its number.
    const QFontMetrics boldMetrics(boldFont);
    const int circle =
        std::max(boldMetrics.height() + 4, boldMetrics.horizontalAdvance(QStringLiteral("00")) + 8);
    const QRect dayRect(content.left(), content.top(), circle, circle);
    if (today) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(highlight);
        painter->drawEllipse(dayRect);
        painter->setPen(palette.color(group, QPalette::HighlightedText));
    } else {
        painter->setPen(inMonth ? text : blend(base, text, 0.45));
    }
    painter->drawText(dayRect, Qt::AlignCenter, dayText);

    const int count = index.data(MonthModel::CountRole).toInt();
    const QColor statusColor = index.data(MonthModel::StatusColorRole).value<QColor>();
    if (count > 0 && statusColor.isValid()) {
        const QFont pillFont = scaledFont(option.font, 0.85);
        const QFontMetrics pillMetrics(pillFont);
        const int pillHeight = pillMetrics.height() + 4;
        const int available = content.width();
        // Say "2 rounds" when the cell is wide enough, otherwise just the number.
        QString label = tr("%n round(s)", nullptr, count);
        if (pillMetrics.horizontalAdvance(label) + 14 > available)
            label = QString::number(count);
        const int pillWidth = std::min(available, pillMetrics.horizontalAdvance(label) + 14);
        QRectF pill(content.left(), content.bottom() - pillHeight + 1, pillWidth, pillHeight);
        const bool compact = content.height() < circle + 2 + pillHeight;
        if (compact) {
            // Too short for two lines: a round badge in the top corner instead, ringed in
            // the cell colour so it stays apart from today's circle.
            label = QString::number(count);
            const qreal width =
                std::max<qreal>(pillHeight, pillMetrics.horizontalAdvance(label) + 8);
            pill = QRectF(content.right() - width + 1, content.top(), width, pillHeight);
        }
        QColor fill = statusColor;
        if (!inMonth)
            fill = blend(base, statusColor, 0.55);
        QPainterPath path;
        path.addRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
        painter->fillPath(path, fill);
        if (compact)
            painter->strokePath(path, QPen(background, 1.5));
        painter->setFont(pillFont);
        painter->setPen(textOn(fill));
        painter->drawText(pill, Qt::AlignCenter,
                          pillMetrics.elidedText(label, Qt::ElideRight, int(pill.width()) - 6));
    }
    painter->restore();
}

// ---- Agenda --------------------------------------------------------------------------

AgendaDelegate::AgendaDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void AgendaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = RoundStatus(index.data(RoundAgendaModel::StatusRole).toInt());
    const QColor text = option->palette.color(QPalette::Text);
    const QColor base = option->palette.color(QPalette::Base);
    if (index.column() == RoundAgendaModel::TimeColumn)
        option->font.setBold(true);
    if (index.column() == RoundAgendaModel::PeopleColumn &&
        !index.data(RoundAgendaModel::PeopleKnownRole).toBool()) {
        option->font.setItalic(true);
        // Still to find out for a coming round: a warm colour that asks for action.
        const QColor todo =
            base.lightness() > 128 ? QColor(0x9a, 0x5b, 0x00) : QColor(0xf0, 0xb4, 0x5a);
        option->palette.setColor(QPalette::Text,
                                 status == RoundStatus::Scheduled ? todo : blend(base, text, 0.55));
    } else if (status == RoundStatus::Cancelled) {
        option->palette.setColor(QPalette::Text, blend(base, text, 0.55));
    }
    option->fontMetrics = QFontMetrics(option->font);
}

QSize AgendaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * AgendaPadding;
    if (index.column() == RoundAgendaModel::StatusColumn)
        size.rwidth() += DotSize + 6;
    return size;
}

void AgendaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QColor normalText = opt.palette.color(colorGroup(opt), QPalette::Text);
    // The style paints background, selection and focus; the text is placed here so every
    // column gets the same padding.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect area = opt.rect.adjusted(AgendaPadding, 0, -AgendaPadding, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    if (index.column() == RoundAgendaModel::StatusColumn) {
        const QColor dot = index.data(RoundAgendaModel::StatusColorRole).value<QColor>();
        const QRectF dotRect(area.left(), area.center().y() - DotSize / 2.0 + 1, DotSize, DotSize);
        painter->setPen(selected ? QPen(opt.palette.color(QPalette::HighlightedText), 1)
                                 : Qt::NoPen);
        painter->setBrush(dot);
        painter->drawEllipse(dotRect);
        area.setLeft(area.left() + DotSize + 6);
    }
    painter->setFont(opt.font);
    painter->setPen(selected ? opt.palette.color(colorGroup(opt), QPalette::HighlightedText)
                             : normalText);
    painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width()));
    painter->restore();
}

// ---- Upcoming ------------------------------------------------------------------------

UpcomingDelegate::UpcomingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize UpcomingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const int height = 2 * 7 + QFontMetrics(bold).height() + 2 + QFontMetrics(option.font).height();
    return {200, height};
}

void UpcomingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette::ColorGroup group = colorGroup(opt);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor base = opt.palette.color(group, QPalette::Base);
    const QColor text = selected ? opt.palette.color(group, QPalette::HighlightedText)
                                 : opt.palette.color(group, QPalette::Text);
    const QColor muted = selected ? text : blend(base, text, 0.6);

    const QRect rect = opt.rect;
    // The status strip on the leading edge ties the row to the month grid's colours.
    const QColor strip = index.data(UpcomingRoundsModel::StatusColorRole).value<QColor>();
    painter->fillRect(QRect(rect.left() + 4, rect.top() + 6, 3, rect.height() - 12), strip);
    painter->setPen(QPen(blend(base, opt.palette.color(group, QPalette::Text), 0.1), 1));
    painter->drawLine(QPointF(rect.left() + 4, rect.bottom() + 0.5),
                      QPointF(rect.right() - 4, rect.bottom() + 0.5));

    const QRect content = rect.adjusted(16, 7, -10, -7);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics normalMetrics(opt.font);

    const QString relative = index.data(UpcomingRoundsModel::RelativeTextRole).toString();
    const int relativeWidth = normalMetrics.horizontalAdvance(relative);
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(content.right() - relativeWidth + 1, content.top(), relativeWidth,
                            boldMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, relative);

    const int whenWidth = content.width() - relativeWidth - 8;
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        QRect(content.left(), content.top(), whenWidth, boldMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(UpcomingRoundsModel::WhenTextRole).toString(),
                               Qt::ElideRight, whenWidth));

    const int secondLine = content.top() + boldMetrics.height() + 2;
    // The checklist progress as a pill at the end of the second line; the details give way.
    const QString readiness =
        PlainText::singleLine(index.data(UpcomingRoundsModel::ReadinessTextRole).toString());
    int detailWidth = content.width();
    if (!readiness.isEmpty()) {
        const int pillWidth =
            std::min(content.width() / 2, normalMetrics.horizontalAdvance(readiness) + 14);
        const QRectF pill(content.right() - pillWidth + 1, secondLine, pillWidth,
                          normalMetrics.height());
        const ThemeColours::Pair colours =
            ThemeColours::badge(opt.palette, ThemeColours::Badge::NextRound);
        QPainterPath path;
        path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->fillPath(path, colours.background);
        painter->setFont(opt.font);
        painter->setPen(colours.text);
        painter->drawText(pill, Qt::AlignCenter,
                          normalMetrics.elidedText(readiness, Qt::ElideRight, pillWidth - 10));
        detailWidth = std::max(0, content.width() - pillWidth - 6);
    }
    painter->setFont(opt.font);
    painter->setPen(selected ? text : blend(base, text, 0.8));
    painter->drawText(
        QRect(content.left(), secondLine, detailWidth, normalMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        normalMetrics.elidedText(index.data(UpcomingRoundsModel::DetailTextRole).toString(),
                                 Qt::ElideRight, detailWidth));
    painter->restore();
}
