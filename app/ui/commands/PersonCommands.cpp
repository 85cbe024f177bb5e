#include "ui/commands/PersonCommands.h"

#include "core/RoundStore.h"
#include "models/RoundSignals.h"

#include <QCoreApplication>

namespace {

void peopleChanged(RoundSignals *roundSignals)
{
    if (roundSignals)
        roundSignals->notifyPeopleChanged();
}

void report(RoundSignals *roundSignals, const QString &message)
{
    if (roundSignals)
        roundSignals->reportError(message);
}

} // namespace

// ---- Add ------------------------------------------------------------------------------

AddPersonCommand::AddPersonCommand(RoundStore *store, RoundSignals *roundSignals, qint64 companyId,
                                   PersonFields fields, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("PersonCommands", "Add person “%1”")
                       .arg(fields.name.trimmed()),
                   parent)
    , m_store(store)
    , m_signals(roundSignals)
    , m_companyId(companyId)
    , m_fields(std::move(fields))
{}

void AddPersonCommand::redo()
{
    if (m_removed) {
        if (Status ok = m_store->restorePerson(*m_removed); !ok) {
            report(m_signals, ok.error());
            return;
        }
        m_removed.reset();
        peopleChanged(m_signals);
        return;
    }
    auto id = m_store->createPerson(m_companyId, m_fields);
    if (!id) {
        setObsolete(true);
        report(m_signals, id.error());
        return;
    }
    m_id = id.value();
    peopleChanged(m_signals);
}

void AddPersonCommand::undo()
{
    if (m_id == 0 || m_removed)
        return;
    auto snapshot = m_store->personSnapshot(m_id);
    if (!snapshot) {
        report(m_signals, snapshot.error());
        return;
    }
    // Refused while the person is listed in a round; the commands that listed them come
    // later on the stack, so they are undone first.
    if (Status ok = m_store->deletePerson(m_id); !ok) {
        report(m_signals, ok.error());
        return;
    }
    m_removed = snapshot.take();
    peopleChanged(m_signals);
}

// ---- Delete ---------------------------------------------------------------------------

DeletePersonCommand::DeletePersonCommand(RoundStore *store, RoundSignals *roundSignals,
                                         qint64 personId, const QString &name, QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("PersonCommands", "Delete person “%1”").arg(name.trimmed()),
          parent)
    , m_store(store)
    , m_signals(roundSignals)
    , m_id(personId)
{}

void DeletePersonCommand::redo()
{
    const bool firstTime = !m_removed;
    if (firstTime) {
        auto snapshot = m_store->personSnapshot(m_id);
        if (!snapshot) {
            setObsolete(true);
            report(m_signals, snapshot.error());
            return;
        }
        m_removed = snapshot.take();
    }
    if (Status ok =
            m_store->deletePerson(m_id, RoundStore::PersonDeletion::WithTheirPlacesInRounds);
        !ok) {
        if (firstTime) {
            setObsolete(true);
            m_removed.reset();
        }
        report(m_signals, ok.error());
        return;
    }
    peopleChanged(m_signals);
    if (m_signals)
        m_signals->notifyRoundsChanged();
}

void DeletePersonCommand::undo()
{
    if (!m_removed)
        return;
    if (Status ok = m_store->restorePerson(*m_removed); !ok) {
        report(m_signals, ok.error());
        return;
    }
    peopleChanged(m_signals);
    if (m_signals)
        m_signals->notifyRoundsChanged();
}

// ---- Edit -----------------------------------------------------------------------------

EditPersonCommand::EditPersonCommand(RoundStore *store, RoundSignals *roundSignals, qint64 personId,
                                     PersonFields fields, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("PersonCommands", "Edit person “%1”")
                       .arg(fields.name.trimmed()),
                   parent)
    , m_store(store)
    , m_signals(roundSignals)
    , m_id(personId)
    , m_after(std::move(fields))
{}

void EditPersonCommand::redo()
{
    const bool firstTime = !m_before;
    if (firstTime) {
        auto before = m_store->person(m_id);
        if (!before) {
            setObsolete(true);
            report(m_signals, before.error());
            return;
        }
        m_before = before.value().fields;
    }
    if (Status ok = m_store->updatePerson(m_id, m_after); !ok) {
        if (firstTime) {
            setObsolete(true);
            m_before.reset();
        }
        report(m_signals, ok.error());
        return;
    }
    peopleChanged(m_signals);
}

void EditPersonCommand::undo()
{
    if (!m_before)
        return;
    if (Status ok = m_store->updatePerson(m_id, *m_before); !ok) {
        report(m_signals, ok.error());
        return;
    }
    peopleChanged(m_signals);
}
