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
    const bool firstTime = m_id == 0;
    auto id = m_store->createPerson(m_companyId, m_fields);
    if (!id) {
        if (firstTime)
            setObsolete(true);
        report(m_signals, id.error());
        return;
    }
    // The store has no way to put a person back under a chosen id. SQLite hands out the
    // highest id plus one, and every later command was undone before this redo, so the
    // person normally gets the same id back; if not, the user must hear that later
    // steps may no longer find them.
    if (!firstTime && id.value() != m_id)
        report(m_signals, QCoreApplication::translate("PersonCommands",
                                                      "“%1” was added again under a new record; "
                                                      "redoing later steps may not find them.")
                              .arg(m_fields.name.trimmed()));
    m_id = id.value();
    peopleChanged(m_signals);
}

void AddPersonCommand::undo()
{
    if (m_id == 0)
        return;
    // Refused while the person is listed in a round; the commands that listed them come
    // later on the stack, so they are undone first.
    if (Status ok = m_store->deletePerson(m_id); !ok) {
        report(m_signals, ok.error());
        return;
    }
    peopleChanged(m_signals);
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
