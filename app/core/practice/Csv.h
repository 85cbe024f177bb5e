#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// RFC 4180 comma-separated values: fields in double quotes may hold commas, quotes (doubled)
// and line breaks; records end in CRLF or LF. Strict: a quote inside an unquoted field,
// text after a closing quote or a quote never closed is an error naming its line.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    struct Record
    {
        int line = 0; // where the record starts, counting from 1
        QStringList fields;
    };

    static Result<QList<Record>> parse(const QString &text);
    // One record, CRLF-terminated; a field is quoted only where it has to be.
    static QString record(const QStringList &fields);
    static QString field(const QString &value);
};
