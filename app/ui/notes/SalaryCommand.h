#pragma once

#include "core/notes/NotesTypes.h"

#include <QUndoCommand>

class NotesFeature;

// Setting an application's salary target, walk-away figure and currency: one undo step.
// The figures are the application's whole salary row, so writing the earlier figures back
// restores it exactly (no figures: no row).
class SalaryCommand : public QUndoCommand
{
public:
    SalaryCommand(NotesFeature *feature, qint64 applicationId, SalaryFigures before,
                  SalaryFigures after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const SalaryFigures &figures);

    NotesFeature *m_feature;
    qint64 m_applicationId;
    SalaryFigures m_before;
    SalaryFigures m_after;
};
