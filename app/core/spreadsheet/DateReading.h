#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

// Dates as spreadsheets export them: ISO (2024-03-05, also with a time after it),
// 05.03.2024 (always day first), and 05/03/2024, which is day first in most of the world
// and month first in the United States. Two-digit years are 20xx.
class DateReading
{
    Q_DECLARE_TR_FUNCTIONS(DateReading)

public:
    enum class Order { DayFirst, MonthFirst };

    // The order the locale writes its short dates in.
    static Order orderOf(const QLocale &locale);
    // The order a column's own dates prove (a first part above 12 means day first, a second
    // part above 12 month first); the locale's when none of them tells.
    static Order orderFor(const QStringList &cells, const QLocale &locale);

    // An empty cell is an invalid date; a cell that is no date is an error saying why.
    static Result<QDate> read(const QString &cell, Order order);
    // True for a slash date both readings accept as different days (03/04/2024).
    static bool isAmbiguous(const QString &cell);
};
