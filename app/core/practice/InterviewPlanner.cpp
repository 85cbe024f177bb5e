#include "core/practice/InterviewPlanner.h"

InterviewPlanner::InterviewPlanner(const FsrsScheduler &scheduler)
    : m_scheduler(scheduler)
{}

QDateTime InterviewPlanner::windowStart(const QDateTime &roundStart)
{
    return roundStart.toUTC().addSecs(-qint64(WindowHours) * 60 * 60);
}

double InterviewPlanner::recallAt(const FsrsCard &card, const QDateTime &roundStart) const
{
    return m_scheduler.retrievabilityAt(card, roundStart);
}

QDateTime InterviewPlanner::dueAt(const FsrsCard &card, const QList<QDateTime> &roundStarts,
                                  const QDateTime &now) const
{
    if (card.isNew() || !card.due.isValid())
        return now.toUTC();
    QDateTime due = card.due.toUTC();
    for (const QDateTime &start : roundStarts) {
        const QDateTime roundStart = start.toUTC();
        if (roundStart <= now)
            continue;
        const QDateTime window = windowStart(roundStart);
        const bool reviewedInWindow = card.lastReview >= window && card.lastReview < roundStart;
        // FSRS's own due date already comes earlier where recall on the day would fall
        // below the desired retention; the window adds the last check before the round.
        if (!reviewedInWindow && due > window)
            due = window;
        if (due > roundStart && !isReady(card, roundStart, now))
            due = roundStart;
    }
    return due;
}

bool InterviewPlanner::isReady(const FsrsCard &card, const QDateTime &roundStart,
                               const QDateTime &now) const
{
    if (card.isNew())
        return false;
    const QDateTime window = windowStart(roundStart);
    if (now.toUTC() >= window && card.lastReview < window)
        return false;
    return recallAt(card, roundStart) >= m_scheduler.desiredRetention();
}
