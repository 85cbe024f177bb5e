#pragma once

#include "core/practice/FsrsScheduler.h"

#include <QDateTime>
#include <QList>

// Schedules practice toward known interview dates, on top of FSRS:
// - every question linked to an upcoming round falls due at the latest when the 72 hours
//   before that round begin, unless it was already reviewed inside that window;
// - where the recall predicted for the interview itself is below the desired retention it
//   keeps FSRS's own, earlier due date (and a question never practised is due at once);
// - so nothing linked to a round falls due after the round without being ready for it.
// Pure logic: the store hands in each question's FSRS card and its upcoming round times.
class InterviewPlanner
{
public:
    static constexpr int WindowHours = 72;

    explicit InterviewPlanner(const FsrsScheduler &scheduler);

    // When the question falls due, given the start times (UTC) of the upcoming rounds it is
    // linked to. A question never practised is due now.
    QDateTime dueAt(const FsrsCard &card, const QList<QDateTime> &roundStarts,
                    const QDateTime &now) const;

    // Recall predicted for the moment the round starts (0 for a question never practised).
    double recallAt(const FsrsCard &card, const QDateTime &roundStart) const;

    // Ready for a round: practised, its predicted recall at the round reaches the desired
    // retention and, once the 72-hour window has opened, it was reviewed inside it.
    bool isReady(const FsrsCard &card, const QDateTime &roundStart, const QDateTime &now) const;

    static QDateTime windowStart(const QDateTime &roundStart);

private:
    const FsrsScheduler &m_scheduler;
};
