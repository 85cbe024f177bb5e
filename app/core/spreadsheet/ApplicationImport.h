#pragma once

#include "core/PipelineTypes.h"
#include "core/Result.h"
#include "core/spreadsheet/DateReading.h"
#include "core/spreadsheet/SpreadsheetField.h"
#include "core/spreadsheet/SpreadsheetFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class PipelineStore;

// How the columns of a file become applications; the import dialog and --map fill it in.
struct ImportMapping
{
    QList<SpreadsheetField::Field> columns; // one per heading
    DateReading::Order dateOrder = DateReading::Order::DayFirst;
    // Where rows without a stage go (ApplicationImport::defaultStage when 0).
    qint64 defaultStageId = 0;
    // Stage values that are no stage's name, folded (ApplicationImport::stageKey), to the
    // stage the user chose for them.
    QHash<QString, qint64> stageValues;
    // For a salary without a currency of its own (no column, no sign): the one most used
    // elsewhere in the file, else this (the locale's), else the row is refused.
    QString fallbackCurrency;
};

struct PlannedApplication
{
    int line = 0;
    ApplicationFields fields;
    qint64 stageId = 0;
};

struct ApplicationImportPlan
{
    QList<PlannedApplication> applications; // new ones, in file order
    int alreadyThere = 0;                   // rows skipped: same company and role
};

// What an import wrote, enough to take it back exactly.
struct ImportedApplications
{
    QList<qint64> applicationIds;
    QList<qint64> createdCompanyIds; // companies that did not exist before
};

// What undoing an import took away, as it was then, so redo puts back exactly that.
struct RemovedApplications
{
    QList<ApplicationSnapshot> applications;
    // The companies the import created, with what the database removed along with them
    // (research notes written since, which are saved outside the undo history).
    QList<CompanySnapshot> companies;
};

// Applications from a spreadsheet. A file is checked whole before anything is written: the
// first cell that cannot be read refuses the file, naming its line and column, and nothing
// is imported. Applications already there (same company and role, ignoring case) and
// repeats inside the file are skipped and counted. New cards go to the bottom of their
// stage's column; the whole import is one transaction.
class ApplicationImport
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationImport)

public:
    // --map "Firma=company,Stelle=role": headings (ignoring case) to field keys over the
    // guessed mapping; a field named there is taken from every other column.
    static Result<QList<SpreadsheetField::Field>> applyMap(const QString &map,
                                                           const QStringList &headings,
                                                           QList<SpreadsheetField::Field> columns);

    // The second open stage (Applied, with the default stages), else the first.
    static qint64 defaultStage(const QList<StageInfo> &stages);
    static QString stageKey(const QString &value);
    // Stage cells that name no stage and have no choice in the mapping yet, each once, in
    // the order they first appear.
    static QStringList unknownStageValues(const SpreadsheetFile &file, const ImportMapping &mapping,
                                          const QList<StageInfo> &stages);
    // The most used currency of the file's salary cells, or empty.
    static QString fileCurrency(const SpreadsheetFile &file, const ImportMapping &mapping);
    // A mapping guessed from the headings, the date order from the dates and the locale.
    static ImportMapping guess(const SpreadsheetFile &file, const QList<StageInfo> &stages,
                               const QLocale &locale);

    // Reads every row; refuses the file at the first problem. Reads the database (stages,
    // the applications already there) but writes nothing.
    static Result<ApplicationImportPlan> plan(const PipelineStore &store,
                                              const SpreadsheetFile &file,
                                              const ImportMapping &mapping, const QDate &today);
    // Writes the plan in one transaction: all of it or nothing.
    static Result<ImportedApplications> write(PipelineStore &store,
                                              const ApplicationImportPlan &plan);

    // Undo support, each one transaction: delete what an import wrote, returning it as it
    // was, and put that back.
    static Result<RemovedApplications> remove(PipelineStore &store,
                                              const ImportedApplications &imported);
    static Status restore(PipelineStore &store, const RemovedApplications &removed);

private:
    static Result<QList<ApplicationSnapshot>> snapshot(const PipelineStore &store,
                                                       const ImportedApplications &imported);
};
