#pragma once

#include "TestSupport.h"
#include "core/RoundStore.h"
#include "core/letters/LetterStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

// A file with letters: the shared TestFile plus a round store, a letter store and quick ways
// to make an application with a round and people in it. The fixed clock reads
// 2026-11-20 09:30 UTC.
struct LetterFile : TestFile
{
    LetterFile()
        : rounds(database)
        , letters(database)
    {}

    static QDateTime now() { return Clock::nowUtc(); }

    // A round of the application that started `hoursAgo` hours before now (negative: ahead).
    qint64 round(qint64 application, double hoursAgo, const QStringList &people = {},
                 RoundKind kind = RoundKind::Video, int minutes = 60)
    {
        RoundFields fields;
        fields.kind = kind;
        fields.start = now()
                           .addSecs(qint64(-hoursAgo * 3600))
                           .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        fields.timeZoneId = QStringLiteral("Europe/Berlin");
        fields.durationMinutes = minutes;
        const qint64 company = rounds.companyOfApplication(application).value();
        for (const QString &name : people) {
            PersonFields person;
            person.name = name;
            QString local; // ASCII letters only, so every address is a usable one
            for (const QChar c : name.toLower())
                if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                    local += c;
            person.email = local + QStringLiteral("@example.com");
            auto id = rounds.createPerson(company, person);
            if (!id)
                qFatal("could not add person: %s", qPrintable(id.error()));
            fields.peopleIds << id.value();
        }
        auto id = rounds.createRound(application, fields);
        if (!id)
            qFatal("could not add round: %s", qPrintable(id.error()));
        return id.value();
    }

    // Every row of every table, the letters' ones included.
    QStringList fullDump() const
    {
        QStringList lines = dump();
        for (const QString &table :
             {QStringLiteral("letters"), QStringLiteral("letter_templates")}) {
            QSqlQuery query(database->sql());
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                       : query.value(i).toString());
                lines << table + QLatin1Char(':') + fields.join(QLatin1Char('|'));
            }
        }
        return lines;
    }

    int count(const QString &sql) const
    {
        QSqlQuery query(database->sql());
        query.exec(sql);
        query.next();
        return query.value(0).toInt();
    }

    RoundStore rounds;
    LetterStore letters;
};
