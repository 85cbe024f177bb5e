#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"

#include <QUndoCommand>

#include <optional>

class RoundSignals;
class RoundStore;

// Undo commands for interview rounds. Each writes through RoundStore (one transaction per
// step), then tells every view through RoundSignals. A command whose first redo fails
// reports why and marks itself obsolete, so the stack drops it instead of offering an
// undo that would do nothing.

class AddRoundCommand : public QUndoCommand
{
public:
    AddRoundCommand(RoundStore *store, RoundSignals *roundSignals, qint64 applicationId,
                    RoundFields fields, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // 0 until the first redo succeeded.
    qint64 roundId() const { return m_id; }

private:
    RoundStore *m_store;
    RoundSignals *m_signals;
    qint64 m_applicationId;
    RoundFields m_fields;
    qint64 m_id = 0;
    // After an undo, redo puts back the very same row (id and calendar uid) instead of
    // creating a new one, so later commands and exported calendars still match it.
    std::optional<RoundSnapshot> m_removed;
};

// A change to an existing round, undone by writing back the row as it was before and
// redone by writing back the row as it was after, so both directions are exact.
class ChangeRoundCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    ChangeRoundCommand(RoundStore *store, RoundSignals *roundSignals, qint64 roundId,
                       const QString &text, QUndoCommand *parent);
    // Makes the change the first time redo() runs.
    virtual Status apply() = 0;

    RoundStore *m_store;
    RoundSignals *m_signals;
    qint64 m_id;

private:
    std::optional<RoundSnapshot> m_before;
    std::optional<RoundSnapshot> m_after;
};

class EditRoundCommand : public ChangeRoundCommand
{
public:
    EditRoundCommand(RoundStore *store, RoundSignals *roundSignals, qint64 roundId,
                     RoundFields fields, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;

private:
    RoundFields m_fields;
};

// Who attends a round and in what order, the rest of the round unchanged: ticking people in
// an application's rounds.
class RoundPeopleCommand : public ChangeRoundCommand
{
public:
    RoundPeopleCommand(RoundStore *store, RoundSignals *roundSignals, qint64 roundId,
                       QList<qint64> peopleIds, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;

private:
    QList<qint64> m_peopleIds;
};

class DeleteRoundCommand : public QUndoCommand
{
public:
    DeleteRoundCommand(RoundStore *store, RoundSignals *roundSignals, qint64 roundId,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoundStore *m_store;
    RoundSignals *m_signals;
    qint64 m_id;
    std::optional<RoundSnapshot> m_removed;
};

// Moves a round to another instant and keeps everything else: what a drag in the
// calendar does.
class RescheduleRoundCommand : public ChangeRoundCommand
{
public:
    RescheduleRoundCommand(RoundStore *store, RoundSignals *roundSignals, qint64 roundId,
                           QDateTime newStartUtc, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;

private:
    QDateTime m_newStartUtc;
};
