#include "ui/spreadsheet/ImportApplicationsCommand.h"

#include "core/PipelineStore.h"
#include "models/BoardModel.h"

#include <QCoreApplication>

ImportApplicationsCommand::ImportApplicationsCommand(BoardModel *board, ApplicationImportPlan plan)
    : QUndoCommand(QCoreApplication::translate("ImportApplicationsCommand",
                                               "Import %n application(s)", nullptr,
                                               int(plan.applications.size())))
    , m_board(board)
    , m_plan(std::move(plan))
{}

void ImportApplicationsCommand::redo()
{
    PipelineStore *store = m_board->store();
    if (m_removed) {
        if (Status ok = ApplicationImport::restore(*store, *m_removed); !ok) {
            m_board->reportError(ok.error());
            return;
        }
        m_removed.reset();
    } else {
        auto outcome = ApplicationImport::write(*store, m_plan);
        if (!outcome) {
            // Nothing was written, so there is nothing to undo: the stack drops the command.
            setObsolete(true);
            m_board->reportError(outcome.error());
            return;
        }
        m_outcome = outcome.take();
        m_imported = true;
    }
    showOnBoard(true);
}

void ImportApplicationsCommand::showOnBoard(bool added)
{
    // Card by card the board does work per card already there; a large import reads the
    // board again in one query instead.
    const bool many = m_outcome.applicationIds.size() > ManyCards;
    if (!added && !many) {
        m_board->removeCards(m_outcome.applicationIds);
        return;
    }
    Status ok = many ? m_board->reload() : m_board->insertCardsFromStore(m_outcome.applicationIds);
    if (!ok)
        m_board->reportError(ok.error());
}

void ImportApplicationsCommand::undo()
{
    if (!m_imported || m_removed)
        return;
    PipelineStore *store = m_board->store();
    auto removed = ApplicationImport::remove(*store, m_outcome);
    if (!removed) {
        m_board->reportError(removed.error());
        return;
    }
    m_removed = removed.take();
    showOnBoard(false);
}
