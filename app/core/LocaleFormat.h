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
};
