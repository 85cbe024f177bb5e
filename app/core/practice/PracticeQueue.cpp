#include "core/practice/PracticeQueue.h"

#include <algorithm>

QList<QueueEntry> PracticeQueue::build(const QList<QueueCandidate> &candidates,
                                       const InterviewPlanner &planner, const QDateTime &now,
                                       int newLimit)
{
    const QDateTime moment = now.toUTC();
    QList<QueueEntry> reviews;
    QList<QueueEntry> fresh;
    for (const QueueCandidate &candidate : candidates) {
        QueueEntry entry;
        entry.questionId = candidate.questionId;
        entry.isNew = candidate.card.isNew();
        for (const QDateTime &start : candidate.roundStarts) {
            if (start > moment && (!entry.nextRound.isValid() || start < entry.nextRound))
                entry.nextRound = start;
        }
        entry.due = planner.dueAt(candidate.card, candidate.roundStarts, moment);
        if (entry.due > moment)
            continue;
        (entry.isNew ? fresh : reviews).append(entry);
    }
    const auto urgentFirst = [](const QueueEntry &a, const QueueEntry &b) {
        if (a.nextRound.isValid() != b.nextRound.isValid())
            return a.nextRound.isValid();
        if (a.nextRound != b.nextRound)
            return a.nextRound < b.nextRound;
        if (a.due != b.due)
            return a.due < b.due;
        return a.questionId < b.questionId;
    };
    std::sort(reviews.begin(), reviews.end(), urgentFirst);
    std::sort(fresh.begin(), fresh.end(), urgentFirst);
    int unlinkedNew = 0;
    for (const QueueEntry &entry : std::as_const(fresh)) {
        if (!entry.nextRound.isValid() && unlinkedNew++ >= std::max(0, newLimit))
            continue;
        reviews.append(entry);
    }
    return reviews;
}
