#pragma once

#include <QDate>
#include <QTableView>

class MonthModel;

// The six-week grid of a month page. Keys move by day, week and month the way people
// expect from a calendar (arrows, Page Up/Down, Home for today); the view only asks for
// a date, the month view decides what to show.
class MonthGrid : public QTableView
{
    Q_OBJECT

public:
    explicit MonthGrid(QWidget *parent = nullptr);

    void setMonthModel(MonthModel *model);
    MonthModel *monthModel() const { return m_model; }
    QDate currentDate() const;

signals:
    void dateRequested(const QDate &date);
    void dateActivated(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    MonthModel *m_model = nullptr;
    int m_wheelDelta = 0;
};
