#include "CommandLine.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/RoundStore.h"
#include "core/SampleData.h"
#include "core/ical/IcsReader.h"
#include "core/letters/LetterFiles.h"
#include "core/letters/LetterStore.h"
#include "core/notes/PrepSheetLoader.h"
#include "core/practice/PracticeStore.h"
#include "core/practice/QuestionFile.h"
#include "core/prepsheet/PrepSheetPdf.h"
#include "core/roundics/RoundCalendarExport.h"
#include "core/roundics/RoundCalendarImport.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

int CommandLine::check(const QString &path, bool addSampleData, QTextStream &out, QTextStream &err)
{
    Database::Options options;
    // Checking a file that is not there should say so, not create it; with
    // --sample-data the point is to create and fill it.
    options.createIfMissing = addSampleData;
    // A check only looks: no lock file, no schema update, nothing written beside the file.
    options.inspectOnly = !addSampleData;
    auto opened = Database::open(path, options);
    if (!opened) {
        err << tr("Check failed: %1").arg(opened.error()) << Qt::endl;
        return Failure;
    }
    std::shared_ptr<Database> database = opened.take();
    out << tr("File: %1").arg(QDir::toNativeSeparators(database->path())) << Qt::endl;
    if (database->isReadOnly() && addSampleData)
        out << tr("Opened read-only.") << Qt::endl;
    if (database->schemaVersion() < database->latestSchemaVersion())
        out << tr("Schema %1 is older than this version's %2; SecondRound updates it, after "
                  "taking a backup, when the file is opened for use.")
                   .arg(database->schemaVersion())
                   .arg(database->latestSchemaVersion())
            << Qt::endl;
    if (!database->backupPath().isEmpty())
        out << tr("Updated to the current schema; the old file was copied to %1")
                   .arg(QDir::toNativeSeparators(database->backupPath()))
            << Qt::endl;
    if (addSampleData) {
        auto filled = SampleData::fill(*database);
        if (!filled) {
            err << tr("Sample data not added: %1").arg(filled.error()) << Qt::endl;
            return Failure;
        }
        out << tr("Added %n sample application(s).", nullptr, filled.value()) << Qt::endl;
    }
    auto report = database->check();
    if (!report) {
        err << tr("Check failed: %1").arg(report.error()) << Qt::endl;
        return Failure;
    }
    for (const QString &line : report.value())
        out << line << Qt::endl;
    out << tr("The file is healthy.") << Qt::endl;
    return Success;
}

// ---- Calendar files ------------------------------------------------------------------------

namespace {

// The jobs read and write an existing file: creating an empty one to export nothing from,
// or to import into an application that cannot exist there, would only hide a wrong path.
Result<std::shared_ptr<Database>> openExisting(const QString &path)
{
    Database::Options options;
    options.createIfMissing = false;
    return Database::open(path.isEmpty() ? Database::defaultPath() : path, options);
}

} // namespace

std::optional<qint64> CommandLine::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

bool CommandLine::isCalendarJob(const CalendarJob &job)
{
    return job.exportPath || job.importPath || job.application;
}

int CommandLine::runCalendarJob(const CalendarJob &job, QTextStream &out, QTextStream &err)
{
    const auto usage = [&err](const QString &message) {
        err << message << Qt::endl << tr("See --help for the options.") << Qt::endl;
        return UsageError;
    };
    if (job.exportPath && job.importPath)
        return usage(tr("Use either --export-ics or --import-ics, not both at once."));
    if (job.otherJob)
        return usage(tr("--check and --sample-data cannot be combined with --export-ics or "
                        "--import-ics."));
    if (job.exportPath) {
        if (job.application)
            return usage(tr("--application only goes with --import-ics."));
        if (job.exportPath->trimmed().isEmpty())
            return usage(tr("--export-ics needs the name of the file to write."));
        return exportCalendar(job.databasePath, *job.exportPath, out, err);
    }
    if (!job.importPath)
        return usage(tr("--application only goes with --import-ics."));
    if (job.importPath->trimmed().isEmpty())
        return usage(tr("--import-ics needs the name of the file to read."));
    if (!job.application)
        return usage(tr("--import-ics needs --application ID, the application to add the rounds "
                        "to."));
    const std::optional<qint64> applicationId = parseId(*job.application);
    if (!applicationId)
        return usage(tr("--application needs the number of an application, such as 12; “%1” is "
                        "not one.")
                         .arg(*job.application));
    return importCalendar(job.databasePath, *job.importPath, *applicationId, out, err);
}

