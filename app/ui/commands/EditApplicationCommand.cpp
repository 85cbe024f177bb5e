#include "ui/commands/EditApplicationCommand.h"

#include "models/BoardModel.h"

#include <QCoreApplication>

EditApplicationCommand::EditApplicationCommand(BoardModel *model, qint64 applicationId,
                                               ApplicationFields fields)
    : QUndoCommand(QCoreApplication::translate("EditApplicationCommand", "Edit “%1”")
                       .arg(fields.company.trimmed()))
    , m_model(model)
    , m_id(applicationId)
    , m_fields(std::move(fields))
{}

void EditApplicationCommand::redo()
{
    PipelineStore *store = m_model->store();
    if (m_after) {
        if (Status ok = store->restoreCompany(m_removedCompany); !ok) {
            m_model->reportError(ok.error());
            return;
        }
        if (Status ok = store->overwriteApplication(*m_after); !ok) {
            m_model->reportError(ok.error());
            return;
        }
    } else {
        auto before = store->snapshot(m_id);
        if (!before) {
            setObsolete(true);
            m_model->reportError(before.error());
            return;
        }
        auto existed = store->companyExists(m_fields.company);
        m_createdCompany = existed.ok() && !existed.value();
        if (Status ok = store->updateApplication(m_id, m_fields); !ok) {
            setObsolete(true);
            m_model->reportError(ok.error());
            return;
        }
        auto after = store->snapshot(m_id);
        if (after)
            m_after = after.take();
        m_before = before.take();
    }
    if (Status ok = m_model->refreshCard(m_id); !ok)
        m_model->reportError(ok.error());
}

void EditApplicationCommand::undo()
{
    if (!m_before)
        return;
    if (Status ok = m_model->store()->overwriteApplication(*m_before); !ok) {
        m_model->reportError(ok.error());
        return;
    }
    m_removedCompany = {};
    if (m_createdCompany && m_after && m_after->companyId() != m_before->companyId()) {
        auto removed = m_model->store()->deleteCompanyIfUnused(m_after->companyId());
        if (removed)
            m_removedCompany = removed.take();
        else
            m_model->reportError(removed.error());
    }
    if (Status ok = m_model->refreshCard(m_id); !ok)
        m_model->reportError(ok.error());
}
