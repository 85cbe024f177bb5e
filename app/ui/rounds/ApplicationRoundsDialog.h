#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"

#include <QDialog>

class BoardModel;
class QAction;
class QLabel;
class PeopleChooser;
class QPushButton;
class ApplicationRoundsModel;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;
class RoundSignals;
class RoundStore;

// Every interview round of one application, in date order, with the company's people
// below and the selected round's people ticked (ticking and reordering them is an
// undoable edit of the round). Add, edit and delete are undoable commands; sub-dialogs open
// through Prompter so tests never block. The list follows RoundSignals, so it stays right
// whoever changes the rounds (the calendar, an undo in the main window).
class ApplicationRoundsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApplicationRoundsDialog(RoundStore *store, QUndoStack *undoStack,
                                     RoundSignals *roundSignals, QWidget *parent = nullptr);

    // With the board, "Add…" also offers to move an early-stage application to the
    // interview stage (RoundScheduler) and the title names the application.
    void setBoard(BoardModel *board) { m_board = board; }

    Status setApplication(qint64 applicationId);
    qint64 applicationId() const { return m_applicationId; }
    // Reads the rounds again, keeping the selection; the Status says whether that worked.
    Status refresh();

    QList<qint64> shownRoundIds() const;
    qint64 currentRoundId() const;
    void selectRound(qint64 roundId);
    qint64 currentPersonId() const;

    void addRound();
    void editCurrentRound();
    void deleteCurrentRound();
    void openCurrentPerson();
    void deleteCurrentPerson();

private:
    void updatePeople();
    // Saves the ticks and order the user gave the selected round's people (undoable).
    void applyChosenPeople();
    void updateButtons();
    void updateTitle();
    RoundInfo currentRound() const;

    RoundStore *m_store;
    QUndoStack *m_undoStack;
    RoundSignals *m_signals;
    BoardModel *m_board = nullptr;
    qint64 m_applicationId = 0;
    // The list of rounds (a QSqlQueryModel), worded by the proxy the table shows.
    ApplicationRoundsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QTableView *m_table = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_problemLabel = nullptr;
    // The company's people, the selected round's ticked first in their order.
    PeopleChooser *m_people = nullptr;
    QLabel *m_askWhoHint = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_openPersonButton = nullptr;
    QAction *m_openPersonAction = nullptr;
};
