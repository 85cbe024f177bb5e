#pragma once

#include "core/spreadsheet/ApplicationImport.h"

#include <QUndoCommand>

#include <optional>

class BoardModel;

// A spreadsheet import as one undo step. The first redo writes the plan in one
// transaction; undo deletes exactly the applications (and the companies) it created;
// redo after that puts the very same rows back with their ids.
class ImportApplicationsCommand : public QUndoCommand
{
public:
    ImportApplicationsCommand(BoardModel *board, ApplicationImportPlan plan);

    void redo() override;
    void undo() override;

    bool imported() const { return m_imported; }
    const ImportedApplications &outcome() const { return m_outcome; }

private:
    static constexpr int ManyCards = 50;
    void showOnBoard(bool added);

    BoardModel *m_board;
    ApplicationImportPlan m_plan;
    bool m_imported = false;
    ImportedApplications m_outcome;
    std::optional<RemovedApplications> m_removed;
};
