#pragma once

#include "core/Result.h"
#include "models/calendar/UpcomingRoundsModel.h"

#include <QDate>
#include <QWidget>

#include <functional>

class AgendaView;
class MonthView;
class QAction;
class QLabel;
class QListView;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;
class RoundAgendaModel;
class RoundSignals;
class RoundStore;
class UpcomingView;

// The calendar tab: the month page and the next rounds on the left, the agenda of the
// chosen day or week on the right. It only reads; opening and creating rounds is left to
// whoever listens to its signals, and moving a round by drag is one undo command.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    enum class AgendaSpan { Day, Week };

    CalendarView(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                 QWidget *parent = nullptr);

    QDate selectedDate() const;
    // The round selected in the list the user worked in last; 0 when none.
    qint64 currentRound() const;
    void setSelectedDate(const QDate &date);
    AgendaSpan agendaSpan() const { return m_span; }
    void setAgendaSpan(AgendaSpan span);
    // The first and last day the agenda lists.
    QDate agendaFirstDay() const;
    QDate agendaLastDay() const;

    QAction *newRoundAction() const { return m_newRoundAction; }
    QAction *openRoundAction() const { return m_openRoundAction; }
    QAction *todayAction() const { return m_todayAction; }

    MonthView *monthView() const { return m_month; }
    QTableView *agendaView() const;
    QListView *upcomingView() const;
    RoundAgendaModel *agendaModel() const { return m_agendaModel; }
    UpcomingRoundsModel *upcomingModel() const { return m_upcomingModel; }

    // Rounds that ended without a debrief, newest first: the first is prompted for above
    // the upcoming list ("Write it down while it is fresh").
    using DebriefSource = std::function<Result<QList<qint64>>()>;
    // What the notes feature adds to the upcoming list; unset, the list shows rounds only.
    void setRoundNotesSources(UpcomingRoundsModel::ReadinessSource readiness,
                              DebriefSource debrief);
    QWidget *debriefPrompt() const { return m_debrief; }
    QPushButton *debriefButton() const { return m_debriefButton; }

public slots:
    // Reads everything again from the file.
    void reload();
    // Reads the upcoming list (and the debrief prompt above it) again.
    void reloadUpcoming();

signals:
    void roundOpenRequested(qint64 roundId);
    void newRoundRequested(const QDate &day);
    void debriefRequested(qint64 roundId);

private:
    void createActions();
    void updateAgenda();
    void updateDebriefPrompt();
    void updateHeading();
    void updateActions();
    void openCurrent();
    void showError(const QString &message);
    void showContextMenu(QWidget *view, const QPoint &position);

    RoundStore *m_store;
    RoundSignals *m_signals;
    RoundAgendaModel *m_agendaModel;
    UpcomingRoundsModel *m_upcomingModel;
    MonthView *m_month;
    AgendaView *m_agenda;
    UpcomingView *m_upcoming;
    QLabel *m_heading;
    QLabel *m_count;
    QToolButton *m_dayButton;
    QToolButton *m_weekButton;
    QToolButton *m_newRoundButton;
    QAction *m_newRoundAction = nullptr;
    QAction *m_openRoundAction = nullptr;
    QAction *m_todayAction = nullptr;
    QTimer *m_minuteTimer;
    QWidget *m_debrief;
    QLabel *m_debriefText;
    QPushButton *m_debriefButton;
    DebriefSource m_debriefSource;
    qint64 m_debriefRound = 0;
    AgendaSpan m_span = AgendaSpan::Day;
};
