#include "ui/spreadsheet/SpreadsheetActions.h"

#include "core/spreadsheet/ApplicationExport.h"
#include "core/spreadsheet/SpreadsheetFile.h"
#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "ui/Prompter.h"
#include "ui/WindowFrame.h"
#include "ui/spreadsheet/ImportApplicationsCommand.h"
#include "ui/spreadsheet/ImportApplicationsDialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

SpreadsheetActions::SpreadsheetActions(const TabContext &tabContext, QObject *parent)
    : QObject(parent)
    , m_context(tabContext)
    , m_importAction(new QAction(tr("Import app&lications…"), this))
    , m_exportAction(new QAction(tr("E&xport applications…"), this))
{
    m_importAction->setObjectName(QStringLiteral("importApplicationsAction"));
    m_exportAction->setObjectName(QStringLiteral("exportApplicationsAction"));
    m_importAction->setEnabled(false);
    m_exportAction->setEnabled(false);
    connect(m_importAction, &QAction::triggered, this, &SpreadsheetActions::chooseImportFile);
    connect(m_exportAction, &QAction::triggered, this, &SpreadsheetActions::chooseExportFile);
}

QString SpreadsheetActions::fileFilter()
{
    return tr("Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)");
}

void SpreadsheetActions::setSession(FileSession *session)
{
    m_session = session;
    m_importAction->setEnabled(session && !session->isReadOnly());
    m_exportAction->setEnabled(session != nullptr);
}

namespace {

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

} // namespace

void SpreadsheetActions::chooseImportFile()
{
    const QString path = Prompter::instance().openFileName(
        m_context.window, tr("Import applications"), documentsFolder(), fileFilter());
    if (!path.isEmpty())
        importFile(path);
}

void SpreadsheetActions::importFile(const QString &path)
{
    if (!m_session)
        return;
    Prompter &prompter = Prompter::instance();
    const QString title = tr("Import applications");
    if (m_session->isReadOnly()) {
        prompter.error(m_context.window, title,
                       tr("This file is open read-only, so nothing can be imported into it."));
        return;
    }
    auto file = SpreadsheetFile::read(path);
    if (!file) {
        prompter.error(m_context.window, title, file.error());
        return;
    }
    ImportApplicationsDialog dialog(QFileInfo(path).fileName(), file.take(), m_session->pipeline(),
                                    QLocale(), m_context.window);
    if (prompter.run(dialog) != QDialog::Accepted || !dialog.plan())
        return;
    const ApplicationImportPlan plan = *dialog.plan();
    QUndoStack *stack = m_context.undoStack;
    const int before = stack->index();
    stack->push(new ImportApplicationsCommand(m_session->board(), plan));
    // A refused write made the command obsolete (the stack dropped it); the board has
    // reported why.
    if (stack->index() == before)
        return;
    m_context.frame->showStatus(tr("%n added, ", nullptr, int(plan.applications.size())) +
                                tr("%n already there", nullptr, plan.alreadyThere));
}

void SpreadsheetActions::chooseExportFile()
{
    if (!m_session)
        return;
    QString path = Prompter::instance().saveFileName(
        m_context.window, tr("Export applications"),
        QDir(documentsFolder()).filePath(QStringLiteral("applications.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportTo(path);
}

void SpreadsheetActions::exportTo(const QString &path)
{
    if (!m_session)
        return;
    Prompter &prompter = Prompter::instance();
    const QString title = tr("Export applications");
    auto written = ApplicationExport::write(m_session->database(), path);
    if (!written) {
        prompter.error(m_context.window, title, written.error());
        return;
    }
    m_context.frame->showStatus(tr("Exported %n application(s) to %1", nullptr, written.value())
                                    .arg(QDir::toNativeSeparators(path)));
}
