#pragma once

#include "core/PipelineTypes.h"

#include <QUndoCommand>

class BoardModel;

// Stage changes rebuild the board's columns, so each command reloads the model.

class AddStageCommand : public QUndoCommand
{
public:
    AddStageCommand(BoardModel *model, QString name, bool closed);
    void redo() override;
    void undo() override;

private:
    BoardModel *m_model;
    QString m_name;
    bool m_closed;
    std::optional<StageInfo> m_stage;
};

class RenameStageCommand : public QUndoCommand
{
public:
    RenameStageCommand(BoardModel *model, qint64 stageId, QString oldName, QString newName);
    void redo() override;
    void undo() override;

private:
    void rename(const QString &name, bool firstTime);
    BoardModel *m_model;
    qint64 m_stageId;
    QString m_oldName;
    QString m_newName;
    bool m_done = false;
};

class SwapStagesCommand : public QUndoCommand
{
public:
    SwapStagesCommand(BoardModel *model, qint64 first, qint64 second);
    void redo() override;
    void undo() override;

private:
    void swap(bool firstTime);
    BoardModel *m_model;
    qint64 m_first;
    qint64 m_second;
    bool m_done = false;
};

class RemoveStageCommand : public QUndoCommand
{
public:
    RemoveStageCommand(BoardModel *model, qint64 stageId, qint64 targetStageId,
                       const QString &stageName);
    void redo() override;
    void undo() override;

private:
    BoardModel *m_model;
    qint64 m_stageId;
    qint64 m_targetStageId;
    std::optional<StageRemoval> m_removal;
};
