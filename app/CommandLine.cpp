#include "CommandLine.h"

#include "core/Database.h"
#include "core/SampleData.h"

#include <QDir>
#include <QTextStream>

bool CommandLine::wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--check" || arg == "--help" || arg == "-h" || arg == "--help-all"
            || arg == "--version" || arg == "-v" || arg == "-?")
            return true;
    }
    return false;
}

int CommandLine::check(const QString &path, bool addSampleData, QTextStream &out,
                       QTextStream &err)
{
    Database::Options options;
    // Checking a file that is not there should say so, not create it; with
    // --sample-data the point is to create and fill it.
    options.createIfMissing = addSampleData;
    auto opened = Database::open(path, options);
    if (!opened) {
        err << tr("Check failed: %1").arg(opened.error()) << Qt::endl;
        return Failure;
    }
    std::shared_ptr<Database> database = opened.take();
    out << tr("File: %1").arg(QDir::toNativeSeparators(database->path())) << Qt::endl;
    if (database->isReadOnly())
        out << tr("Opened read-only.") << Qt::endl;
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
