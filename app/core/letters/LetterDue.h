#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// When thank-you letters are due: 24 hours after the round ends, counted as elapsed time
// (instants in UTC), so a night when the clocks change gives neither 23 nor 25 hours.
class LetterDue
{
    Q_DECLARE_TR_FUNCTIONS(LetterDue)

public:
    static constexpr qint64 WindowSeconds = 24 * 3600;
    // The reminder comes this long after the end when nothing has been drafted.
    static constexpr qint64 ReminderDelaySeconds = 2 * 3600;

    enum class State {
        NotYet,  // the round has not ended
        Due,     // ended, less than 24 hours ago
        Overdue, // ended more than 24 hours ago
    };

    static QDateTime dueAt(const QDateTime &roundEnd);
    static QDateTime reminderAt(const QDateTime &roundEnd);
    static State state(const QDateTime &roundEnd, const QDateTime &now);
    // Seconds until due; negative once overdue.
    static qint64 secondsLeft(const QDateTime &roundEnd, const QDateTime &now);
    // "5 h 20 min left", "45 min left", "overdue by 1 d 3 h".
    static QString countdown(qint64 secondsLeft);
};
