#pragma once

#include "core/RoundTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>

// How the calendar words and colours a round, shared by the agenda, the upcoming list,
// the month grid and the reminders so they never disagree.
class RoundText
{
    Q_DECLARE_TR_FUNCTIONS(RoundText)

public:
    // "New York" for "America/New_York": the part people recognise.
    static QString zoneCity(const QString &zoneId);
    // A time of day in the user's locale, without seconds.
    static QString time(const QTime &time);
    // "Tue 24 Nov" in the user's language.
    static QString shortDate(const QDate &date);
    // The local start, plus the start in the round's own zone when that reads differently:
    // "14:00 (09:00 New York)".
    static QString startTime(const RoundInfo &round);
    // "Round 2 · Technical interview".
    static QString roundTitle(const RoundInfo &round);
    // Names in the order listed, or the reminder to find out who will be there.
    static QString people(const RoundInfo &round);
    static bool peopleKnown(const RoundInfo &round) { return !round.people.isEmpty(); }

    // Scheduled blue, done green, cancelled grey, no-show red.
    static QColor statusColor(RoundStatus status);
    // How much a status needs attention, for the one colour a day with several rounds
    // gets: a missed round outranks one still to come, which outranks finished and
    // cancelled ones.
    static int statusWeight(RoundStatus status);
};
