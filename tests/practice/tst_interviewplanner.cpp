#include "core/practice/InterviewPlanner.h"
#include "core/practice/PracticeQueue.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
}

// A card practised on the given days with the given ratings.
FsrsCard practised(const FsrsScheduler &scheduler, const QList<QPair<QDateTime, Rating>> &reviews)
{
    FsrsCard card;
    for (const auto &[when, rating] : reviews)
        card = scheduler.review(card, rating, when);
    return card;
}
} // namespace

class TestInterviewPlanner : public QObject
{
    Q_OBJECT

private slots:
    void newQuestionIsDueNow()
    {
        const FsrsScheduler scheduler;
        const InterviewPlanner planner(scheduler);
        QCOMPARE(planner.dueAt(FsrsCard(), {at(20)}, at(1)), at(1));
        QVERIFY(!planner.isReady(FsrsCard(), at(20), at(1)));
    }

    void unlinkedQuestionKeepsItsFsrsDate()
    {
        const FsrsScheduler scheduler;
        const InterviewPlanner planner(scheduler);
        const FsrsCard card = practised(scheduler, {{at(1), Rating::Good}, {at(4), Rating::Good}});
        QCOMPARE(planner.dueAt(card, {}, at(5)), card.due);
    }

    void linkedQuestionFallsDueWhenTheWindowOpens()
    {
        // Well learnt: FSRS would wait weeks, but the round is in ten days.
        const FsrsScheduler scheduler;
        const InterviewPlanner planner(scheduler);
        const FsrsCard card = practised(scheduler, {{at(1), Rating::Easy}, {at(10), Rating::Easy}});
        QVERIFY(card.due > at(31));
        const QDateTime round = at(20, 14);
        QCOMPARE(planner.dueAt(card, {round}, at(11)), round.addSecs(-72 * 3600));
        // Before the window it counts as ready (recall on the day is high) …
        QVERIFY(planner.isReady(card, round, at(11)));
        // … once the window is open it needs a review inside it.
        QVERIFY(!planner.isReady(card, round, at(18)));
        const FsrsCard again = scheduler.review(card, Rating::Good, at(18));
        QVERIFY(planner.isReady(again, round, at(18, 12)));
        QVERIFY(planner.dueAt(again, {round}, at(18, 12)) > round);
    }

    void weakQuestionKeepsTheEarlierFsrsDate()
    {
        const FsrsScheduler scheduler;
        const InterviewPlanner planner(scheduler);
        const FsrsCard card = practised(scheduler, {{at(1), Rating::Again}});
        const QDateTime round = at(25);
        QVERIFY(planner.recallAt(card, round) < scheduler.desiredRetention());
        QVERIFY(!planner.isReady(card, round, at(1, 10)));
        QCOMPARE(planner.dueAt(card, {round}, at(1, 10)), card.due);
        QVERIFY(card.due < InterviewPlanner::windowStart(round));
    }

    void failedInsideTheWindowIsDueBeforeTheRound()
    {
        const FsrsScheduler scheduler;
        const InterviewPlanner planner(scheduler);
        const QDateTime round = at(20, 8);
        // First practised (and failed) the evening before: FSRS says tomorrow evening.
        const FsrsCard card = practised(scheduler, {{at(19, 20), Rating::Again}});
        QVERIFY(card.due > round);
        QVERIFY(!planner.isReady(card, round, at(19, 21)));
        QCOMPARE(planner.dueAt(card, {round}, at(19, 21)), round);
    }

    void pastRoundsAreIgnored()
    {
        const FsrsScheduler scheduler;
        const InterviewPlanner planner(scheduler);
        const FsrsCard card = practised(scheduler, {{at(1), Rating::Easy}});
        QCOMPARE(planner.dueAt(card, {at(2)}, at(3)), card.due);
    }

    void soonestRoundWins()
    {
        const FsrsScheduler scheduler;
        const InterviewPlanner planner(scheduler);
        const FsrsCard card = practised(scheduler, {{at(1), Rating::Easy}, {at(10), Rating::Easy}});
        QCOMPARE(planner.dueAt(card, {at(28), at(15)}, at(11)),
                 InterviewPlanner::windowStart(at(15)));
    }

    // The promise of the feature, checked over many random histories and rounds: following
    // the plan, every linked question is reviewed inside the 72 hours before its round and
    // nothing linked to a round is due after it without being ready.
    void followingThePlanEveryQuestionIsReviewedBeforeTheRound()
    {
        for (const double retention : {0.8, 0.9, 0.97}) {
            const FsrsScheduler scheduler(retention);
            const InterviewPlanner planner(scheduler);
            QRandomGenerator random(42);
            for (int trial = 0; trial < 300; ++trial) {
                const QDateTime start = at(1);
                const QDateTime round = start.addSecs(3600 * random.bounded(24, 24 * 60));
                FsrsCard card;
                QDateTime now = start;
                bool reviewedInWindow = false;
                // Hourly ticks; the user practises whatever is due, rating at random.
                while (now < round) {
                    const QDateTime due = planner.dueAt(card, {round}, now);
                    QVERIFY(due <= round || planner.isReady(card, round, now));
                    if (due <= now) {
                        card = scheduler.review(card, Rating(random.bounded(1, 5)), now);
                        if (now >= InterviewPlanner::windowStart(round))
                            reviewedInWindow = true;
                    }
                    now = now.addSecs(3600);
                }
                QVERIFY2(
                    reviewedInWindow || round.secsTo(start) > -3600,
                    qPrintable(QStringLiteral("trial %1 retention %2").arg(trial).arg(retention)));
            }
        }
    }

    void queuePutsTheSoonestRoundFirstAndCapsNewQuestions()
    {
        const FsrsScheduler scheduler;
        const InterviewPlanner planner(scheduler);
        const QDateTime now = at(10);
        QList<QueueCandidate> candidates;
        // 1: overdue, not linked; 2: linked to a round in three days; 3: linked to a round
        // in two days; 4: not due; 5–9: new, not linked; 10: new, linked.
        const FsrsCard overdue = practised(scheduler, {{at(1), Rating::Good}});
        const FsrsCard fresh = practised(scheduler, {{at(6), Rating::Easy}});
        QVERIFY(fresh.due > now);
        candidates << QueueCandidate{1, overdue, {}};
        candidates << QueueCandidate{2, fresh, {at(13)}};
        candidates << QueueCandidate{3, fresh, {at(12)}};
        candidates << QueueCandidate{4, fresh, {}};
        for (qint64 id = 5; id <= 9; ++id)
            candidates << QueueCandidate{id, FsrsCard(), {}};
        candidates << QueueCandidate{10, FsrsCard(), {at(30)}};
        const QList<QueueEntry> queue = PracticeQueue::build(candidates, planner, now, 2);
        QList<qint64> ids;
        for (const QueueEntry &entry : queue)
            ids << entry.questionId;
        QCOMPARE(ids, (QList<qint64>{3, 2, 1, 10, 5, 6}));
        QVERIFY(queue.at(3).isNew);
        QCOMPARE(queue.at(0).nextRound, at(12));
        QVERIFY(PracticeQueue::build(candidates, planner, now, 0).size() == 4);
    }
};

QTEST_GUILESS_MAIN(TestInterviewPlanner)
#include "tst_interviewplanner.moc"
