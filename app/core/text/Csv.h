#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// RFC 4180 separated values (comma by default; semicolon and tab for what spreadsheet
// programs write in some locales): fields in double quotes may hold delimiters, quotes
// (doubled) and line breaks; records end in CRLF, LF or CR. Strict: a quote inside an
// unquoted field, text after a closing quote or a quote never closed is an error naming its
// line and column.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    struct Record
    {
        int line = 0; // where the record starts, counting from 1
        QStringList fields;
    };

    static Result<QList<Record>> parse(const QString &text, QChar delimiter = QLatin1Char(','));
    // The delimiter of a spreadsheet export: of comma, semicolon and tab, the one found
    // outside quotes on the first line that has any of them (most often; comma on a tie or
    // when there is none), so a one-column file reads as one column.
    static QChar detectDelimiter(const QString &text);
    // One record, CRLF-terminated; a field is quoted only where it has to be.
    static QString record(const QStringList &fields, QChar delimiter = QLatin1Char(','));
    static QString field(const QString &value, QChar delimiter = QLatin1Char(','));
};
