#include "core/letters/LetterDue.h"

namespace {
// The two largest units, rounded down: a countdown needs no seconds.
QString span(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 rest = minutes % 60;
    if (days > 0)
        return LetterDue::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return LetterDue::tr("%1 h %2 min").arg(hours).arg(rest);
    return LetterDue::tr("%1 min").arg(rest);
}
} // namespace

QDateTime LetterDue::dueAt(const QDateTime &roundEnd)
{
    return roundEnd.toUTC().addSecs(WindowSeconds);
}

QDateTime LetterDue::reminderAt(const QDateTime &roundEnd)
{
    return roundEnd.toUTC().addSecs(ReminderDelaySeconds);
}

qint64 LetterDue::secondsLeft(const QDateTime &roundEnd, const QDateTime &now)
{
    return now.toUTC().secsTo(dueAt(roundEnd));
}

LetterDue::State LetterDue::state(const QDateTime &roundEnd, const QDateTime &now)
{
    if (now.toUTC() < roundEnd.toUTC())
        return State::NotYet;
    return secondsLeft(roundEnd, now) >= 0 ? State::Due : State::Overdue;
}

QString LetterDue::countdown(qint64 secondsLeft)
{
    if (secondsLeft < 0)
        return tr("overdue by %1").arg(span(-secondsLeft));
    return tr("%1 left").arg(span(secondsLeft));
}
