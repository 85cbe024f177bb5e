#include "ui/notes/SalaryCommand.h"

#include "models/notes/NotesFeature.h"

#include <QCoreApplication>

SalaryCommand::SalaryCommand(NotesFeature *feature, qint64 applicationId, SalaryFigures before,
                             SalaryFigures after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("SalaryCommand", "Set salary figures"), parent)
    , m_feature(feature)
    , m_applicationId(applicationId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SalaryCommand::write(const SalaryFigures &figures)
{
    if (Status ok = m_feature->store()->saveSalary(m_applicationId, figures); !ok)
        m_feature->reportError(ok.error());
    // Every round's plan shows the figures.
    m_feature->notifyChanged(0);
}

void SalaryCommand::redo()
{
    write(m_after);
}

void SalaryCommand::undo()
{
    write(m_before);
}
