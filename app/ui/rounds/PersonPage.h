#pragma once

#include "core/Result.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;
class RoundSignals;
class RoundStore;

// One person met in interviews: their details and every round they were in, newest
// last. "Edit…" changes the details as an undoable EditPersonCommand, "Delete…" (or the
// Delete key) deletes them as an undoable DeletePersonCommand; the page follows every
// change made anywhere through RoundSignals.
class PersonPage : public QDialog
{
    Q_OBJECT

public:
    explicit PersonPage(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                        QWidget *parent = nullptr);

    Status setPerson(qint64 personId);
    qint64 personId() const { return m_personId; }

    // Reads the person and their rounds again; the Status says whether that worked.
    Status refresh();
    void editPerson();
    // Asks, then deletes the person with their places in rounds (undoable) and closes.
    void deletePerson();

private:
    QLabel *addDetail(const QString &objectName);
    void showFailure(const QString &message);

    RoundStore *m_store;
    QUndoStack *m_undoStack;
    RoundSignals *m_signals;
    qint64 m_personId = 0;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QTreeWidget *m_roundsList = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};
