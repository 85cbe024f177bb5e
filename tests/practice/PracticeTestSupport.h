#pragma once

#include "core/RoundStore.h"
#include "core/practice/PracticeStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

// Every row of the practice tables, for "exactly as before" comparisons.
inline QStringList practiceDump(const Database &database)
{
    QStringList lines;
    for (const char *table : {"questions", "stories", "question_stories", "question_applications",
                              "reviews", "round_questions", "settings", "applications", "rounds"}) {
        QSqlQuery query(database.sql());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                   : query.value(i).toString());
            lines << QLatin1String(table) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        }
    }
    return lines;
}

inline qint64 addRound(RoundStore &rounds, qint64 applicationId, const QDateTime &startUtc,
                       RoundKind kind = RoundKind::Video, RoundReason reason = RoundReason::Unknown)
{
    RoundFields fields;
    fields.kind = kind;
    fields.reason = reason;
    fields.start = startUtc;
    fields.timeZoneId = QStringLiteral("UTC");
    auto id = rounds.createRound(applicationId, fields);
    if (!id.ok())
        qFatal("could not add round: %s", qPrintable(id.error()));
    return id.value();
}

inline int countRows(const Database &database, const QString &statement)
{
    QSqlQuery query(database.sql());
    query.exec(statement);
    query.next();
    return query.value(0).toInt();
}
