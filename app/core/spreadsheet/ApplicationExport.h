#pragma once

#include "core/Database.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// Every application as CSV: UTF-8 without a byte-order mark, comma-separated, RFC 4180
// quoting, CRLF line ends, ISO dates, with the header
// company,role,stage,applied_on,location,salary_min,salary_max,currency,source,job_url,notes.
// A cell that begins with = + - or @ (or a tab or carriage return, which some programs skip
// before looking) gets a single quote in front, so a spreadsheet program shows it as text
// instead of running it as a formula; ApplicationImport takes that quote off again, so a
// file exported and imported again reads the same.
class ApplicationExport
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationExport)

public:
    static const QStringList &header();
    static Result<QByteArray> toCsv(const Database &database, int *count = nullptr);
    // The cell as written: neutralised when a spreadsheet would take it for a formula.
    static QString safeCell(const QString &value);
    // Written through a temporary file readable by the owner only, then renamed into place;
    // returns how many applications were written.
    static Result<int> write(const Database &database, const QString &path);
};
