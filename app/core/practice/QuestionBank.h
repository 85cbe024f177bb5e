#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The questions SecondRound ships with (resources/practice/questions_<lang>.txt), seeded
// once into every file when the practice tables are made, in the language of the user
// interface (English, German, French or Spanish).
class QuestionBank
{
    Q_DECLARE_TR_FUNCTIONS(QuestionBank)

public:
    struct Entry
    {
        QString category;
        QString audience;
        QString text;
    };

    // The interface's language: "en", "de", "fr" or "es".
    static QString languageForUi();
    static Result<QList<Entry>> entries(const QString &language);
    static Result<QList<Entry>> parse(const QString &text);
    // Inserts the bank in the language of the user interface.
    static Status seed(QSqlDatabase &db);
    static Status seed(QSqlDatabase &db, const QString &language);
};
