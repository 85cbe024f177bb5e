#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

// Turns what SQLite says into a sentence a user can act on, keeping the technical text
// at the end for a bug report.
class SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrorText)

public:
    static QString describe(const QSqlError &error, const QString &whatFailed);
};
