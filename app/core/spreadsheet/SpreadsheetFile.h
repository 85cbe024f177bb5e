#pragma once

#include "core/Result.h"
#include "core/text/TextDecoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A spreadsheet export read whole: its encoding and delimiter found out, its first record
// taken as the headings, blank lines dropped, and empty columns at the right end (which
// spreadsheet programs add freely) cut off.
class SpreadsheetFile
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetFile)

public:
    static constexpr qint64 MaximumBytes = 20 * 1024 * 1024;
    static constexpr int MaximumColumns = 200;

    struct Row
    {
        int line = 0;      // where the row starts in the file, counting from 1
        QStringList cells; // as many as there are headings
    };

    TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList headings;
    QList<Row> rows;

    static Result<SpreadsheetFile> read(const QString &path);
    static Result<SpreadsheetFile> parse(const QByteArray &bytes);

    // "column 3 (Gehalt)": how messages name a column.
    QString columnName(int column) const;
    // "Line 7, column 3 (Gehalt): " — the start of every message about one cell.
    QString where(int line, int column) const;
};