int CommandLine::exportCalendar(const QString &databasePath, const QString &icsPath,
                                QTextStream &out, QTextStream &err)
{
    auto opened = openExisting(databasePath);
    if (!opened) {
        err << tr("Export failed: %1").arg(opened.error()) << Qt::endl;
        return Failure;
    }
    RoundStore store(opened.take());
    auto exported = RoundCalendarExport::exportToFile(store, {}, icsPath);
    if (!exported) {
        err << tr("Export failed: %1").arg(exported.error()) << Qt::endl;
        return Failure;
    }
    out << tr("Exported %n round(s) to %1", nullptr, exported.value())
               .arg(QDir::toNativeSeparators(icsPath))
        << Qt::endl;
    return Success;
}

int CommandLine::importCalendar(const QString &databasePath, const QString &icsPath,
                                qint64 applicationId, QTextStream &out, QTextStream &err)
{
    // The file is read first: a refused file needs no database, and says which line is wrong.
    const IcsReadResult read = IcsReader::readFile(icsPath);
    auto plan = RoundCalendarImport::plan(read);
    if (!plan) {
        err << tr("Import failed: %1").arg(plan.error()) << Qt::endl;
        return Failure;
    }
    auto opened = openExisting(databasePath);
    if (!opened) {
        err << tr("Import failed: %1").arg(opened.error()) << Qt::endl;
        return Failure;
    }
    RoundStore store(opened.take());
    auto imported = RoundCalendarImport::importInto(store, applicationId, read.events, true);
    if (!imported) {
        err << tr("Import failed: %1").arg(imported.error()) << Qt::endl;
        return Failure;
    }
    const QList<qint64> &ids = imported.value();
    for (int i = 0; i < ids.size(); ++i) {
        const QString title = RoundCalendarImport::displayTitle(read.events.at(i));
        auto round = store.round(ids.at(i));
        if (!round) {
            // Committed already; only the summary line cannot be completed.
            out << tr("Round ?: %1").arg(title) << Qt::endl;
            continue;
        }
        const RoundInfo &info = round.value();
        QString line = tr("Round %1: %2 (%3) %4")
                           .arg(info.number)
                           .arg(info.startInOwnZone().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                info.fields.timeZoneId, title);
        if (info.fields.status == RoundStatus::Cancelled)
            line = tr("%1 (cancelled)").arg(line);
        out << line << Qt::endl;
    }
    // Adjustments are not failures, but the user should know the stored round differs.
    for (const QString &note : plan.value().notes())
        err << tr("Note: %1").arg(note) << Qt::endl;
    return Success;
}

