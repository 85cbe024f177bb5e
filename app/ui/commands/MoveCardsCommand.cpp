#include "ui/commands/MoveCardsCommand.h"

#include "models/BoardModel.h"

MoveCardsCommand::MoveCardsCommand(BoardModel *model, QList<qint64> ids, qint64 toStageId,
                                   qint64 beforeId, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_ids(std::move(ids))
    , m_toStageId(toStageId)
    , m_beforeId(beforeId)
{}

void MoveCardsCommand::redo()
{
    auto moves = m_model->moveCards(m_ids, m_toStageId, m_beforeId);
    if (!moves) {
        // An obsolete command is dropped by the stack instead of being undoable.
        setObsolete(true);
        m_model->reportError(moves.error());
        return;
    }
    m_moves = moves.take();
}

void MoveCardsCommand::undo()
{
    if (Status ok = m_model->revertMoves(m_moves); !ok)
        m_model->reportError(ok.error());
}
