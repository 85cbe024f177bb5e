#include "core/spreadsheet/ApplicationImport.h"

#include "core/ApplicationValidator.h"
#include "core/Clock.h"
#include "core/PipelineStore.h"
#include "core/Sql.h"
#include "core/StoredRows.h"
#include "core/Transaction.h"
#include "core/spreadsheet/ApplicationRows.h"
#include "core/spreadsheet/SalaryReading.h"
#include "core/text/PlainText.h"

#include <QSet>

using Field = SpreadsheetField::Field;

namespace {

// Text for a multi-line field: line breaks and tabs kept, other control characters and
// the invisible ones that reorder text removed.
QString cleanNotes(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
            !PlainText::isUnsafeInLine(c.unicode()))
            result += c;
    }
    return result.trimmed();
}

// The quote ApplicationExport puts before a cell a spreadsheet would run as a formula.
QString unquoted(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && triggers.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QString oneLine(const QString &cell)
{
    return PlainText::singleLine(unquoted(cell)).trimmed();
}

// Which field a validator problem is about, as a column of the file.
Field fieldOf(ApplicationValidator::Field field)
{
    using V = ApplicationValidator::Field;
    switch (field) {
    case V::Company:
        return Field::Company;
    case V::Role:
        return Field::Role;
    case V::JobUrl:
        return Field::JobUrl;
    case V::SalaryMin:
        return Field::SalaryMin;
    case V::SalaryMax:
        return Field::SalaryMax;
    case V::Currency:
        return Field::Currency;
    case V::AppliedOn:
        return Field::AppliedOn;
    case V::Location:
        return Field::Location;
    case V::Source:
        return Field::Source;
    case V::Deadline:
    case V::Excitement:
        break;
    }
    return Field::Ignore;
}

} // namespace

Result<QList<Field>> ApplicationImport::applyMap(const QString &map, const QStringList &headings,
                                                 QList<Field> columns)
{
    using R = Result<QList<Field>>;
    for (const QString &pair : map.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
        if (equals < 0)
            return R::failure(tr("“%1” in --map is not heading=field.").arg(pair.trimmed()));
        const QString heading = pair.left(equals).trimmed();
        const QString key = pair.mid(equals + 1).trimmed();
        const auto field = SpreadsheetField::fromKey(key);
        if (!field) {
            QStringList keys;
            for (Field known : SpreadsheetField::all())
                keys << SpreadsheetField::key(known);
            return R::failure(tr("“%1” in --map is not a field; use one of: %2.")
                                  .arg(key, keys.join(QStringLiteral(", "))));
        }
        qsizetype column = -1;
        for (qsizetype i = 0; i < headings.size(); ++i) {
            if (headings.at(i).compare(heading, Qt::CaseInsensitive) == 0) {
                column = i;
                break;
            }
        }
        if (column < 0)
            return R::failure(tr("The file has no column “%1” (its headings: %2).")
                                  .arg(heading, headings.join(QStringLiteral(", "))));
        if (*field != Field::Ignore) {
            for (Field &other : columns) {
                if (other == *field)
                    other = Field::Ignore;
            }
        }
        columns[column] = *field;
    }
    return columns;
}

qint64 ApplicationImport::defaultStage(const QList<StageInfo> &stages)
{
    QList<qint64> open;
    for (const StageInfo &stage : stages) {
        if (!stage.closed)
            open << stage.id;
    }
    if (open.size() >= 2)
        return open.at(1);
    if (!open.isEmpty())
        return open.first();
    return stages.isEmpty() ? 0 : stages.first().id;
}

QString ApplicationImport::stageKey(const QString &value)
{
    return PlainText::singleLine(value).simplified().toCaseFolded();
}

namespace {

qint64 stageNamed(const QList<StageInfo> &stages, const QString &key)
{
    for (const StageInfo &stage : stages) {
        if (ApplicationImport::stageKey(stage.name) == key)
            return stage.id;
    }
    return 0;
}

} // namespace

QStringList ApplicationImport::unknownStageValues(const SpreadsheetFile &file,
                                                  const ImportMapping &mapping,
                                                  const QList<StageInfo> &stages)
{
    QStringList values;
    QSet<QString> seen;
    for (qsizetype column = 0; column < mapping.columns.size(); ++column) {
        if (mapping.columns.at(column) != Field::Stage)
            continue;
        for (const SpreadsheetFile::Row &row : file.rows) {
            const QString value = PlainText::singleLine(row.cells.value(column)).simplified();
            const QString key = stageKey(value);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            if (!stageNamed(stages, key) && !mapping.stageValues.contains(key))
                values << value;
        }
    }
    return values;
}

