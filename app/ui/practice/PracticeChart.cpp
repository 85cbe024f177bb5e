#include "ui/practice/PracticeChart.h"

#include "core/practice/QuestionCategory.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

PracticeChart::PracticeChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Practice chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PracticeChart::setData(const QDate &lastDay, const QList<int> &reviewsPerDay,
                            const QList<CategoryRecall> &recall)
{
    m_lastDay = lastDay;
    m_perDay = reviewsPerDay;
    m_recall = recall;
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

QString PracticeChart::summary() const
{
    int total = 0;
    int days = 0;
    for (int count : m_perDay) {
        total += count;
        days += count > 0 ? 1 : 0;
    }
    QStringList lines;
    lines << tr("%n review(s) in the last 30 days", nullptr, total) + QStringLiteral(", ") +
                 tr("on %n day(s)", nullptr, days);
    for (const CategoryRecall &entry : m_recall) {
        if (entry.reviews == 0)
            continue;
        lines << tr("%1: %2 % recalled")
                     .arg(QuestionCategory::name(entry.category))
                     .arg(qRound(100.0 * entry.recalled / entry.reviews));
    }
    return lines.join(QLatin1Char('\n'));
}

void PracticeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRect inner = rect().adjusted(12, 8, -12, -8);
    const int split = inner.top() + inner.height() * 45 / 100;
    paintPerDay(painter, QRect(inner.topLeft(), QPoint(inner.right(), split - 8)));
    paintRecall(painter, QRect(QPoint(inner.left(), split + 8), inner.bottomRight()));
}

void PracticeChart::paintPerDay(QPainter &painter, const QRect &area) const
{
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    painter.setPen(palette().text().color());
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft,
                     tr("Reviews per day, last 30 days"));
    if (m_perDay.isEmpty())
        return;
    const int maximum = std::max(1, *std::max_element(m_perDay.cbegin(), m_perDay.cend()));
    const QRect bars(area.left(), area.top() + line + 4, area.width(),
                     area.height() - 2 * line - 8);
    const double slot = double(bars.width()) / m_perDay.size();
    const QColor fill = palette().highlight().color();
    for (int i = 0; i < m_perDay.size(); ++i) {
        const int height = int(double(bars.height()) * m_perDay.at(i) / maximum);
        const QRectF bar(bars.left() + i * slot + 1, bars.bottom() - height,
                         std::max(1.0, slot - 2), height);
        painter.fillRect(bar, fill);
    }
    painter.setPen(palette().mid().color());
    painter.drawLine(bars.bottomLeft(), bars.bottomRight());
    painter.setPen(palette().text().color());
    const QLocale locale;
    const QRect labels(area.left(), bars.bottom() + 2, area.width(), line);
    painter.drawText(labels, Qt::AlignLeft,
                     locale.toString(m_lastDay.addDays(1 - m_perDay.size()), QLocale::ShortFormat));
    painter.drawText(labels, Qt::AlignRight, locale.toString(m_lastDay, QLocale::ShortFormat));
    painter.drawText(labels, Qt::AlignHCenter, tr("most in a day: %1").arg(maximum));
}

void PracticeChart::paintRecall(QPainter &painter, const QRect &area) const
{
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    painter.setPen(palette().text().color());
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft,
                     tr("Recalled, by category"));
    if (m_recall.isEmpty())
        return;
    int labelWidth = 0;
    for (const CategoryRecall &entry : m_recall)
        labelWidth =
            std::max(labelWidth, metrics.horizontalAdvance(QuestionCategory::name(entry.category)));
    labelWidth = std::min(labelWidth + 12, area.width() / 2);
    const int rowHeight = std::max(line + 2, (area.height() - line - 4) / int(m_recall.size()));
    const int barLeft = area.left() + labelWidth;
    const int barWidth =
        area.width() - labelWidth - metrics.horizontalAdvance(QStringLiteral(" 100 % (9999)"));
    int y = area.top() + line + 4;
    for (const CategoryRecall &entry : m_recall) {
        const QRect row(area.left(), y, area.width(), rowHeight);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(row.left(), row.top(), labelWidth - 8, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(QuestionCategory::name(entry.category), Qt::ElideRight,
                                            labelWidth - 8));
        const QRect track(barLeft, row.top() + 3, barWidth, std::max(4, row.height() - 6));
        painter.fillRect(track, palette().alternateBase());
        QString value = tr("no reviews");
        if (entry.reviews > 0) {
            const double share = double(entry.recalled) / entry.reviews;
            painter.fillRect(
                QRect(track.left(), track.top(), int(track.width() * share), track.height()),
                palette().highlight());
            value = QStringLiteral("%1 % (%2)").arg(qRound(share * 100)).arg(entry.reviews);
        }
        painter.drawText(
            QRect(track.right() + 6, row.top(), area.right() - track.right() - 6, row.height()),
            Qt::AlignLeft | Qt::AlignVCenter, value);
        y += rowHeight;
    }
}
