#pragma once

#include <QUndoCommand>
#include <QUndoStack>

// Pushes a command and says whether the stack kept it. push() deletes a command whose
// first redo failed (it marks itself obsolete), so the caller must not read the command
// afterwards unless this returned true. Works inside a macro too: there the command
// becomes the last child of the open macro, which is the stack's last entry.
inline bool pushKept(QUndoStack *stack, QUndoCommand *command)
{
    stack->push(command);
    // Only addresses are compared: a deleted command is never dereferenced.
    const QUndoCommand *last = stack->command(stack->count() - 1);
    if (last == command)
        return true;
    return last && last->childCount() > 0 && last->child(last->childCount() - 1) == command;
}
