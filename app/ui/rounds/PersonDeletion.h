#pragma once

#include <QCoreApplication>
#include <QString>

class QUndoStack;
class QWidget;
class RoundSignals;
class RoundStore;

// Deleting a person from wherever people are shown: one question that names what goes with
// them, then an undoable DeletePersonCommand.
class PersonDeletion
{
    Q_DECLARE_TR_FUNCTIONS(PersonDeletion)

public:
    // Asks through Prompter; true when the person was deleted (the command is on the stack).
    // A failure (the person is gone, the file is read-only) is shown, and nothing changes.
    static bool confirmAndDelete(QWidget *parent, RoundStore *store, QUndoStack *undoStack,
                                 RoundSignals *roundSignals, qint64 personId);
    static QString question(const QString &name, int rounds);
    // Whether deleting can work at all (a file open for writing, somewhere to undo it).
    static bool possible(const RoundStore *store, const QUndoStack *undoStack);
};
