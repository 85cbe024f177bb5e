#include "ui/commands/StageCommands.h"

#include "models/BoardModel.h"

#include <QCoreApplication>

namespace {
void reloadOrReport(BoardModel *model)
{
    if (Status ok = model->reload(); !ok)
        model->reportError(ok.error());
}
} // namespace

AddStageCommand::AddStageCommand(BoardModel *model, QString name, bool closed)
    : QUndoCommand(
          QCoreApplication::translate("StageCommands", "Add stage “%1”").arg(name.trimmed()))
    , m_model(model)
    , m_name(std::move(name))
    , m_closed(closed)
{}

void AddStageCommand::redo()
{
    PipelineStore *store = m_model->store();
    if (m_stage) {
        if (Status ok = store->insertStage(*m_stage); !ok) {
            m_model->reportError(ok.error());
            return;
        }
    } else {
        auto stage = store->addStage(m_name, m_closed);
        if (!stage) {
            setObsolete(true);
            m_model->reportError(stage.error());
            return;
        }
        m_stage = stage.take();
    }
    reloadOrReport(m_model);
}

void AddStageCommand::undo()
{
    if (!m_stage)
        return;
    if (Status ok = m_model->store()->deleteEmptyStage(m_stage->id); !ok) {
        m_model->reportError(ok.error());
        return;
    }
    reloadOrReport(m_model);
}

RenameStageCommand::RenameStageCommand(BoardModel *model, qint64 stageId, QString oldName,
                                       QString newName)
    : QUndoCommand(QCoreApplication::translate("StageCommands", "Rename stage “%1” to “%2”")
                       .arg(oldName, newName.trimmed()))
    , m_model(model)
    , m_stageId(stageId)
    , m_oldName(std::move(oldName))
    , m_newName(std::move(newName))
{}

void RenameStageCommand::rename(const QString &name, bool firstTime)
{
    if (Status ok = m_model->store()->renameStage(m_stageId, name); !ok) {
        if (firstTime)
            setObsolete(true);
        m_model->reportError(ok.error());
        return;
    }
    reloadOrReport(m_model);
}

void RenameStageCommand::redo()
{
    rename(m_newName, !m_done);
    m_done = true;
}

void RenameStageCommand::undo()
{
    rename(m_oldName, false);
}

SwapStagesCommand::SwapStagesCommand(BoardModel *model, qint64 first, qint64 second)
    : QUndoCommand(QCoreApplication::translate("StageCommands", "Reorder stages"))
    , m_model(model)
    , m_first(first)
    , m_second(second)
{}

void SwapStagesCommand::swap(bool firstTime)
{
    if (Status ok = m_model->store()->swapStages(m_first, m_second); !ok) {
        if (firstTime)
            setObsolete(true);
        m_model->reportError(ok.error());
        return;
    }
    reloadOrReport(m_model);
}

void SwapStagesCommand::redo()
{
    swap(!m_done);
    m_done = true;
}

void SwapStagesCommand::undo()
{
    swap(false);
}

RemoveStageCommand::RemoveStageCommand(BoardModel *model, qint64 stageId, qint64 targetStageId,
                                       const QString &stageName)
    : QUndoCommand(QCoreApplication::translate("StageCommands", "Remove stage “%1”").arg(stageName))
    , m_model(model)
    , m_stageId(stageId)
    , m_targetStageId(targetStageId)
{}

void RemoveStageCommand::redo()
{
    if (m_removal) {
        if (Status ok = m_model->store()->redoStageRemoval(*m_removal); !ok) {
            m_model->reportError(ok.error());
            return;
        }
        reloadOrReport(m_model);
        return;
    }
    auto removal = m_model->store()->removeStage(m_stageId, m_targetStageId);
    if (!removal) {
        setObsolete(true);
        m_model->reportError(removal.error());
        return;
    }
    m_removal = removal.take();
    reloadOrReport(m_model);
}

void RemoveStageCommand::undo()
{
    if (!m_removal)
        return;
    if (Status ok = m_model->store()->restoreStage(*m_removal); !ok) {
        m_model->reportError(ok.error());
        return;
    }
    reloadOrReport(m_model);
}
