#pragma once

#include "core/RoundTypes.h"

#include <QCoreApplication>

// Rules a round must meet before it is stored. Overlaps with other rounds are a warning
// the form shows, not a refusal, so they are found by RoundStore::overlapping().
class RoundValidator
{
    Q_DECLARE_TR_FUNCTIONS(RoundValidator)

public:
    enum class Field { Start, TimeZone, Duration, Location, MeetingUrl, Outcome };
    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int MinDuration = 5;
    static constexpr int MaxDuration = 600;

    // date and time are what the user typed, in the zone timeZoneId; the result's start
    // is the exact instant, or a problem when that local time does not exist there.
    static QList<Problem> validate(const RoundFields &fields);
    // Builds the instant for a local date and time in a zone. A time skipped by a
    // daylight-saving change gives an invalid QDateTime; a repeated one the earlier.
    static QDateTime localToInstant(const QDate &date, const QTime &time, const QString &zone);
};
