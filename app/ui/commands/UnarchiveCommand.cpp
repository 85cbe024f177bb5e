#include "ui/commands/UnarchiveCommand.h"

#include "models/BoardModel.h"

#include <QCoreApplication>

UnarchiveCommand::UnarchiveCommand(BoardModel *model, QList<qint64> ids)
    : QUndoCommand(QCoreApplication::translate("UnarchiveCommand", "Put back %n application(s)",
                                               nullptr, int(ids.size())))
    , m_model(model)
    , m_ids(std::move(ids))
{}

void UnarchiveCommand::redo()
{
    PipelineStore *store = m_model->store();
    QList<ApplicationSnapshot> archived;
    for (qint64 id : std::as_const(m_ids)) {
        auto snapshot = store->snapshot(id);
        if (!snapshot) {
            setObsolete(true);
            m_model->reportError(snapshot.error());
            return;
        }
        archived.append(snapshot.take());
    }
    if (Status ok = store->unarchiveApplications(m_ids); !ok) {
        setObsolete(true);
        m_model->reportError(ok.error());
        return;
    }
    m_archived = archived;
    // Each went to the top of its stage one after another; insert in that order.
    for (qint64 id : std::as_const(m_ids)) {
        if (Status ok = m_model->insertCardsFromStore({id}); !ok)
            m_model->reportError(ok.error());
    }
}

void UnarchiveCommand::undo()
{
    if (Status ok = m_model->store()->returnToArchive(m_archived); !ok) {
        m_model->reportError(ok.error());
        return;
    }
    m_model->removeCards(m_ids);
}
