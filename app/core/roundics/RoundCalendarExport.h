#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"
#include "core/ical/IcsEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class RoundStore;

// Interview rounds as calendar events for Outlook, Google, Apple and the rest: each event
// carries what the user needs in the calendar reminder itself (who attends, why the round
// happens, what to prepare), because that is where they look just before the interview.
class RoundCalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(RoundCalendarExport)

public:
    // A day ahead leaves time to prepare; an hour ahead is the "leave now" reminder.
    static constexpr int DayBeforeMinutes = 24 * 60;
    static constexpr int HourBeforeMinutes = 60;

    static IcsEvent toEvent(const RoundInfo &round);
    static QList<IcsEvent> toEvents(const QList<RoundInfo> &rounds);

    // "Round 2: Technical interview — Backend engineer at Acme"
    static QString summary(const RoundInfo &round);
    static QString description(const RoundInfo &round);
    static QString productId();

    // Writes the rounds with these ids (empty: every scheduled round still ahead, of active
    // applications) to path, replacing the file only once everything is written. Returns
    // how many rounds were written. Nothing is written when there is nothing to export, as
    // a calendar without events is not a valid iCalendar file.
    static Result<int> exportToFile(RoundStore &store, const QList<qint64> &roundIds,
                                    const QString &path);

    // Writes events atomically; refuses a path whose folder does not exist instead of
    // creating folders the user did not ask for.
    static Status writeFile(const QList<IcsEvent> &events, const QString &path);
};