namespace {
class QuitOnPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void CommandLine::quitWhenPainted(QWidget *window)
{
    window->installEventFilter(new QuitOnPaint(window));
}

// ---- Prep sheet -----------------------------------------------------------------------------

int CommandLine::runPrepSheetJob(const PrepSheetJob &job, QTextStream &out, QTextStream &err)
{
    const auto usage = [&err](const QString &message) {
        err << message << Qt::endl << tr("See --help for the options.") << Qt::endl;
        return UsageError;
    };
    if (job.otherJob)
        return usage(tr("--prep-sheet cannot be combined with --check, --sample-data or the "
                        "calendar options."));
    if (!job.round)
        return usage(tr("--output only goes with --prep-sheet."));
    if (!job.output || job.output->trimmed().isEmpty())
        return usage(tr("--prep-sheet needs --output FILE.pdf, the file to write."));
    const QString roundText = job.round->trimmed();
    const bool next = roundText.compare(QLatin1String("next"), Qt::CaseInsensitive) == 0;
    const std::optional<qint64> roundId = next ? std::optional<qint64>(0) : parseId(roundText);
    if (!roundId)
        return usage(tr("--prep-sheet needs the number of a round, such as 12, or “next”; “%1” "
                        "is not one.")
                         .arg(*job.round));

    auto opened = openExisting(job.databasePath);
    if (!opened) {
        err << tr("No prep sheet written: %1").arg(opened.error()) << Qt::endl;
        return Failure;
    }
    const std::shared_ptr<Database> database = opened.take();
    qint64 id = *roundId;
    if (next) {
        auto found = PrepSheetLoader::nextRound(database, Clock::nowUtc());
        if (!found) {
            err << tr("No prep sheet written: %1").arg(found.error()) << Qt::endl;
            return Failure;
        }
        id = found.value();
    }
    auto sheet = PrepSheetLoader::load(database, id);
    if (!sheet) {
        err << tr("No prep sheet written: %1").arg(sheet.error()) << Qt::endl;
        return Failure;
    }
    auto pages = PrepSheetPdf::write(sheet.value(), *job.output);
    if (!pages) {
        err << tr("No prep sheet written: %1").arg(pages.error()) << Qt::endl;
        return Failure;
    }
    out << tr("Wrote the prep sheet for %1, %2, %3 (%n page(s)) to %4", nullptr, pages.value())
               .arg(sheet.value().company, sheet.value().role, sheet.value().roundTitle,
                    QDir::toNativeSeparators(QFileInfo(*job.output).absoluteFilePath()))
        << Qt::endl;
    return Success;
}

// ---- Question files ------------------------------------------------------------------------

int CommandLine::runQuestionJob(const QuestionJob &job, QTextStream &out, QTextStream &err)
{
    const auto usage = [&err](const QString &message) {
        err << message << Qt::endl << tr("See --help for the options.") << Qt::endl;
        return UsageError;
    };
    if (job.importPath && job.exportPath)
        return usage(tr("Use either --import-questions or --export-questions, not both at once."));
    if (job.otherJob)
        return usage(tr("--import-questions and --export-questions cannot be combined with other "
                        "jobs."));
    const QString file = job.importPath ? *job.importPath : job.exportPath.value_or(QString());
    if (file.trimmed().isEmpty())
        return usage(job.importPath
                         ? tr("--import-questions needs the name of the file to read.")
                         : tr("--export-questions needs the name of the file to write."));
    auto opened = openExisting(job.databasePath);
    if (!opened) {
        err << (job.importPath ? tr("Import failed: %1") : tr("Export failed: %1"))
                   .arg(opened.error())
            << Qt::endl;
        return Failure;
    }
    PracticeStore store(opened.take());
    if (job.importPath) {
        auto rows = QuestionFile::read(file);
        if (!rows) {
            err << tr("Import failed: %1").arg(rows.error()) << Qt::endl;
            return Failure;
        }
        auto summary = store.importRows(rows.value());
        if (!summary) {
            err << tr("Import failed: %1").arg(summary.error()) << Qt::endl;
            return Failure;
        }
        out << tr("%n added, ", nullptr, summary.value().added)
            << tr("%n already there.", nullptr, summary.value().alreadyThere) << Qt::endl;
        return Success;
    }
    auto rows = store.exportRows();
    if (!rows) {
        err << tr("Export failed: %1").arg(rows.error()) << Qt::endl;
        return Failure;
    }
    if (Status written = QuestionFile::write(file, QuestionFile::toCsv(rows.value())); !written) {
        err << tr("Export failed: %1").arg(written.error()) << Qt::endl;
        return Failure;
    }
    out << tr("Exported %n question(s) to %1", nullptr, int(rows.value().size()))
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    return Success;
}

// ---- Thank-you letters ---------------------------------------------------------------------

int CommandLine::runLettersJob(const LettersJob &job, QTextStream &out, QTextStream &err)
{
    const auto usage = [&err](const QString &message) {
        err << message << Qt::endl << tr("See --help for the options.") << Qt::endl;
        return UsageError;
    };
    if (job.otherJob)
        return usage(tr("--draft-letters cannot be combined with another job."));
    if (!job.round)
        return usage(tr("--output-dir only goes with --draft-letters."));
    if (!job.outputDirectory || job.outputDirectory->trimmed().isEmpty())
        return usage(tr("--draft-letters needs --output-dir FOLDER, where the letters are "
                        "written."));
    const std::optional<qint64> roundId = parseId(*job.round);
    if (!roundId)
        return usage(tr("--draft-letters needs the number of an interview round, such as 12; "
                        "“%1” is not one.")
                         .arg(*job.round));
    auto opened = openExisting(job.databasePath);
    if (!opened) {
        err << tr("No letters written: %1").arg(opened.error()) << Qt::endl;
        return Failure;
    }
    LetterStore store(opened.take());
    auto written = LetterFiles::writeRound(store, *roundId, *job.outputDirectory, QLocale().name());
    if (!written) {
        err << tr("No letters written: %1").arg(written.error()) << Qt::endl;
        return Failure;
    }
    if (written.value().isEmpty()) {
        out << tr("Every letter of round %1 was discarded, so none was written.").arg(*roundId)
            << Qt::endl;
        return Success;
    }
    for (const LetterFiles::Written &file : written.value())
        out << tr("%1: %2").arg(file.recipient, QDir::toNativeSeparators(file.path)) << Qt::endl;
    out << tr("Wrote %n letter(s).", nullptr, int(written.value().size())) << Qt::endl;
    return Success;
}
