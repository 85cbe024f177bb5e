#pragma once

#include "TestSupport.h"

#include "core/RoundStore.h"
#include "core/RoundValidator.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTimeZone>

// Every row of every table, for "exactly as before" comparisons after undo and redo.
inline QStringList fullDump(const TestFile &file)
{
    return file.dump();
}

inline int rowCount(const TestFile &file, const QString &table)
{
    QSqlQuery query(file.database->sql());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        qFatal("could not count %s", qPrintable(table));
    return query.value(0).toInt();
}

// A round starting at a local date and time in a zone.
inline RoundFields roundAt(const QDate &date, const QTime &time,
                           const QString &zone = QStringLiteral("UTC"), int minutes = 60)
{
    RoundFields fields;
    fields.kind = RoundKind::Technical;
    fields.timeZoneId = zone;
    fields.start = RoundValidator::localToInstant(date, time, zone);
    fields.durationMinutes = minutes;
    return fields;
}

inline PersonFields personNamed(const QString &name, const QString &title = {})
{
    PersonFields person;
    person.name = name;
    person.title = title;
    return person;
}

template<typename T> T valueOf(Result<T> result)
{
    if (!result.ok())
        qFatal("unexpected failure: %s", qPrintable(result.error()));
    return result.take();
}
