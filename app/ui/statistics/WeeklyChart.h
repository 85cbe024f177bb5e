#pragma once

#include "core/statistics/StatisticsTypes.h"

#include <QWidget>

// Applications and interviews per week, side by side for each of the last weeks: two
// series in the palette's highlight and a muted text colour, the counts above the bars.
class WeeklyChart : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyChart(QWidget *parent = nullptr);

    void setWeeks(const QList<SearchStatistics::Week> &weeks);
    const QList<SearchStatistics::Week> &weeks() const { return m_weeks; }
    QString summary() const;
    // The label under a week's bars: its Monday as day and month, in the locale's order.
    static QString weekLabel(const QDate &monday, const QLocale &locale);

    QSize sizeHint() const override { return {560, 220}; }
    QSize minimumSizeHint() const override { return {360, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<SearchStatistics::Week> m_weeks;
};
