#pragma once

#include "core/PipelineTypes.h"

#include <QUndoCommand>

class BoardModel;

class UnarchiveCommand : public QUndoCommand
{
public:
    UnarchiveCommand(BoardModel *model, QList<qint64> ids);

    void redo() override;
    void undo() override;

private:
    BoardModel *m_model;
    QList<qint64> m_ids;
    QList<ApplicationSnapshot> m_archived;
};
