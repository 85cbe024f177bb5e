#include "core/RoundValidator.h"
#include "core/reminders/ReminderScheduler.h"

#include <QTest>

namespace {
const QString Berlin = QStringLiteral("Europe/Berlin");

QDateTime utc(int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), Qt::UTC);
}

RoundInfo round(qint64 id, const QDateTime &start, RoundStatus status = RoundStatus::Scheduled)
{
    RoundInfo info;
    info.id = id;
    info.number = 1;
    info.startUtc = start.toUTC();
    info.fields.start = start;
    info.fields.timeZoneId = Berlin;
    info.fields.status = status;
    return info;
}

QList<qint64> ids(const QList<RoundInfo> &rounds)
{
    QList<qint64> result;
    for (const RoundInfo &info : rounds)
        result << info.id;
    return result;
}

// Checks every 30 seconds from `from` to `to` as the notifier's timer would, and
// records when each round came up.
QList<QPair<qint64, QDateTime>> tick(ReminderScheduler &scheduler, const QList<RoundInfo> &rounds,
                                     QDateTime from, const QDateTime &to)
{
    QList<QPair<qint64, QDateTime>> shown;
    QDateTime last = from;
    for (QDateTime now = from.addSecs(30); now <= to; now = now.addSecs(30)) {
        for (const RoundInfo &info : scheduler.take(rounds, last, now))
            shown.append({info.id, now});
        last = now;
    }
    return shown;
}
} // namespace

class TestReminderScheduler : public QObject
{
    Q_OBJECT

private slots:
    void dueOnlyInsideTheLeadTimeWindow()
    {
        // Reminder moment 13:00 for a 14:00 start with one hour's lead.
        const QList<RoundInfo> rounds{round(1, utc(11, 24, 14))};
        QCOMPARE(
            ids(ReminderScheduler::dueBetween(rounds, 60, utc(11, 24, 12, 59), utc(11, 24, 13))),
            QList<qint64>{1});
        // The window is open at its start and closed at its end: the moment belongs to
        // exactly one of two back-to-back checks.
        QVERIFY(ReminderScheduler::dueBetween(rounds, 60, utc(11, 24, 13), utc(11, 24, 13, 1))
                    .isEmpty());
        QVERIFY(
            ReminderScheduler::dueBetween(rounds, 60, utc(11, 24, 12, 58), utc(11, 24, 12, 59, 59))
                .isEmpty());
        // A shorter lead moves the moment later.
        QVERIFY(ReminderScheduler::dueBetween(rounds, 15, utc(11, 24, 12, 59), utc(11, 24, 13))
                    .isEmpty());
        QCOMPARE(ids(ReminderScheduler::dueBetween(rounds, 15, utc(11, 24, 13, 44),
                                                   utc(11, 24, 13, 45))),
                 QList<qint64>{1});
        // A window that is empty or runs backwards finds nothing.
        QVERIFY(
            ReminderScheduler::dueBetween(rounds, 60, utc(11, 24, 13), utc(11, 24, 13)).isEmpty());
        QVERIFY(ReminderScheduler::dueBetween(rounds, 60, utc(11, 24, 13, 30), utc(11, 24, 12))
                    .isEmpty());
    }

    void soonestFirstAndOnlyScheduled()
    {
        const QList<RoundInfo> rounds{round(1, utc(11, 24, 14, 30)), round(2, utc(11, 24, 14)),
                                      round(3, utc(11, 24, 14, 10), RoundStatus::Cancelled),
                                      round(4, utc(11, 24, 14, 20), RoundStatus::Done),
                                      round(5, utc(11, 24, 14, 25), RoundStatus::NoShow)};
        QCOMPARE(
            ids(ReminderScheduler::dueBetween(rounds, 60, utc(11, 24, 12), utc(11, 24, 13, 45))),
            (QList<qint64>{2, 1}));
    }

