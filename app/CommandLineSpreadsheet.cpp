// The window-less spreadsheet jobs of CommandLine: --import-applications and
// --export-applications.
#include "CommandLine.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/spreadsheet/ApplicationExport.h"
#include "core/spreadsheet/ApplicationImport.h"
#include "core/spreadsheet/SpreadsheetFile.h"

#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << message << Qt::endl;
    return CommandLine::Failure;
}

} // namespace

int CommandLine::runSpreadsheetJob(const SpreadsheetJob &job, QTextStream &out, QTextStream &err)
{
    const auto usage = [&err](const QString &message) {
        err << message << Qt::endl << tr("See --help for the options.") << Qt::endl;
        return UsageError;
    };
    if (job.importPath && job.exportPath)
        return usage(tr("Use either --import-applications or --export-applications, not both "
                        "at once."));
    if (job.map && !job.importPath)
        return usage(tr("--map goes with --import-applications."));
    if (job.otherJob)
        return usage(tr("--import-applications and --export-applications cannot be combined "
                        "with other jobs."));
    const QString file = job.importPath ? *job.importPath : job.exportPath.value_or(QString());
    if (file.trimmed().isEmpty())
        return usage(job.importPath
                         ? tr("--import-applications needs the name of the file to read.")
                         : tr("--export-applications needs the name of the file to write."));
    Database::Options options;
    // Reading from or writing to a file that is not there would only hide a wrong path.
    options.createIfMissing = false;
    auto opened = Database::open(
        job.databasePath.isEmpty() ? Database::defaultPath() : job.databasePath, options);
    const QString failed = job.importPath ? tr("Import failed: %1") : tr("Export failed: %1");
    if (!opened)
        return fail(err, failed.arg(opened.error()));
    std::shared_ptr<Database> database = opened.take();

    if (job.exportPath) {
        auto written = ApplicationExport::write(*database, file);
        if (!written)
            return fail(err, failed.arg(written.error()));
        out << tr("Exported %n application(s) to %1", nullptr, written.value())
                   .arg(QDir::toNativeSeparators(file))
            << Qt::endl;
        return Success;
    }

    auto sheet = SpreadsheetFile::read(file);
    if (!sheet)
        return fail(err, failed.arg(sheet.error()));
    PipelineStore store(database);
    auto stages = store.stages();
    if (!stages)
        return fail(err, failed.arg(stages.error()));
    ImportMapping mapping = ApplicationImport::guess(sheet.value(), stages.value(), QLocale());
    if (job.map) {
        auto columns =
            ApplicationImport::applyMap(*job.map, sheet.value().headings, mapping.columns);
        if (!columns)
            return usage(columns.error());
        mapping.columns = columns.take();
        // The dates' order is read again from the column --map chose.
        QStringList dates;
        for (qsizetype column = 0; column < mapping.columns.size(); ++column) {
            if (mapping.columns.at(column) != SpreadsheetField::AppliedOn)
                continue;
            for (const SpreadsheetFile::Row &row : sheet.value().rows)
                dates << row.cells.value(column);
        }
        mapping.dateOrder = DateReading::orderFor(dates, QLocale());
    }
    auto plan = ApplicationImport::plan(store, sheet.value(), mapping, Clock::today());
    if (!plan)
        return fail(err, failed.arg(plan.error()));
    auto imported = ApplicationImport::write(store, plan.value());
    if (!imported)
        return fail(err, failed.arg(imported.error()));
    out << tr("%n added, ", nullptr, int(imported.value().applicationIds.size()))
        << tr("%n already there", nullptr, plan.value().alreadyThere) << Qt::endl;
    return Success;
}
