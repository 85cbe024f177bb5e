#pragma once

#include "core/PipelineTypes.h"

#include <QUndoCommand>

class BoardModel;

class AddApplicationCommand : public QUndoCommand
{
public:
    AddApplicationCommand(BoardModel *model, ApplicationFields fields, qint64 stageId);

    void redo() override;
    void undo() override;

    qint64 applicationId() const { return m_id; }

private:
    BoardModel *m_model;
    ApplicationFields m_fields;
    qint64 m_stageId;
    qint64 m_id = 0;
    bool m_createdCompany = false;
    // After an undo, redo puts back the very same row instead of creating a new one.
    std::optional<ApplicationSnapshot> m_removed;
    // The company the undo removed, with its people, for the redo to put back.
    CompanySnapshot m_removedCompany;
};
