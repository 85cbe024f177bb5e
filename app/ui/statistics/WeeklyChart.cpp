#include "ui/statistics/WeeklyChart.h"

#include "core/LocaleFormat.h"
#include "ui/theme/ThemeColours.h"

#include <QLocale>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

#include <algorithm>
#include <cmath>

WeeklyChart::WeeklyChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Applications and interviews per week"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WeeklyChart::setWeeks(const QList<SearchStatistics::Week> &weeks)
{
    m_weeks = weeks;
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

QString WeeklyChart::summary() const
{
    const QLocale locale;
    QStringList lines;
    for (const SearchStatistics::Week &week : m_weeks)
        lines << tr("Week of %1: %2, %3")
                     .arg(locale.toString(week.monday, QLocale::ShortFormat),
                          tr("%n application(s)", nullptr, week.applications),
                          tr("%n interview(s)", nullptr, week.interviews));
    return lines.join(QLatin1Char('\n'));
}

QString WeeklyChart::weekLabel(const QDate &monday, const QLocale &locale)
{
    return locale.toString(monday, LocaleFormat::dayMonth(locale));
}

void WeeklyChart::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = palette().base().color();
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
    if (m_weeks.isEmpty())
        return;
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const QRect inner = rect().adjusted(10, 8, -10, -8);
    const QColor applications = palette().highlight().color();
    const QColor interviews = ThemeColours::mutedText(palette());
    const QColor text = palette().text().color();

    // Legend.
    int x = inner.left();
    const int box = line * 2 / 3;
    for (const auto &[colour, label] :
         {std::pair{applications, tr("Applications")}, std::pair{interviews, tr("Interviews")}}) {
        painter.fillRect(QRect(x, inner.top() + (line - box) / 2, box, box), colour);
        x += box + 4;
        painter.setPen(text);
        painter.drawText(QRect(x, inner.top(), metrics.horizontalAdvance(label) + 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        x += metrics.horizontalAdvance(label) + 16;
    }

    int largest = 1;
    for (const SearchStatistics::Week &week : m_weeks)
        largest = std::max({largest, week.applications, week.interviews});
    // Room for the counts above the bars and the dates below.
    const QRect bars(inner.left(), inner.top() + 2 * line + 4, inner.width(),
                     inner.height() - 4 * line - 8);
    const double slot = double(bars.width()) / m_weeks.size();
    const double barWidth = std::max(2.0, (slot - 6) / 2);
    const QLocale locale;
    // Every date when there is room, else every other one, the current week always.
    const int widest = metrics.horizontalAdvance(weekLabel(QDate(2026, 12, 28), locale)) + 6;
    const int every = std::max(1, int(std::ceil(widest / slot)));
    for (int i = 0; i < m_weeks.size(); ++i) {
        const SearchStatistics::Week &week = m_weeks.at(i);
        const double left = bars.left() + i * slot + 3;
        const int values[] = {week.applications, week.interviews};
        const QColor colours[] = {applications, interviews};
        for (int s = 0; s < 2; ++s) {
            const int height = int(double(bars.height()) * values[s] / largest);
            const QRectF bar(left + s * barWidth, bars.bottom() - height, barWidth - 1, height);
            painter.fillRect(bar, colours[s]);
            if (values[s] > 0) {
                painter.setPen(text);
                painter.drawText(
                    QRectF(bar.left() - 8, bar.top() - line - 1, bar.width() + 16, line),
                    Qt::AlignHCenter | Qt::AlignBottom, QString::number(values[s]));
            }
        }
        if ((m_weeks.size() - 1 - i) % every == 0) {
            painter.setPen(text);
            const double labelWidth = std::max(slot + 20, double(widest));
            painter.drawText(QRectF(bars.left() + (i + 0.5) * slot - labelWidth / 2,
                                    bars.bottom() + 4, labelWidth, line),
                             Qt::AlignHCenter | Qt::AlignTop, weekLabel(week.monday, locale));
        }
    }
    painter.setPen(palette().mid().color());
    painter.drawLine(bars.bottomLeft(), bars.bottomRight());
    painter.setPen(text);
    painter.drawText(QRect(inner.left(), inner.bottom() - line, inner.width(), line),
                     Qt::AlignHCenter, tr("Weeks, starting on Monday"));
}
