#include "ui/statistics/BarListChart.h"

#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

#include <algorithm>

namespace {
constexpr int Margin = 8;
constexpr int RowGap = 6;
constexpr int MinimumBar = 60;
} // namespace

BarListChart::BarListChart(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(name);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void BarListChart::setRows(const QList<Row> &rows, const QString &empty, double maximum)
{
    m_rows = rows;
    m_empty = empty;
    m_maximum = maximum;
    setAccessibleDescription(summary());
    setToolTip(summary());
    updateGeometry();
    update();
}

void BarListChart::setBarColour(const QColor &colour)
{
    m_barColour = colour;
    update();
}

QString BarListChart::summary() const
{
    if (m_rows.isEmpty())
        return m_empty;
    QStringList lines;
    for (const Row &row : m_rows)
        lines << tr("%1: %2", "label: value")
                     .arg(row.label, row.description.isEmpty() ? row.valueText : row.description);
    return lines.join(QLatin1Char('\n'));
}

QSize BarListChart::sizeHint() const
{
    const int line = fontMetrics().height();
    const int rows = std::max<int>(1, int(m_rows.size()));
    return {440, 2 * Margin + rows * (line + RowGap)};
}

QSize BarListChart::minimumSizeHint() const
{
    // Wide enough for the longest label and value: a translated value such as "noch keine
    // Karte hat sie verlassen" is the point of its row and must not be cut.
    const auto [labelWidth, valueWidth] = columnWidths(fontMetrics());
    return {std::max(260, 2 * Margin + labelWidth + valueWidth + MinimumBar), sizeHint().height()};
}

std::pair<int, int> BarListChart::columnWidths(const QFontMetrics &metrics) const
{
    int labelWidth = 0;
    int valueWidth = 0;
    for (const Row &row : m_rows) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(row.valueText));
    }
    // A little slack against rounding, and the gaps beside the bar.
    return {labelWidth + 14, valueWidth + 10};
}

void BarListChart::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = palette().base().color();
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const QRect inner = rect().adjusted(Margin, Margin, -Margin, -Margin);
    painter.setPen(palette().text().color());
    if (m_rows.isEmpty()) {
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_empty);
        return;
    }

    double largest = m_maximum;
    if (m_maximum <= 0)
        for (const Row &row : m_rows)
            largest = std::max(largest, row.value);
    auto [labelWidth, valueWidth] = columnWidths(metrics);
    // Labels and values give way, each in proportion, only on a chart too narrow for both
    // and the shortest bar.
    if (const int overflow = labelWidth + valueWidth + MinimumBar - inner.width(); overflow > 0) {
        const int both = labelWidth + valueWidth;
        labelWidth -= overflow * labelWidth / both;
        valueWidth -= overflow * valueWidth / both;
    }
    const int barLeft = inner.left() + labelWidth;
    const int barSpace = std::max(10, inner.width() - labelWidth - valueWidth);
    const QColor bar = m_barColour.isValid() ? m_barColour : palette().highlight().color();

    int y = inner.top();
    for (const Row &row : m_rows) {
        const QRect rowRect(inner.left(), y, inner.width(), line + RowGap);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(rowRect.left(), rowRect.top(), labelWidth - 10, rowRect.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(row.label, Qt::ElideRight, labelWidth - 8));
        const QRect track(barLeft, rowRect.top() + 3, barSpace, rowRect.height() - 6);
        painter.fillRect(track, palette().alternateBase());
        int length =
            largest > 0 ? int(track.width() * std::clamp(row.value / largest, 0.0, 1.0)) : 0;
        if (row.value > 0)
            length = std::max(length, 2);
        painter.fillRect(QRect(track.left(), track.top(), length, track.height()), bar);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(track.right() + 6, rowRect.top(), valueWidth, rowRect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(row.valueText, Qt::ElideRight, valueWidth));
        y += rowRect.height();
    }
}