QString ApplicationImport::fileCurrency(const SpreadsheetFile &file, const ImportMapping &mapping)
{
    QHash<QString, int> counts;
    for (qsizetype column = 0; column < mapping.columns.size(); ++column) {
        const Field field = mapping.columns.at(column);
        if (field != Field::Salary && field != Field::SalaryMin && field != Field::SalaryMax &&
            field != Field::Currency)
            continue;
        for (const SpreadsheetFile::Row &row : file.rows) {
            const QString cell = row.cells.value(column);
            const auto currency = field == Field::Currency ? SalaryReading::readCurrency(cell)
                                                           : Result<QString>(QString());
            if (field == Field::Currency) {
                if (currency && !currency.value().isEmpty())
                    ++counts[currency.value()];
                continue;
            }
            const auto salary = SalaryReading::read(cell);
            if (salary && !salary.value().currency.isEmpty())
                ++counts[salary.value().currency];
        }
    }
    QString best;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

ImportMapping ApplicationImport::guess(const SpreadsheetFile &file, const QList<StageInfo> &stages,
                                       const QLocale &locale)
{
    ImportMapping mapping;
    mapping.columns = SpreadsheetField::guessAll(file.headings);
    mapping.defaultStageId = defaultStage(stages);
    QStringList dates;
    for (qsizetype column = 0; column < mapping.columns.size(); ++column) {
        if (mapping.columns.at(column) != Field::AppliedOn)
            continue;
        for (const SpreadsheetFile::Row &row : file.rows)
            dates << row.cells.value(column);
    }
    mapping.dateOrder = DateReading::orderFor(dates, locale);
    // "XXX" is ISO's "no currency", which locales without one may report.
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    if (code != QLatin1String("XXX"))
        mapping.fallbackCurrency = code;
    return mapping;
}

Result<ApplicationImportPlan> ApplicationImport::plan(const PipelineStore &store,
                                                      const SpreadsheetFile &file,
                                                      const ImportMapping &mapping,
                                                      const QDate &today)
{
    using R = Result<ApplicationImportPlan>;
    if (mapping.columns.size() != file.headings.size())
        return R::failure(tr("The mapping does not match the file's columns."));
    // Each field from one column; notes may gather several.
    QHash<Field, int> columnOf;
    for (int column = 0; column < mapping.columns.size(); ++column) {
        const Field field = mapping.columns.at(column);
        if (field == Field::Ignore || field == Field::Notes)
            continue;
        if (columnOf.contains(field))
            return R::failure(tr("Both %1 and %2 are set to “%3”; choose one of them.")
                                  .arg(file.columnName(columnOf.value(field)),
                                       file.columnName(column), SpreadsheetField::label(field)));
        columnOf.insert(field, column);
    }
    if (!columnOf.contains(Field::Company))
        return R::failure(tr("Choose the column that holds the company."));
    if (!columnOf.contains(Field::Role))
        return R::failure(tr("Choose the column that holds the role."));
    if (columnOf.contains(Field::Salary) &&
        (columnOf.contains(Field::SalaryMin) || columnOf.contains(Field::SalaryMax)))
        return R::failure(tr("Choose either one salary column or columns for the salary's "
                             "range, not both."));

    auto stages = store.stages();
    if (!stages)
        return stages.status();
    auto existing = ApplicationRows::all(store.database());
    if (!existing)
        return existing.status();
    QSet<QString> keys;
    for (const ApplicationRows::Row &row : existing.value())
        keys.insert(ApplicationRows::duplicateKey(row.fields.company, row.fields.role));
    const qint64 defaultStageId =
        mapping.defaultStageId ? mapping.defaultStageId : defaultStage(stages.value());
    QString currencyFallback = fileCurrency(file, mapping);
    if (currencyFallback.isEmpty())
        currencyFallback = mapping.fallbackCurrency;

    ApplicationImportPlan plan;
    for (const SpreadsheetFile::Row &row : file.rows) {
        const auto where = [&](int column) {
            return file.where(row.line, column);
        };
        PlannedApplication planned;
        planned.line = row.line;
        planned.stageId = defaultStageId;
        ApplicationFields &f = planned.fields;
        QString salaryCurrency;
        QString currencyCell;
        for (int column = 0; column < mapping.columns.size(); ++column) {
            const QString cell = row.cells.value(column);
            switch (mapping.columns.at(column)) {
            case Field::Ignore:
                break;
            case Field::Company:
                f.company = oneLine(cell);
                break;
            case Field::Role:
                f.role = oneLine(cell);
                break;
            case Field::Location:
                f.location = oneLine(cell);
                break;
            case Field::Source:
                f.source = oneLine(cell);
                break;
            case Field::JobUrl:
                f.jobUrl = oneLine(cell);
                break;
            case Field::Notes: {
                const QString notes = cleanNotes(unquoted(cell));
                if (!notes.isEmpty())
                    f.notes += (f.notes.isEmpty() ? QString() : QStringLiteral("\n\n")) + notes;
                break;
            }
            case Field::Stage: {
                const QString key = stageKey(cell);
                if (key.isEmpty())
                    break;
                qint64 id = stageNamed(stages.value(), key);
                if (!id)
                    id = mapping.stageValues.value(key);
                if (!id)
                    return R::failure(where(column) +
                                      tr("“%1” is not a stage. Choose a stage for it, or rename "
                                         "it to one of the stages.")
                                          .arg(oneLine(cell).left(40)));
                planned.stageId = id;
                break;
            }
            case Field::AppliedOn: {
                auto date = DateReading::read(cell, mapping.dateOrder);
                if (!date)
                    return R::failure(where(column) + date.error());
                f.appliedOn = date.value();
                break;
            }
            case Field::Salary: {
                auto salary = SalaryReading::read(cell);
                if (!salary)
                    return R::failure(where(column) + salary.error());
                f.salaryMin = salary.value().minimum;
                f.salaryMax = salary.value().maximum;
                salaryCurrency = salary.value().currency;
                break;
            }
            case Field::SalaryMin:
            case Field::SalaryMax: {
                auto salary = SalaryReading::readAmount(cell);
                if (!salary)
                    return R::failure(where(column) + salary.error());
                (mapping.columns.at(column) == Field::SalaryMin ? f.salaryMin : f.salaryMax) =
                    salary.value().minimum;
                if (!salary.value().currency.isEmpty())
                    salaryCurrency = salary.value().currency;
                break;
            }
            case Field::Currency: {
                auto currency = SalaryReading::readCurrency(cell);
                if (!currency)
                    return R::failure(where(column) + currency.error());
                currencyCell = currency.value();
                break;
            }
            }
        }
        if (!currencyCell.isEmpty() && !salaryCurrency.isEmpty() && currencyCell != salaryCurrency)
            return R::failure(where(columnOf.value(Field::Currency)) +
                              tr("the currency %1 differs from the salary's %2.")
                                  .arg(currencyCell, salaryCurrency));
        f.currency = !currencyCell.isEmpty() ? currencyCell : salaryCurrency;
        const bool hasSalary = f.salaryMin || f.salaryMax;
        if (hasSalary && f.currency.isEmpty())
            f.currency = currencyFallback;
        if (!hasSalary && !columnOf.contains(Field::Currency))
            f.currency.clear();
        if (hasSalary && f.currency.isEmpty()) {
            const int column = columnOf.value(
                Field::Salary, columnOf.value(Field::SalaryMin, columnOf.value(Field::SalaryMax)));
            return R::failure(where(column) + tr("the salary has no currency. Add a currency "
                                                 "column, or write it like 70.000 € or "
                                                 "70000 EUR."));
        }
        const auto problems = ApplicationValidator::validate(f, today);
        if (!problems.isEmpty()) {
            const auto &problem = problems.first();
            Field field = fieldOf(problem.field);
            if ((field == Field::SalaryMin || field == Field::SalaryMax) &&
                columnOf.contains(Field::Salary))
                field = Field::Salary;
            if (field == Field::Currency && !columnOf.contains(Field::Currency))
                field = columnOf.contains(Field::Salary) ? Field::Salary : Field::SalaryMin;
            const int column = columnOf.value(field, columnOf.value(Field::Company));
            return R::failure(where(column) + problem.message);
        }
        const QString key = ApplicationRows::duplicateKey(f.company, f.role);
        if (keys.contains(key)) {
            ++plan.alreadyThere;
            continue;
        }
        keys.insert(key);
        plan.applications.append(planned);
    }
    return plan;
}

Result<ImportedApplications> ApplicationImport::write(PipelineStore &store,
                                                      const ApplicationImportPlan &plan)
{
    using R = Result<ImportedApplications>;
    Transaction transaction(store.database());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto stages = store.stages();
    if (!stages)
        return stages.status();
    QHash<qint64, QString> stageNames;
    for (const StageInfo &stage : stages.value())
        stageNames.insert(stage.id, stage.name);
    // New cards go below the ones already in each column.
    auto cards = store.cards();
    if (!cards)
        return cards.status();
    QHash<qint64, int> nextPosition;
    for (const CardInfo &card : cards.value())
        nextPosition[card.stageId] = std::max(nextPosition.value(card.stageId), card.position + 1);
    // A company is new when its id is above every id there before: asking "was the name
    // there?" would need the database's own idea of case (NOCASE folds only ASCII), and a
    // company missed here would stay behind on undo.
    auto lastCompany = Sql::scalar(store.database().sql(),
                                   QStringLiteral("SELECT coalesce(max(id), 0) FROM companies"), {},
                                   tr("The companies could not be read."));
    if (!lastCompany)
        return lastCompany.status();
    const qint64 lastCompanyBefore = lastCompany.value().toLongLong();
    QSet<qint64> createdCompanies;

    ImportedApplications imported;
    const QDateTime now = Clock::nowUtc();
    for (const PlannedApplication &planned : plan.applications) {
        if (!stageNames.contains(planned.stageId))
            return R::failure(tr("Line %1: its stage no longer exists.").arg(planned.line));
        auto company = store.findOrCreateCompany(planned.fields.company);
        if (!company)
            return R::failure(tr("Line %1: %2").arg(planned.line).arg(company.error()));
        if (company.value() > lastCompanyBefore && !createdCompanies.contains(company.value())) {
            createdCompanies.insert(company.value());
            imported.createdCompanyIds << company.value();
        }
        const int position = nextPosition.value(planned.stageId);
        auto id = store.insertApplication(company.value(), planned.fields, planned.stageId,
                                          position, now, now);
        if (!id)
            return R::failure(tr("Line %1: %2").arg(planned.line).arg(id.error()));
        nextPosition[planned.stageId] = position + 1;
        auto history = store.addHistory(id.value(), {},
                                        {planned.stageId, stageNames.value(planned.stageId)}, now);
        if (!history)
            return R::failure(tr("Line %1: %2").arg(planned.line).arg(history.error()));
        imported.applicationIds << id.value();
    }
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return imported;
}

Result<QList<ApplicationSnapshot>> ApplicationImport::snapshot(const PipelineStore &store,
                                                               const ImportedApplications &imported)
{
    // Read in three statements for the whole import, not a PipelineStore::snapshot per
    // application (each finds its dependants on its own: seconds for thousands of rows).
    // The dependants of all of them (their history) ride on the snapshot restored last:
    // restoreApplications puts applications back in (stage, position) order, so every
    // application is there before any of its dependants.
    const QSqlDatabase db = store.database().sql();
    const QString failed = tr("The imported applications could not be read.");
    auto rows = StoredRows::read(
        db,
        QStringLiteral("SELECT * FROM applications WHERE id IN (SELECT value FROM json_each(?)) "
                       "ORDER BY stage_id, position"),
        {Sql::idArray(imported.applicationIds)}, failed);
    if (!rows)
        return rows.status();
    if (rows.value().size() != imported.applicationIds.size())
        return Result<QList<ApplicationSnapshot>>::failure(
            tr("Some of the imported applications are no longer there."));
    auto companies = StoredRows::read(
        db, QStringLiteral("SELECT * FROM companies WHERE id IN (SELECT value FROM json_each(?))"),
        {Sql::idArray(imported.createdCompanyIds)}, failed);
    if (!companies)
        return companies.status();
    QHash<qint64, QVariantMap> createdCompanies;
    for (const QVariantMap &company : companies.value())
        createdCompanies.insert(company.value(QStringLiteral("id")).toLongLong(), company);
    auto dependants =
        CascadeSnapshot::take(db, QStringLiteral("applications"), imported.applicationIds);
    if (!dependants)
        return dependants.status();

    QList<ApplicationSnapshot> snapshots;
    snapshots.reserve(rows.value().size());
    for (const QVariantMap &row : rows.value()) {
        ApplicationSnapshot snapshot;
        snapshot.row = row;
        // A created company goes back with the first of its applications.
        snapshot.company = createdCompanies.take(snapshot.companyId());
        snapshots << snapshot;
    }
    if (!snapshots.isEmpty())
        snapshots.last().dependants = dependants.take();
    return snapshots;
}

Result<RemovedApplications> ApplicationImport::remove(PipelineStore &store,
                                                      const ImportedApplications &imported)
{
    Transaction transaction(store.database());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    RemovedApplications removed;
    auto snapshots = snapshot(store, imported);
    if (!snapshots)
        return snapshots.status();
    removed.applications = snapshots.take();
    // The last card first: each is then at the bottom of its column when it goes, so no
    // other card has to move up.
    QList<qint64> ids = imported.applicationIds;
    std::reverse(ids.begin(), ids.end());
    auto companies = store.deleteApplicationsAndUnusedCompanies(ids, imported.createdCompanyIds);
    if (!companies)
        return companies.status();
    removed.companies = companies.take();
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return removed;
}

Status ApplicationImport::restore(PipelineStore &store, const RemovedApplications &removed)
{
    Transaction transaction(store.database());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    // The reverse of remove: the companies with what was kept about them, then the
    // applications. Links are checked at commit, as some rows may point at ones put back later.
    if (Status ok =
            Sql::run(store.database().sql(), QStringLiteral("PRAGMA defer_foreign_keys = ON"), {},
                     tr("The imported applications could not be put back."));
        !ok)
        return ok;
    for (const CompanySnapshot &company : removed.companies)
        if (Status ok = store.restoreCompany(company); !ok)
            return ok;
    if (Status ok = store.restoreApplications(removed.applications); !ok)
        return ok;
    return transaction.commit();
}
