#include "ui/commands/RemoveApplicationsCommand.h"

#include "models/BoardModel.h"

#include <QCoreApplication>

RemoveApplicationsCommand::RemoveApplicationsCommand(BoardModel *model, QList<qint64> ids,
                                                     Mode mode)
    : QUndoCommand(
          mode == Mode::Archive
              ? QCoreApplication::translate("RemoveApplicationsCommand",
                                            "Archive %n application(s)", nullptr, int(ids.size()))
              : QCoreApplication::translate("RemoveApplicationsCommand", "Delete %n application(s)",
                                            nullptr, int(ids.size())))
    , m_model(model)
    , m_ids(std::move(ids))
    , m_mode(mode)
{}

void RemoveApplicationsCommand::redo()
{
    PipelineStore *store = m_model->store();
    if (!m_archived.isEmpty()) {
        // Redo of an archive puts back the archived rows as they were the first time
        // (archive time included) instead of archiving afresh.
        if (Status ok = store->returnToArchive(m_archived); !ok) {
            m_model->reportError(ok.error());
            return;
        }
        m_model->removeCards(m_ids);
        return;
    }
    const bool firstTime = m_snapshots.isEmpty();
    QList<ApplicationSnapshot> snapshots;
    for (qint64 id : std::as_const(m_ids)) {
        // Each with its rounds, their people and every other row that goes with it.
        auto snapshot = store->snapshot(id);
        if (!snapshot) {
            if (firstTime)
                setObsolete(true);
            m_model->reportError(snapshot.error());
            return;
        }
        snapshots.append(snapshot.take());
    }
    const Status done = m_mode == Mode::Archive ? store->archiveApplications(m_ids)
                                                : store->deleteApplications(m_ids);
    if (!done) {
        if (firstTime)
            setObsolete(true);
        m_model->reportError(done.error());
        return;
    }
    m_snapshots = snapshots;
    if (m_mode == Mode::Archive) {
        for (qint64 id : std::as_const(m_ids)) {
            auto archived = store->snapshot(id);
            if (!archived) {
                // Archived all the same; a later redo archives afresh instead.
                m_model->reportError(archived.error());
                m_archived.clear();
                break;
            }
            m_archived.append(archived.take());
        }
    }
    m_model->removeCards(m_ids);
}

void RemoveApplicationsCommand::undo()
{
    if (Status ok = m_model->store()->restoreApplications(m_snapshots); !ok) {
        m_model->reportError(ok.error());
        return;
    }
    if (Status ok = m_model->insertCardsFromStore(m_ids); !ok)
        m_model->reportError(ok.error());
}
