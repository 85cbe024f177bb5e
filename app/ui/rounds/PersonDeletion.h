#pragma once

#include <QCoreApplication>
#include <QString>

class QUndoStack;
class QWidget;
class RoundSignals;
class RoundStore;

// Deleting a person from wherever people are shown: one question that names what goes with
// them, then an undoable DeletePersonCommand (whose snapshot brings back their places in
// rounds and relinks their letters).
class PersonDeletion
{
    Q_DECLARE_TR_FUNCTIONS(PersonDeletion)

public:
    // Asks through Prompter; true when the person was deleted (the command is on the stack).
    // A failure (the person is gone, the file is read-only) is shown, and nothing changes.
    static bool confirmAndDelete(QWidget *parent, RoundStore *store, QUndoStack *undoStack,
                                 RoundSignals *roundSignals, qint64 personId);
    // Names what goes with the person: their places in rounds, and the thank-you letters
    // addressed to them, which stay but lose their addressee.
    static QString question(const QString &name, int rounds, int letters = 0);
    // Whether deleting can work at all (a file open for writing, somewhere to undo it).
    static bool possible(const RoundStore *store, const QUndoStack *undoStack);
};
