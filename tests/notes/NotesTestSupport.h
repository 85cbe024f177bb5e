#pragma once

#include "RoundTestSupport.h"

#include "core/notes/NotesStore.h"

// Every row of every notes table (and the search index), for "exactly as before".
inline QStringList notesDump(const TestFile &file)
{
    QStringList lines = fullDump(file);
    for (const QString &table :
         {QStringLiteral("round_notes"), QStringLiteral("company_research"),
          QStringLiteral("application_salary"), QStringLiteral("round_checklist"),
          QStringLiteral("carried_decisions")}) {
        QSqlQuery query(file.database->sql());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            qFatal("could not dump %s", qPrintable(table));
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                   : query.value(i).toString());
            lines << table + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        }
    }
    QSqlQuery search(file.database->sql());
    if (!search.exec(QStringLiteral("SELECT rowid, body FROM notes_search ORDER BY rowid")))
        qFatal("could not dump the search index");
    while (search.next())
        lines << QStringLiteral("notes_search:%1|%2")
                     .arg(search.value(0).toString(), search.value(1).toString());
    return lines;
}

// Notes with every field filled, each value distinct.
inline RoundNotes fullNotes(const QString &tag)
{
    RoundNotes notes;
    notes.sellingPoints = tag + QStringLiteral(" selling point");
    notes.requirements = tag + QStringLiteral(" requirement: evidence");
    notes.questionsToAsk =
        tag + QStringLiteral(" question one?\n") + tag + QStringLiteral(" question two?");
    notes.logistics = tag + QStringLiteral(" arrive 9:50");
    notes.questionsAsked = tag + QStringLiteral(" tell me about yourself");
    notes.weakAnswers = tag + QStringLiteral(" weak answer");
    notes.concerns = tag + QStringLiteral(" concern");
    notes.clues = tag + QStringLiteral(" clue");
    notes.nextSteps = tag + QStringLiteral(" next step");
    notes.followUpOn = QDate(2026, 12, 1);
    notes.gutFeeling = 4;
    return notes;
}
