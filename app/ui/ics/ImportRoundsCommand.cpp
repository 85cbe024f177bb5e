#include "ui/ics/ImportRoundsCommand.h"

#include "core/RoundStore.h"
#include "models/BoardModel.h"
#include "models/RoundSignals.h"

#include <QCoreApplication>

ImportRoundsCommand::ImportRoundsCommand(RoundStore *store, RoundSignals *roundSignals,
                                         BoardModel *board, ImportTarget target,
                                         QList<IcsEvent> events, bool withPeople,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("ImportRoundsCommand",
                                               "Import %n round(s) from a calendar", nullptr,
                                               int(events.size())),
                   parent)
    , m_store(store)
    , m_signals(roundSignals)
    , m_board(board)
    , m_target(std::move(target))
    , m_events(std::move(events))
    , m_withPeople(withPeople)
{}

void ImportRoundsCommand::setErrorHandler(std::function<void(const QString &)> handler)
{
    m_errorHandler = std::move(handler);
}

void ImportRoundsCommand::report(const QString &message) const
{
    if (m_errorHandler)
        m_errorHandler(message);
    else if (m_signals)
        m_signals->reportError(message);
    else if (m_board)
        m_board->reportError(message);
}

void ImportRoundsCommand::notifyViews(bool applicationAdded, bool applicationRemoved) const
{
    if (m_board && m_outcome.applicationId > 0) {
        if (applicationAdded) {
            if (Status ok = m_board->insertCardsFromStore({m_outcome.applicationId}); !ok)
                report(ok.error());
        } else if (applicationRemoved) {
            m_board->removeCards({m_outcome.applicationId});
        } else if (Status ok = m_board->refreshCard(m_outcome.applicationId); !ok) {
            // The card shows the next round, which the import may have changed.
            report(ok.error());
        }
    }
    if (m_signals) {
        m_signals->notifyRoundsChanged();
        if (!m_outcome.createdPeopleIds.isEmpty())
            m_signals->notifyPeopleChanged();
    }
}

void ImportRoundsCommand::redo()
{
    if (m_removed) {
        if (Status ok = RoundCalendarImport::restore(*m_store, *m_removed); !ok) {
            report(ok.error());
            return;
        }
        m_removed.reset();
        notifyViews(m_outcome.createdApplication, false);
        return;
    }
    auto outcome = RoundCalendarImport::importEvents(*m_store, m_target, m_events, m_withPeople);
    if (!outcome) {
        // Nothing was written, so there is nothing to undo: the stack drops the command.
        setObsolete(true);
        report(outcome.error());
        return;
    }
    m_outcome = outcome.take();
    m_imported = true;
    notifyViews(m_outcome.createdApplication, false);
}

void ImportRoundsCommand::undo()
{
    if (!m_imported || m_removed)
        return;
    auto removed = RoundCalendarImport::remove(*m_store, m_outcome);
    if (!removed) {
        report(removed.error());
        return;
    }
    m_removed = removed.take();
    notifyViews(false, m_outcome.createdApplication);
}
