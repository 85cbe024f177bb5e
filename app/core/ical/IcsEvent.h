#pragma once

#include "core/ical/IcsPerson.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// One calendar event as exchanged with other programs, free of any storage concerns.
struct IcsEvent
{
    QString uid;

    // Zoned events carry their real QTimeZone and UTC events Qt::UTC, so the instant is never
    // in doubt. Floating times (and whole days) have no zone in the file; they are
    // Qt::LocalTime and flagged, because their meaning depends on where the reader is.
    QDateTime start;
    QDateTime end;
    bool floating = false;
    // Whole-day events start at local midnight and end at the following local midnight.
    bool allDay = false;
    // The IANA id the times were given in, so the UI can show the sender's zone. Empty for
    // UTC, floating and whole-day times; "UTC+hh:mm" when the file only described a fixed
    // offset that matches no known zone.
    QString timeZoneId;

    QString summary;
    QString location;
    QString description;
    QUrl url;

    IcsPerson organizer;
    QList<IcsPerson> attendees;

    // When the sender last changed the event (DTSTAMP), always UTC; invalid when missing.
    QDateTime stamp;
    // Reminders, in minutes before the start, in the order the file listed them.
    QList<int> alarmMinutesBefore;

    bool cancelled = false;
    // A repeating event is imported as its first occurrence only; the rule is kept so the
    // UI can tell the user that later occurrences were not imported.
    QString recurrenceRule;

    bool isRecurring() const { return !recurrenceRule.isEmpty(); }
};
