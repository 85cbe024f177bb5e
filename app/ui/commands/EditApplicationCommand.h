#pragma once

#include "core/PipelineTypes.h"

#include <QUndoCommand>

class BoardModel;

class EditApplicationCommand : public QUndoCommand
{
public:
    EditApplicationCommand(BoardModel *model, qint64 applicationId, ApplicationFields fields);

    void redo() override;
    void undo() override;

private:
    BoardModel *m_model;
    qint64 m_id;
    ApplicationFields m_fields;
    std::optional<ApplicationSnapshot> m_before;
    std::optional<ApplicationSnapshot> m_after;
    bool m_createdCompany = false;
    // The company the undo removed, with its people, for the redo to put back.
    CompanySnapshot m_removedCompany;
};
