#include "core/spreadsheet/ApplicationExport.h"

#include "core/files/OwnerOnlyFiles.h"
#include "core/spreadsheet/ApplicationRows.h"
#include "core/text/Csv.h"

#include <QDir>
#include <QSaveFile>

const QStringList &ApplicationExport::header()
{
    static const QStringList names = {
        QStringLiteral("company"),    QStringLiteral("role"),     QStringLiteral("stage"),
        QStringLiteral("applied_on"), QStringLiteral("location"), QStringLiteral("salary_min"),
        QStringLiteral("salary_max"), QStringLiteral("currency"), QStringLiteral("source"),
        QStringLiteral("job_url"),    QStringLiteral("notes")};
    return names;
}

QString ApplicationExport::safeCell(const QString &value)
{
    if (value.isEmpty())
        return value;
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return triggers.contains(value.at(0)) ? QLatin1Char('\'') + value : value;
}

Result<QByteArray> ApplicationExport::toCsv(const Database &database, int *count)
{
    auto rows = ApplicationRows::all(database);
    if (!rows)
        return rows.status();
    if (count)
        *count = int(rows.value().size());
    const auto number = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : QString();
    };
    QString out = Csv::record(header());
    for (const ApplicationRows::Row &row : rows.value()) {
        const ApplicationFields &f = row.fields;
        QStringList cells = {f.company,
                             f.role,
                             row.stage,
                             f.appliedOn.isValid() ? f.appliedOn.toString(Qt::ISODate) : QString(),
                             f.location,
                             number(f.salaryMin),
                             number(f.salaryMax),
                             f.currency,
                             f.source,
                             f.jobUrl,
                             f.notes};
        for (QString &cell : cells)
            cell = safeCell(cell);
        out += Csv::record(cells);
    }
    return out.toUtf8();
}

Result<int> ApplicationExport::write(const Database &database, const QString &path)
{
    int count = 0;
    auto csv = toCsv(database, &count);
    if (!csv)
        return csv.status();
    const QString shown = QDir::toNativeSeparators(path);
    OwnerOnlyFiles ownerOnly;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(
            tr("“%1” cannot be written: %2").arg(shown, file.errorString()));
    if (file.write(csv.value()) != csv.value().size() || !file.commit())
        return Result<int>::failure(
            tr("“%1” could not be written completely: %2").arg(shown, file.errorString()));
    return count;
}
