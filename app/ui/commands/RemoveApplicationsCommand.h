#pragma once

#include "core/PipelineTypes.h"

#include <QUndoCommand>

class BoardModel;

// Archive or delete: both take cards off the board and put them back exactly on undo.
class RemoveApplicationsCommand : public QUndoCommand
{
public:
    enum class Mode { Archive, Delete };

    RemoveApplicationsCommand(BoardModel *model, QList<qint64> ids, Mode mode);

    void redo() override;
    void undo() override;

private:
    BoardModel *m_model;
    QList<qint64> m_ids;
    Mode m_mode;
    QList<ApplicationSnapshot> m_snapshots; // before: what undo puts back
    QList<ApplicationSnapshot> m_archived;  // after an archive: what redo puts back
};
