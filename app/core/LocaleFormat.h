#pragma once

#include <QString>

class QLocale;

// Date and time formats the app shares between layers, derived from the user's locale.
class LocaleFormat
{
public:
    // The locale's short time format without seconds or zone: interviews start on the
    // minute.
    static QString shortTime();
    static QString shortTime(const QLocale &locale);
    // The locale's short date format with a four-digit year: two-digit years are ambiguous
    // for dates that may lie decades back.
    static QString fourDigitYearDate();
    static QString fourDigitYearDate(const QLocale &locale);
    // The locale's short date format without the year, in the locale's own order and
    // separators: "M/d" in the US, "dd/MM" in France, "dd.MM." in Germany, "MM/dd" in Japan.
    // For labels where the year is obvious, such as the weeks of a chart.
    static QString dayMonth(const QLocale &locale);
};
