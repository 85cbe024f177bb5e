#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The settings table: choices that belong to the file (the user's name in letters, the
// practice retention), not to the computer, which keeps its own in AppSettings. Every
// feature reads and writes them here, so the table has one writer.
class FileSettings
{
    Q_DECLARE_TR_FUNCTIONS(FileSettings)

public:
    // The stored text, or a null QString when the key was never written.
    static Result<QString> value(const QSqlDatabase &db, const QString &key,
                                 const QString &whatFailed);
    static Status setValue(const QSqlDatabase &db, const QString &key, const QString &value,
                           const QString &whatFailed);
};
