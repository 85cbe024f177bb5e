#include "ui/commands/RoundCommands.h"

#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "models/RoundSignals.h"

#include <QCoreApplication>

namespace {

// "Round 2 at Acme" for the undo menu, or the fallback when the round cannot be read:
// the command still works, only its name is less specific.
QString roundName(const RoundStore *store, qint64 roundId, const QString &fallback)
{
    const auto round = store->round(roundId);
    if (!round)
        return fallback;
    return QCoreApplication::translate("RoundCommands", "Round %1 at %2")
        .arg(round.value().number)
        .arg(round.value().company);
}

void roundsChanged(RoundSignals *roundSignals)
{
    if (roundSignals)
        roundSignals->notifyRoundsChanged();
}

void report(RoundSignals *roundSignals, const QString &message)
{
    if (roundSignals)
        roundSignals->reportError(message);
}

} // namespace

// ---- Add ------------------------------------------------------------------------------

AddRoundCommand::AddRoundCommand(RoundStore *store, RoundSignals *roundSignals,
                                 qint64 applicationId, RoundFields fields, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("RoundCommands", "Add round “%1”")
                       .arg(RoundCatalog::label(fields.kind)),
                   parent)
    , m_store(store)
    , m_signals(roundSignals)
    , m_applicationId(applicationId)
    , m_fields(std::move(fields))
{}

void AddRoundCommand::redo()
{
    if (m_removed) {
        if (Status ok = m_store->restoreRound(*m_removed); !ok) {
            report(m_signals, ok.error());
            return;
        }
        m_removed.reset();
    } else {
        auto id = m_store->createRound(m_applicationId, m_fields);
        if (!id) {
            setObsolete(true);
            report(m_signals, id.error());
            return;
        }
        m_id = id.value();
    }
    roundsChanged(m_signals);
}

void AddRoundCommand::undo()
{
    if (m_id == 0)
        return;
    auto snapshot = m_store->snapshot(m_id);
    if (!snapshot) {
        report(m_signals, snapshot.error());
        return;
    }
    if (Status ok = m_store->deleteRound(m_id); !ok) {
        report(m_signals, ok.error());
        return;
    }
    m_removed = snapshot.take();
    roundsChanged(m_signals);
}

// ---- Edit -----------------------------------------------------------------------------

ChangeRoundCommand::ChangeRoundCommand(RoundStore *store, RoundSignals *roundSignals,
                                       qint64 roundId, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_signals(roundSignals)
    , m_id(roundId)
{}

void ChangeRoundCommand::redo()
{
    if (m_after) {
        // Writing the snapshot back, rather than making the change again, restores the
        // exact row including its modification time.
        if (Status ok = m_store->restoreRound(*m_after); !ok) {
            report(m_signals, ok.error());
            return;
        }
    } else {
        auto before = m_store->snapshot(m_id);
        if (!before) {
            setObsolete(true);
            report(m_signals, before.error());
            return;
        }
        if (Status ok = apply(); !ok) {
            setObsolete(true);
            report(m_signals, ok.error());
            return;
        }
        auto after = m_store->snapshot(m_id);
        if (!after) {
            // The change is saved. Without this snapshot a redo after undo makes the
            // change again instead, which differs only in the modification time.
            report(m_signals, after.error());
        } else {
            m_after = after.take();
        }
        m_before = before.take();
    }
    roundsChanged(m_signals);
}

void ChangeRoundCommand::undo()
{
    if (!m_before)
        return;
    if (Status ok = m_store->restoreRound(*m_before); !ok) {
        report(m_signals, ok.error());
        return;
    }
    roundsChanged(m_signals);
}

EditRoundCommand::EditRoundCommand(RoundStore *store, RoundSignals *roundSignals, qint64 roundId,
                                   RoundFields fields, QUndoCommand *parent)
    : ChangeRoundCommand(
          store, roundSignals, roundId,
          QCoreApplication::translate("RoundCommands", "Edit %1")
              .arg(roundName(store, roundId,
                             QCoreApplication::translate("RoundCommands", "interview round"))),
          parent)
    , m_fields(std::move(fields))
{}

Status EditRoundCommand::apply()
{
    return m_store->updateRound(m_id, m_fields);
}

RoundPeopleCommand::RoundPeopleCommand(RoundStore *store, RoundSignals *roundSignals,
                                       qint64 roundId, QList<qint64> peopleIds,
                                       QUndoCommand *parent)
    : ChangeRoundCommand(
          store, roundSignals, roundId,
          QCoreApplication::translate("RoundCommands", "Change who attends %1")
              .arg(roundName(store, roundId,
                             QCoreApplication::translate("RoundCommands", "interview round"))),
          parent)
    , m_peopleIds(std::move(peopleIds))
{}

Status RoundPeopleCommand::apply()
{
    return m_store->setAttendees(m_id, m_peopleIds);
}

// ---- Delete ---------------------------------------------------------------------------

DeleteRoundCommand::DeleteRoundCommand(RoundStore *store, RoundSignals *roundSignals,
                                       qint64 roundId, QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("RoundCommands", "Delete %1")
              .arg(roundName(store, roundId,
                             QCoreApplication::translate("RoundCommands", "interview round"))),
          parent)
    , m_store(store)
    , m_signals(roundSignals)
    , m_id(roundId)
{}

void DeleteRoundCommand::redo()
{
    const bool firstTime = !m_removed;
    if (firstTime) {
        auto snapshot = m_store->snapshot(m_id);
        if (!snapshot) {
            setObsolete(true);
            report(m_signals, snapshot.error());
            return;
        }
        m_removed = snapshot.take();
    }
    if (Status ok = m_store->deleteRound(m_id); !ok) {
        if (firstTime) {
            setObsolete(true);
            m_removed.reset();
        }
        report(m_signals, ok.error());
        return;
    }
    roundsChanged(m_signals);
}

void DeleteRoundCommand::undo()
{
    if (!m_removed)
        return;
    if (Status ok = m_store->restoreRound(*m_removed); !ok) {
        report(m_signals, ok.error());
        return;
    }
    roundsChanged(m_signals);
}

// ---- Reschedule -----------------------------------------------------------------------

RescheduleRoundCommand::RescheduleRoundCommand(RoundStore *store, RoundSignals *roundSignals,
                                               qint64 roundId, QDateTime newStartUtc,
                                               QUndoCommand *parent)
    : ChangeRoundCommand(
          store, roundSignals, roundId,
          QCoreApplication::translate("RoundCommands", "Move %1")
              .arg(roundName(store, roundId,
                             QCoreApplication::translate("RoundCommands", "interview round"))),
          parent)
    , m_newStartUtc(std::move(newStartUtc))
{}

Status RescheduleRoundCommand::apply()
{
    return m_store->reschedule(m_id, m_newStartUtc);
}
