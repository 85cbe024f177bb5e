#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Salaries as people type them into spreadsheets: 70000, 70.000 €, €70,000–80,000,
// 70k-80k, 65 000 CHF, $85,000.00, "70.000 - 80.000 EUR", 70-80k. A dot, comma, space or
// apostrophe before exactly three digits groups thousands; one before one or two digits at
// the end of a number starts cents, which are dropped. "k" multiplies by 1000 (on the second
// number of a range it counts for both). The currency comes from a sign (€ $ £ ¥ ₹ ₣) or a
// three-letter code.
class SalaryReading
{
    Q_DECLARE_TR_FUNCTIONS(SalaryReading)

public:
    struct Salary
    {
        std::optional<qint64> minimum;
        std::optional<qint64> maximum;
        QString currency; // ISO code, empty when the cell did not say
    };

    // An empty cell is an empty salary.
    static Result<Salary> read(const QString &cell);
    // One amount without a range ("70.000 €" for a "salary from" column).
    static Result<Salary> readAmount(const QString &cell);
    // A currency cell: a code (eur), a sign (€) or a name the sign stands for; empty when
    // the cell is empty, an error when it is none of these.
    static Result<QString> readCurrency(const QString &cell);
};
