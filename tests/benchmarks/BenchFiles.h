#pragma once

#include "core/Database.h"
#include "core/SampleData.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// The heavy files the round benchmarks and the start-up comparison run on: 10,000 sample
// applications, each with exactly one round ahead, or with that round and three done ones
// 30 to 110 days back. Each round lists one of the company's people when it has any.
// Functions return an empty string on success, else what went wrong.
namespace BenchFiles {

inline constexpr int Applications = 10000;

inline QString makeSample(const QString &path, int applications)
{
    auto db = Database::open(path);
    if (!db.ok())
        return db.error();
    auto filled = SampleData::fill(*db.value(), applications, 7);
    return filled.ok() ? QString() : filled.error();
}

// The rounds are dated around 2026-11-20 09:30 UTC, the benchmarks' fixed clock.
inline QString setRounds(const QString &path, int rounds)
{
    auto opened = Database::open(path);
    if (!opened.ok())
        return opened.error();
    QSqlQuery query(opened.value()->sql());
    const QStringList statements = {
        QStringLiteral("BEGIN"),
        QStringLiteral("DELETE FROM rounds"),
        QStringLiteral("UPDATE applications SET archived_at = NULL"),
        QStringLiteral("INSERT INTO rounds (application_id, uid, kind, starts_at, time_zone, "
                       "duration_minutes, status, outcome, created_at, updated_at) "
                       "SELECT a.id, 'bench-' || a.id || '-' || k.n || '@secondround', 'video', "
                       "strftime('%Y-%m-%dT%H:%M:00.000Z', '2026-11-20 09:00', "
                       "CASE k.n WHEN 1 THEN '+' || (1 + a.id % 40) ELSE '-' || (30 * (k.n - 1) + "
                       "a.id % 20) END || ' days', '+' || (a.id % 8) || ' hours'), "
                       "'Europe/Berlin', 60, CASE k.n WHEN 1 THEN 'scheduled' ELSE 'done' END, '', "
                       "'2026-08-01T09:00:00.000Z', '2026-08-01T09:00:00.000Z' "
                       "FROM applications a, (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 "
                       "UNION ALL SELECT 4) k WHERE k.n <= %1")
            .arg(rounds),
        QStringLiteral("INSERT INTO round_people (round_id, person_id, position) "
                       "SELECT r.id, p.id, 0 FROM rounds r "
                       "JOIN applications a ON a.id = r.application_id "
                       "JOIN (SELECT company_id, min(id) AS id FROM people GROUP BY "
                       "company_id) p ON p.company_id = a.company_id"),
        QStringLiteral("COMMIT")};
    for (const QString &statement : statements)
        if (!query.exec(statement))
            return query.lastError().text();
    return {};
}

} // namespace BenchFiles
