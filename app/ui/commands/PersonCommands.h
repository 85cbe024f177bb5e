#pragma once

#include "core/RoundTypes.h"

#include <QUndoCommand>

#include <optional>

class RoundSignals;
class RoundStore;

// Undo commands for the people met in interview rounds, in the style of RoundCommands:
// write through RoundStore, tell the views through RoundSignals, report failures there
// and drop a command whose first redo failed.

class AddPersonCommand : public QUndoCommand
{
public:
    AddPersonCommand(RoundStore *store, RoundSignals *roundSignals, qint64 companyId,
                     PersonFields fields, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // 0 until the first redo succeeded.
    qint64 personId() const { return m_id; }

private:
    RoundStore *m_store;
    RoundSignals *m_signals;
    qint64 m_companyId;
    PersonFields m_fields;
    qint64 m_id = 0;
    // After an undo, redo puts back the very same row (same id), so later commands that
    // refer to the person still find them.
    std::optional<PersonSnapshot> m_removed;
};

// Deletes a person together with their places in rounds; undo puts all of it back with
// the same ids.
class DeletePersonCommand : public QUndoCommand
{
public:
    DeletePersonCommand(RoundStore *store, RoundSignals *roundSignals, qint64 personId,
                        const QString &name, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoundStore *m_store;
    RoundSignals *m_signals;
    qint64 m_id;
    std::optional<PersonSnapshot> m_removed;
};

class EditPersonCommand : public QUndoCommand
{
public:
    EditPersonCommand(RoundStore *store, RoundSignals *roundSignals, qint64 personId,
                      PersonFields fields, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoundStore *m_store;
    RoundSignals *m_signals;
    qint64 m_id;
    PersonFields m_after;
    std::optional<PersonFields> m_before;
};
