#pragma once

#include "core/Result.h"

#include <QList>
#include <QWidget>

class CompanyPeopleModel;
class PeopleChoiceModel;
class QAction;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QUndoStack;
class RoundSignals;
class RoundStore;

// A company's people with a tick for who attends a round, the ticked ones first in the
// order the round lists them. The round form and an application's rounds both show people
// this way: the read-only CompanyPeopleModel (read again by reload()), PeopleChoiceModel
// for the ticks and their order, and a sort proxy for the view. Space ticks, Alt+Up and
// Alt+Down move a ticked person, Delete deletes the current person (asked through
// PersonDeletion, undoable). A failed read is shown under the list and reported.
class PeopleChooser : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleChooser(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                           QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QAction *deletePersonAction() const { return m_deleteAction; }

    // Whose people to list (0: nobody). Call reload() afterwards.
    void setCompany(qint64 companyId);
    qint64 companyId() const { return m_companyId; }
    // Who attends, in order. Neither counts as the user's edit.
    void setChosen(const QList<qint64> &ids);
    void setChosen(qint64 personId, bool chosen);
    QList<qint64> chosen() const;
    // Whether the user may change the ticks and their order; they show either way.
    void setTickable(bool tickable);

    // Reads the people again, keeping the ticks and the current row: people who no longer
    // exist go with their ticks (their ids are added to `forgotten`), new ones appear and
    // every name is read afresh. On failure the list keeps what it showed.
    Status reload(QList<qint64> *forgotten = nullptr);
    int count() const;

    qint64 currentPersonId() const;
    void setCurrentPerson(qint64 personId);
    // Asks, then deletes the current person with their places in rounds (undoable).
    void deleteCurrentPerson();

signals:
    // The ticks or their order changed, whoever changed them.
    void chosenChanged();
    // The user ticked, unticked or moved someone (never setChosen() or reload()).
    void chosenEdited();
    void currentPersonChanged();
    // The current person was deleted; the command is on the undo stack.
    void personDeleted();

private:
    void moveCurrentPerson(int delta);
    void updateActions();

    RoundStore *m_store;
    QUndoStack *m_undoStack;
    RoundSignals *m_signals;
    qint64 m_companyId = 0;
    // Above zero while the ticks change for a reason other than the user.
    int m_quiet = 0;

    CompanyPeopleModel *m_model = nullptr;
    PeopleChoiceModel *m_choice = nullptr;
    // Sorted only when the list is read again or the order changes, so a row never jumps
    // away from the pointer.
    QSortFilterProxyModel *m_sorted = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_problem = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_deleteAction = nullptr;
};
