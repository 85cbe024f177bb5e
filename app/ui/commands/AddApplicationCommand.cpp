#include "ui/commands/AddApplicationCommand.h"

#include "models/BoardModel.h"

#include <QCoreApplication>

AddApplicationCommand::AddApplicationCommand(BoardModel *model, ApplicationFields fields,
                                             qint64 stageId)
    : QUndoCommand(QCoreApplication::translate("AddApplicationCommand", "Add application “%1”")
                       .arg(fields.company.trimmed()))
    , m_model(model)
    , m_fields(std::move(fields))
    , m_stageId(stageId)
{}

void AddApplicationCommand::redo()
{
    PipelineStore *store = m_model->store();
    if (m_removed) {
        // The company first: the application and its rounds refer to it and its people.
        if (Status ok = store->restoreCompany(m_removedCompany); !ok) {
            m_model->reportError(ok.error());
            return;
        }
        if (Status ok = store->restoreApplications({*m_removed}); !ok) {
            m_model->reportError(ok.error());
            return;
        }
    } else {
        auto existed = store->companyExists(m_fields.company);
        m_createdCompany = existed.ok() && !existed.value();
        auto id = store->createApplication(m_fields, m_stageId);
        if (!id) {
            setObsolete(true);
            m_model->reportError(id.error());
            return;
        }
        m_id = id.value();
    }
    if (Status ok = m_model->insertCardsFromStore({m_id}); !ok)
        m_model->reportError(ok.error());
}

void AddApplicationCommand::undo()
{
    PipelineStore *store = m_model->store();
    auto snapshot = store->snapshot(m_id);
    if (!snapshot) {
        m_model->reportError(snapshot.error());
        return;
    }
    if (Status ok = store->deleteApplications({m_id}); !ok) {
        m_model->reportError(ok.error());
        return;
    }
    m_removed = snapshot.take();
    m_model->removeCards({m_id});
    m_removedCompany = {};
    if (m_createdCompany) {
        auto removed = store->deleteCompanyIfUnused(m_removed->companyId());
        if (removed)
            m_removedCompany = removed.take();
        else
            m_model->reportError(removed.error());
    }
}