    void neverTwice()
    {
        ReminderScheduler scheduler(60);
        QList<RoundInfo> rounds{round(1, utc(11, 24, 14))};
        QCOMPARE(ids(scheduler.take(rounds, utc(11, 24, 12, 59), utc(11, 24, 13))),
                 QList<qint64>{1});
        // The same window checked again (a second timer, a manual check)…
        QVERIFY(scheduler.take(rounds, utc(11, 24, 12, 59), utc(11, 24, 13)).isEmpty());
        // …or a lead time changed so the moment falls into a later window.
        scheduler.setLeadMinutes(30);
        QVERIFY(scheduler.take(rounds, utc(11, 24, 13), utc(11, 24, 13, 30)).isEmpty());
        // A round moved to another start is a new appointment and is reminded of again.
        rounds[0].startUtc = utc(11, 25, 14);
        QCOMPARE(ids(scheduler.take(rounds, utc(11, 25, 13, 29), utc(11, 25, 13, 30))),
                 QList<qint64>{1});
        scheduler.reset();
        QCOMPARE(ids(scheduler.take(rounds, utc(11, 25, 13, 29), utc(11, 25, 13, 30))),
                 QList<qint64>{1});
    }

    void neverAfterTheStart()
    {
        const QList<RoundInfo> rounds{round(1, utc(11, 24, 14))};
        // No lead: the moment is the start itself, and a started round is not reminded of.
        QVERIFY(ReminderScheduler::dueBetween(rounds, 0, utc(11, 24, 13, 59), utc(11, 24, 14))
                    .isEmpty());
        // The computer slept through the moment and woke after the start.
        QVERIFY(ReminderScheduler::dueBetween(rounds, 60, utc(11, 24, 12), utc(11, 24, 14, 5))
                    .isEmpty());
        // It woke between the moment and the start: still worth saying.
        QCOMPARE(
            ids(ReminderScheduler::dueBetween(rounds, 60, utc(11, 24, 12), utc(11, 24, 13, 50))),
            QList<qint64>{1});
    }

    void leadIsClamped()
    {
        ReminderScheduler scheduler(-5);
        QCOMPARE(scheduler.leadMinutes(), 0);
        scheduler.setLeadMinutes(1'000'000);
        QCOMPARE(scheduler.leadMinutes(), ReminderScheduler::MaxLeadMinutes);
    }

    void springForwardNight()
    {
        // Berlin skips 02:00–03:00 on 29 March 2026. A 03:30 round (01:30 UTC) with two
        // hours' lead is due at 23:30 UTC, which is 00:30 on the wall clock: three wall
        // hours before the start, but exactly two real ones.
        const QDateTime start =
            RoundValidator::localToInstant(QDate(2026, 3, 29), QTime(3, 30), Berlin);
        QCOMPARE(start.toUTC(), utc(3, 29, 1, 30));
        ReminderScheduler scheduler(120);
        const auto shown = tick(scheduler, {round(7, start)}, utc(3, 28, 22), utc(3, 29, 4));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first, qint64(7));
        QCOMPARE(shown.first().second, utc(3, 28, 23, 30));
    }

    void fallBackNight()
    {
        // Berlin repeats 02:00–03:00 on 25 October 2026. A round at 02:30 means the first
        // of the two (00:30 UTC); checking every 30 seconds through the repeated hour must
        // remind of it once, an hour before that first 02:30.
        const QDateTime start =
            RoundValidator::localToInstant(QDate(2026, 10, 25), QTime(2, 30), Berlin);
        QCOMPARE(start.toUTC(), utc(10, 25, 0, 30));
        const QDateTime later =
            RoundValidator::localToInstant(QDate(2026, 10, 25), QTime(3, 30), Berlin);
        ReminderScheduler scheduler(60);
        const auto shown =
            tick(scheduler, {round(8, start), round(9, later)}, utc(10, 24, 22), utc(10, 25, 4));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).first, qint64(8));
        QCOMPARE(shown.at(0).second, utc(10, 24, 23, 30));
        // 03:30 CET is 02:30 UTC: two real hours after 02:30 CEST, not one.
        QCOMPARE(shown.at(1).first, qint64(9));
        QCOMPARE(shown.at(1).second, utc(10, 25, 1, 30));
    }
};

QTEST_GUILESS_MAIN(TestReminderScheduler)
#include "tst_reminderscheduler.moc"
