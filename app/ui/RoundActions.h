#pragma once

#include <QDate>
#include <QHash>
#include <QObject>

#include <functional>

class FileSession;
class QAction;
class QUndoStack;
class QWidget;

// The things done to an interview round from more than one tab — open its form, schedule
// one, list an application's rounds, and what later tabs provide (its notes, its prep sheet,
// its thank-you letters) — in one place that every tab reaches through its TabContext.
class RoundActions : public QObject
{
    Q_OBJECT

public:
    // Provided by a tab when it is made; a tab that is not there leaves its entries out of
    // every menu instead of showing a command that does nothing.
    enum class Provided { Notes, PrepSheet, Letters };

    RoundActions(QWidget *window, QUndoStack *undoStack, QObject *parent = nullptr);

    // The open file, or nullptr when none is.
    void setSession(FileSession *session);
    FileSession *session() const { return m_session; }
    // The selection of the tab in front, for commands that act on "the selected round".
    void setSelection(std::function<qint64()> round, std::function<qint64()> application);
    qint64 selectedRound() const;
    qint64 selectedApplication() const;

    void provide(Provided what, std::function<void(qint64 roundId)> handler);
    bool provides(Provided what) const { return m_provided.contains(what); }
    // Runs what a tab provided for the round; does nothing if that tab is not there.
    void trigger(Provided what, qint64 roundId);

    // Schedule a round for / list the rounds of the selected application (Ctrl+R, Ctrl+I).
    QAction *scheduleAction() const { return m_scheduleAction; }
    QAction *roundsAction() const { return m_roundsAction; }

public slots:
    // The round form; an edit becomes one undo step.
    void openRound(qint64 roundId);
    // The form for a new round of the application, on the day if one is given.
    void scheduleRound(qint64 applicationId, const QDate &day = QDate());
    // Asks which application the round is for, then schedules it on the day.
    void newRoundOn(const QDate &day);
    // The dialog listing an application's rounds and people.
    void showRoundsOf(qint64 applicationId);

private:
    void updateActions();
    // The selected application, or 0 after telling the user to select one.
    qint64 applicationOrAsk();

    QWidget *m_window;
    QUndoStack *m_undoStack;
    FileSession *m_session = nullptr;
    std::function<qint64()> m_selectedRound;
    std::function<qint64()> m_selectedApplication;
    QHash<Provided, std::function<void(qint64)>> m_provided;
    QAction *m_scheduleAction;
    QAction *m_roundsAction;
};
