#pragma once

#include "core/practice/PracticeTypes.h"

#include <QDate>
#include <QWidget>

// Two small charts: reviews per day over the last 30 days, and recall by category (share
// of reviews rated Hard, Good or Easy). Drawn with QPainter rather than Qt Charts: two bar
// charts need no extra module (Qt Charts is GPL-only, an extra dependency for every
// package), and a painted widget follows the palette and renders the same in tests.
class PracticeChart : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeChart(QWidget *parent = nullptr);

    void setData(const QDate &lastDay, const QList<int> &reviewsPerDay,
                 const QList<CategoryRecall> &recall);
    const QList<int> &reviewsPerDay() const { return m_perDay; }
    // The same figures in words, for screen readers and tooltips.
    QString summary() const;

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {320, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintPerDay(QPainter &painter, const QRect &area) const;
    void paintRecall(QPainter &painter, const QRect &area) const;

    QDate m_lastDay;
    QList<int> m_perDay;
    QList<CategoryRecall> m_recall;
};
