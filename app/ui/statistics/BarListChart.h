#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

// Horizontal bars, one row each: a label, a bar as long as the value over the chart's
// largest, and the value in words beside it. Painted from palette roles so it reads on light
// and dark palettes alike; focusable, and it tells a screen reader every row.
class BarListChart : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;
        double value = 0;    // bar length against the largest value (or maximum when set)
        QString valueText;   // beside the bar, short
        QString description; // for screen readers and the tooltip; empty: the value text
    };

    explicit BarListChart(const QString &name, QWidget *parent = nullptr);

    // empty: what the chart says when there are no rows. maximum 0: the largest value.
    void setRows(const QList<Row> &rows, const QString &empty, double maximum = 0);
    // Bars in another colour than the palette's highlight (none: the highlight).
    void setBarColour(const QColor &colour);
    const QList<Row> &rows() const { return m_rows; }
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The widths the longest label and value need, gaps included.
    std::pair<int, int> columnWidths(const QFontMetrics &metrics) const;

    QList<Row> m_rows;
    QString m_empty;
    double m_maximum = 0;
    QColor m_barColour;
};
