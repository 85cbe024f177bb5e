#include "core/letters/LetterDue.h"

#include <QTest>
#include <QTimeZone>

class TestLetterDue : public QObject
{
    Q_OBJECT

private:
    static QDateTime berlin(int month, int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute),
                         QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    }

private slots:
    void dueADayAfterTheEnd()
    {
        const QDateTime end(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        QCOMPARE(LetterDue::dueAt(end), QDateTime(QDate(2026, 11, 21), QTime(15, 0), Qt::UTC));
        QCOMPARE(LetterDue::reminderAt(end), QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC));
        QCOMPARE(LetterDue::state(end, end.addSecs(-1)), LetterDue::State::NotYet);
        QCOMPARE(LetterDue::state(end, end), LetterDue::State::Due);
        QCOMPARE(LetterDue::state(end, end.addSecs(LetterDue::WindowSeconds)),
                 LetterDue::State::Due);
        QCOMPARE(LetterDue::state(end, end.addSecs(LetterDue::WindowSeconds + 1)),
                 LetterDue::State::Overdue);
    }

    // The night the clocks go forward has 23 hours on the wall; the letter is still due 24
    // real hours after the end, which reads one hour later on the clock.
    void springForward()
    {
        const QDateTime end = berlin(3, 28, 16); // Saturday, CET
        const QDateTime due = LetterDue::dueAt(end);
        QCOMPARE(end.secsTo(due), LetterDue::WindowSeconds);
        QCOMPARE(due.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin"))), berlin(3, 29, 17));
        QCOMPARE(LetterDue::state(end, berlin(3, 29, 16, 30)), LetterDue::State::Due);
        QCOMPARE(LetterDue::secondsLeft(end, berlin(3, 29, 16, 30)), qint64(30 * 60));
        QCOMPARE(LetterDue::state(end, berlin(3, 29, 17, 1)), LetterDue::State::Overdue);
    }

    // The night the clocks go back has 25 hours on the wall.
    void fallBack()
    {
        const QDateTime end = berlin(10, 24, 16); // Saturday, CEST
        const QDateTime due = LetterDue::dueAt(end);
        QCOMPARE(end.secsTo(due), LetterDue::WindowSeconds);
        QCOMPARE(due.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin"))), berlin(10, 25, 15));
        QCOMPARE(LetterDue::state(end, berlin(10, 25, 15, 30)), LetterDue::State::Overdue);
        QCOMPARE(LetterDue::secondsLeft(end, berlin(10, 25, 14, 0)), qint64(3600));
    }

    // The ambiguous hour at the fall-back change: an end in the first 02:30 and one in the
    // second are an hour apart, and so are their due times.
    void endInTheRepeatedHour()
    {
        const QDateTime first(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC);  // 02:30 CEST
        const QDateTime second(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC); // 02:30 CET
        QCOMPARE(LetterDue::dueAt(first).secsTo(LetterDue::dueAt(second)), qint64(3600));
    }

    void localAndUtcInputsAgree()
    {
        const QDateTime local = berlin(3, 29, 1, 30);
        QCOMPARE(LetterDue::dueAt(local), LetterDue::dueAt(local.toUTC()));
        QCOMPARE(LetterDue::dueAt(local).timeSpec(), Qt::UTC);
        QCOMPARE(LetterDue::secondsLeft(local, local.toUTC().addSecs(3600)),
                 LetterDue::WindowSeconds - 3600);
    }

    void countdownText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("day") << qint64(24 * 3600) << "1 d 0 h left";
        QTest::newRow("hours") << qint64(5 * 3600 + 20 * 60 + 59) << "5 h 20 min left";
        QTest::newRow("minutes") << qint64(45 * 60) << "45 min left";
        QTest::newRow("zero") << qint64(0) << "0 min left";
        QTest::newRow("overdue") << qint64(-(27 * 3600)) << "overdue by 1 d 3 h";
        QTest::newRow("just overdue") << qint64(-30) << "overdue by 0 min";
        QTest::newRow("years") << qint64(-400) * 24 * 3600 << "overdue by 400 d 0 h";
    }
    void countdownText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(LetterDue::countdown(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestLetterDue)
#include "tst_letterdue.moc"
