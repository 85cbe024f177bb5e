#pragma once

#include <QDate>
#include <QWidget>

class MonthGrid;
class MonthModel;
class QLabel;
class QTableView;
class QToolButton;
class QUndoStack;
class RoundSignals;
class RoundStore;

// The month page of the calendar tab: a title with previous/next/today buttons over a
// six-week grid that shows, for each day, how many rounds it holds and their status
// colour. A round dropped on a day moves there at the same time of day in its own zone,
// as one undoable step.
//
// A custom grid rather than a QCalendarWidget subclass: QCalendarWidget keeps its cell
// geometry private (no date-at-point, no rect-for-date), so taking drops on a day would
// mean copying its internal layout rules, and its paintCell() gets no hover, focus or
// selection state to draw with.
class MonthView : public QWidget
{
    Q_OBJECT

public:
    MonthView(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
              QWidget *parent = nullptr);

    QDate selectedDate() const { return m_selected; }
    int shownYear() const;
    int shownMonth() const;

    MonthModel *model() const { return m_model; }
    // The table that shows the days; drops and clicks arrive on its viewport.
    QTableView *grid() const;
    // Where a day is drawn, in the grid viewport's coordinates; empty when not shown.
    QRect dayRect(const QDate &date) const;

public slots:
    // Selects a day and turns to its month when needed.
    void setSelectedDate(const QDate &date);
    void showPreviousMonth();
    void showNextMonth();
    void showToday();
    // Reads the counts again (after any change to the rounds).
    void reload();

signals:
    void selectedDateChanged(const QDate &date);
    // Enter, Space or a double-click on a day.
    void dateActivated(const QDate &date);

private:
    void updateTitle();
    void syncCurrentCell();
    void onRoundDropped(qint64 roundId, const QDate &day);
    void showError(const QString &message);

    RoundStore *m_store;
    QUndoStack *m_undoStack;
    RoundSignals *m_signals;
    MonthModel *m_model;
    MonthGrid *m_grid;
    QLabel *m_title;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_today;
    QDate m_selected;
    bool m_syncing = false;
};
