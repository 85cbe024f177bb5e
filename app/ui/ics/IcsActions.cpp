#include "ui/ics/IcsActions.h"

#include "core/RoundStore.h"
#include "core/roundics/RoundCalendarExport.h"
#include "ui/Prompter.h"
#include "ui/ics/IcsImportDialog.h"
#include "ui/ics/ImportRoundsCommand.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUrl>

namespace {

QString importTitle()
{
    return IcsActions::tr("Import from calendar");
}

QString exportTitle()
{
    return IcsActions::tr("Export to calendar");
}

} // namespace

QString IcsActions::fileFilter()
{
    return tr("iCalendar files (*.ics *.ical *.icalendar *.ifb);;All files (*)");
}

bool IcsActions::isCalendarFile(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("ics"), QStringLiteral("ical"),
                                         QStringLiteral("icalendar"), QStringLiteral("ifb")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList IcsActions::calendarFilesIn(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (isCalendarFile(path))
            files << path;
    }
    return files;
}

void IcsActions::chooseAndImport(QWidget *parent, PipelineStore *pipeline, RoundStore *rounds,
                                 QUndoStack *undoStack, RoundSignals *roundSignals,
                                 BoardModel *board)
{
    const QString path = Prompter::instance().openFileName(
        parent, importTitle(), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        fileFilter());
    if (path.isEmpty())
        return;
    importFile(parent, path, pipeline, rounds, undoStack, roundSignals, board);
}

void IcsActions::importFile(QWidget *parent, const QString &path, PipelineStore *pipeline,
                            RoundStore *rounds, QUndoStack *undoStack, RoundSignals *roundSignals,
                            BoardModel *board)
{
    if (!rounds || !undoStack)
        return;
    Prompter &prompter = Prompter::instance();
    const QString name = QFileInfo(path).fileName();
    IcsImportDialog dialog(pipeline, rounds, parent);
    if (Status loaded = dialog.loadFile(path); !loaded) {
        prompter.error(
            parent, importTitle(),
            tr("“%1” was not imported; nothing was changed.\n\n%2").arg(name, loaded.error()));
        return;
    }
    if (prompter.run(dialog) != QDialog::Accepted)
        return;

    ImportTarget target;
    target.applicationId = dialog.chosenApplicationId();
    target.newCompany = dialog.newCompany();
    target.newRole = dialog.newRole();
    const QString applicationName = dialog.chosenApplicationName();
    auto *command = new ImportRoundsCommand(rounds, roundSignals, board, target,
                                            dialog.chosenEvents(), dialog.withPeople());
    // The first failure is shown here, in context; later ones (undo, redo) go to the
    // window through RoundSignals as for every other command.
    QString failure;
    command->setErrorHandler([&failure](const QString &message) {
        if (failure.isEmpty())
            failure = message;
    });
    undoStack->push(command);
    // push() deletes a command whose first redo made it obsolete; only addresses are
    // compared, the command is not touched unless it is still on the stack.
    const bool kept =
        undoStack->count() > 0 && undoStack->command(undoStack->count() - 1) == command;
    if (kept)
        command->setErrorHandler({});
    if (!failure.isEmpty()) {
        prompter.error(parent, importTitle(), failure);
        return;
    }
    if (!kept)
        return;
    const ImportOutcome &outcome = command->outcome();
    QString message = tr("Imported %n round(s) into %1.", nullptr, int(outcome.roundIds.size()))
                          .arg(applicationName);
    if (!outcome.createdPeopleIds.isEmpty())
        message += QLatin1Char(' ') + tr("Added %n person(s) to the company.", nullptr,
                                         int(outcome.createdPeopleIds.size()));
    if (!outcome.notes.isEmpty())
        message += QStringLiteral("\n\n") + outcome.notes.join(QLatin1Char('\n'));
    prompter.information(parent, importTitle(), message);
}

void IcsActions::exportRounds(QWidget *parent, RoundStore *rounds, const QList<qint64> &roundIds)
{
    if (!rounds)
        return;
    Prompter &prompter = Prompter::instance();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString path = prompter.saveFileName(parent, exportTitle(),
                                         QDir(folder).filePath(QStringLiteral("interviews.ics")),
                                         fileFilter());
    if (path.isEmpty())
        return;
    // Not every platform's dialog adds the suffix, and calendar programs look for it.
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    auto exported = RoundCalendarExport::exportToFile(*rounds, roundIds, path);
    if (!exported) {
        prompter.error(parent, exportTitle(), exported.error());
        return;
    }
    prompter.information(parent, exportTitle(),
                         tr("Exported %n round(s) to %1.", nullptr, exported.value())
                                 .arg(QDir::toNativeSeparators(path)) +
                             QStringLiteral("\n\n") +
                             tr("Open the file with your calendar program to add them. "
                                "Exporting and opening again later updates the same "
                                "events instead of adding them twice."));
}
