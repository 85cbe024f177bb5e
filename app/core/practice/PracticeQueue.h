#pragma once

#include "core/practice/FsrsScheduler.h"
#include "core/practice/InterviewPlanner.h"

#include <QDateTime>
#include <QList>

// What the practice queue is built from: one entry per question, read in one pass.
struct QueueCandidate
{
    qint64 questionId = 0;
    FsrsCard card;
    QList<QDateTime> roundStarts; // upcoming rounds of the applications it is linked to (UTC)
};

struct QueueEntry
{
    qint64 questionId = 0;
    QDateTime due;
    QDateTime nextRound; // the soonest upcoming round it is linked to; invalid if none
    bool isNew = false;
};

// The questions due now, most urgent first: those linked to the soonest interview, then
// the longest overdue; questions never practised last, at most newLimit of those that are
// not linked to a round (the shipped bank would otherwise make all of them due at once).
class PracticeQueue
{
public:
    static QList<QueueEntry> build(const QList<QueueCandidate> &candidates,
                                   const InterviewPlanner &planner, const QDateTime &now,
                                   int newLimit);
};
