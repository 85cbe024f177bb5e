#pragma once

#include "core/PipelineTypes.h"

#include <QUndoCommand>

class BoardModel;

// Moves one or more cards to a stage, before a given card (or to the end).
class MoveCardsCommand : public QUndoCommand
{
public:
    MoveCardsCommand(BoardModel *model, QList<qint64> ids, qint64 toStageId, qint64 beforeId,
                     const QString &text);

    void redo() override;
    void undo() override;

    const QList<CardMove> &moves() const { return m_moves; }

private:
    BoardModel *m_model;
    QList<qint64> m_ids;
    qint64 m_toStageId;
    qint64 m_beforeId;
    QList<CardMove> m_moves;
};
