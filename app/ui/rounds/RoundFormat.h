#pragma once

#include "core/RoundTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

// How the round dialogs word dates, times and people, so the form, the list of an
// application's rounds and a person's page never disagree.
class RoundFormat
{
    Q_DECLARE_TR_FUNCTIONS(RoundFormat)

public:
    // The locale's short date with a four-digit year: a two-digit one is ambiguous in a
    // list that spans years.
    static QString dateFormat();
    // The locale's short time without seconds; 12- or 24-hour as the locale prefers.
    static QString timeFormat();
    static QString date(const QDate &date);
    static QString time(const QTime &time);

    // "Round 2".
    static QString roundName(int number);
    // True when the instant's wall-clock time in the zone differs from the user's own.
    static bool zoneReadsDifferently(const QDateTime &instant, const QString &zoneId);
    // Local date and time, plus the time in the round's own zone when that reads
    // differently: "1 Dec 2026, 13:00 (14:00 Europe/Berlin)".
    static QString when(const RoundInfo &round);
    // Local start and end: "14:00–15:00".
    static QString timeRange(const RoundInfo &round);
    // Names in the order listed, or the reminder to find out who will be there.
    static QString people(const RoundInfo &round);
    static QString askWhoWillAttend();
};
