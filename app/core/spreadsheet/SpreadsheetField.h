#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What a column of an imported spreadsheet holds.
class SpreadsheetField
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetField)

public:
    enum Field {
        Ignore,
        Company,
        Role,
        Stage,
        AppliedOn,
        Location,
        Salary, // one amount or a range, with or without a currency sign
        SalaryMin,
        SalaryMax,
        Currency,
        Source,
        JobUrl,
        Notes
    };

    // In the order the import dialog offers them, "ignore" first.
    static QList<Field> all();
    // The name --map uses ("company", "applied_on", …), the same as the export's header.
    static QString key(Field field);
    static std::optional<Field> fromKey(const QString &key);
    // What the import dialog shows.
    static QString label(Field field);
    // The field a column heading most likely means, in English or German ("Firma",
    // "Beworben am", "Job link", …); Ignore when it is none of them.
    static Field guess(const QString &heading);
    // One guess per heading; a field is given to its first column only, later ones are
    // ignored, so two "Notes" columns do not fight over one field.
    static QList<Field> guessAll(const QStringList &headings);
};
