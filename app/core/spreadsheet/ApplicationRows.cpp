#include "core/spreadsheet/ApplicationRows.h"

#include "core/Sql.h"

Result<QList<ApplicationRows::Row>> ApplicationRows::all(const Database &database)
{
    QSqlQuery query(database.sql());
    query.setForwardOnly(true);
    if (Status ok = Sql::exec(
            query,
            QStringLiteral(
                "SELECT c.name, a.role, s.name, a.applied_on, a.location, a.salary_min, "
                "a.salary_max, a.currency, a.source, a.job_url, a.notes "
                "FROM applications a JOIN companies c ON c.id = a.company_id "
                "JOIN stages s ON s.id = a.stage_id "
                "ORDER BY a.archived_at IS NOT NULL, a.archived_at, s.position, a.position, "
                "a.id"),
            {}, tr("The applications could not be read."));
        !ok)
        return ok;
    QList<Row> rows;
    while (query.next()) {
        Row row;
        ApplicationFields &f = row.fields;
        f.company = query.value(0).toString();
        f.role = query.value(1).toString();
        row.stage = query.value(2).toString();
        f.appliedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        f.location = query.value(4).toString();
        if (!query.value(5).isNull())
            f.salaryMin = query.value(5).toLongLong();
        if (!query.value(6).isNull())
            f.salaryMax = query.value(6).toLongLong();
        f.currency = query.value(7).toString();
        f.source = query.value(8).toString();
        f.jobUrl = query.value(9).toString();
        f.notes = query.value(10).toString();
        rows.append(row);
    }
    return rows;
}

QString ApplicationRows::duplicateKey(const QString &company, const QString &role)
{
    return company.simplified().toCaseFolded() + QLatin1Char('\n') +
           role.simplified().toCaseFolded();
}
