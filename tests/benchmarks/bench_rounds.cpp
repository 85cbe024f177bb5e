#include "BenchFiles.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "core/SampleData.h"
#include "core/letters/LetterStore.h"
#include "core/roundics/RoundCalendarExport.h"
#include "models/BoardModel.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Whether cost grows with the number of rounds per application: the same 10,000
// applications with one round each and with four (three behind, one ahead). Every figure
// with four rounds should stay within 1.5 times the figure with one, because what the user
// sees (the board, one month, the rounds ahead) is the same size in both files.
class BenchRounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC); });
        QVERIFY(m_dir.isValid());
        // SECONDROUND_BENCH_DIR keeps the generated files between runs (for profiling).
        if (const QString kept = qEnvironmentVariable("SECONDROUND_BENCH_DIR"); !kept.isEmpty()) {
            m_folder = kept;
            if (QFile::exists(fileFor(1)) && QFile::exists(fileFor(4)))
                return;
        }
        const QString base = folder().filePath(QStringLiteral("base.sqlite"));
        const QString made = BenchFiles::makeSample(base, Applications);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        for (int rounds : {1, 4}) {
            QVERIFY(QFile::copy(base, fileFor(rounds)));
            const QString set = BenchFiles::setRounds(fileFor(rounds), rounds);
            QVERIFY2(set.isEmpty(), qPrintable(set));
        }
    }

    void cleanupTestCase() { Clock::clearOverride(); }

    void openAndBoard_data() { sizes(); }
    void openAndBoard()
    {
        QFETCH(int, rounds);
        QBENCHMARK
        {
            auto db = Database::open(fileFor(rounds)).take();
            PipelineStore store(db);
            BoardModel model(&store);
            QVERIFY(model.reload().ok());
            QCOMPARE(model.totalCards(), Applications);
        }
    }

    // The board's one query on its own, without opening the file or building the model.
    void boardCards_data() { sizes(); }
    void boardCards()
    {
        QFETCH(int, rounds);
        auto db = Database::open(fileFor(rounds)).take();
        PipelineStore store(db);
        QBENCHMARK
        {
            auto cards = store.cards();
            QVERIFY(cards.ok());
            QCOMPARE(cards.value().size(), Applications);
        }
    }

    // Opening the file alone (schema check, connection set-up).
    void openFile_data() { sizes(); }
    void openFile()
    {
        QFETCH(int, rounds);
        QBENCHMARK
        {
            auto db = Database::open(fileFor(rounds));
            QVERIFY(db.ok());
        }
    }

    // What the calendar reads when it is first shown: the six weeks of the month grid and
    // the list of rounds ahead.
    void calendarFirstShow_data() { sizes(); }
    void calendarFirstShow()
    {
        QFETCH(int, rounds);
        auto db = Database::open(fileFor(rounds)).take();
        RoundStore store(db);
        const QDateTime from = QDate(2026, 10, 26).startOfDay().toUTC();
        const QDateTime to = QDate(2026, 12, 7).startOfDay().toUTC();
        QBENCHMARK
        {
            auto month = store.roundsBetween(from, to);
            QVERIFY(month.ok());
            auto ahead = store.upcoming(Clock::nowUtc(), 50);
            QVERIFY(ahead.ok());
            QVERIFY(!month.value().isEmpty());
        }
    }

    // What the export reads: every scheduled round ahead.
    void readRoundsAhead_data() { sizes(); }
    void readRoundsAhead()
    {
        QFETCH(int, rounds);
        auto db = Database::open(fileFor(rounds)).take();
        RoundStore store(db);
        QBENCHMARK
        {
            auto ahead = store.upcoming(Clock::nowUtc(), 0);
            QVERIFY(ahead.ok());
            QCOMPARE(ahead.value().size(), Applications);
        }
    }

    void exportIcs_data() { sizes(); }
    void exportIcs()
    {
        QFETCH(int, rounds);
        auto db = Database::open(fileFor(rounds)).take();
        RoundStore store(db);
        const QString path = folder().filePath(QStringLiteral("export-%1.ics").arg(rounds));
        QBENCHMARK
        {
            auto written = RoundCalendarExport::exportToFile(store, {}, path);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            QCOMPARE(written.value(), Applications);
        }
    }

    // What the letters tab reads on the window's connection once the window is shown (and
    // again every few minutes): rounds ended in the last week without letters or people, the
    // two-hour reminder, every letter for the tab's count, the board's "Thank-you due".
    // Twenty days on from the files' rounds, about 1,750 of them ended within the week; 2,000
    // rounds in either file have a letter to each of their people.
    void lettersCheck_data() { sizes(); }
    void lettersCheck()
    {
        QFETCH(int, rounds);
        const QString path = folder().filePath(QStringLiteral("letters-%1.sqlite").arg(rounds));
        QFile::remove(path);
        QVERIFY(QFile::copy(fileFor(rounds), path));
        auto db = Database::open(path).take();
        QSqlQuery insert(db->sql());
        QVERIFY2(
            insert.exec(
                QStringLiteral(
                    "INSERT INTO letters (round_id, person_id, subject, body, status, created_at, "
                    "updated_at) SELECT round_id, person_id, 'Thank you', 'Dear …', 'draft', "
                    "'2026-11-21T09:00:00.000Z', '2026-11-21T09:00:00.000Z' FROM round_people "
                    "WHERE round_id % ?1 = 0")
                    .replace(QStringLiteral("?1"), QString::number(5 * rounds))),
            qPrintable(insert.lastError().text()));
        LetterStore letters(db);
        const QDateTime now(QDate(2026, 12, 10), QTime(9, 30), Qt::UTC);
        int ended = 0;
        QBENCHMARK
        {
            auto awaiting = letters.roundsAwaitingProposals(now);
            QVERIFY(awaiting.ok());
            ended = int(awaiting.value().size());
            QVERIFY(letters.roundsNeedingPeople(now).ok());
            QVERIFY(
                letters.roundsWithoutLetters(now.addSecs(-3 * 3600), now.addSecs(-2 * 3600)).ok());
            QVERIFY(letters.letters().ok());
            QVERIFY(letters.applicationsWithLettersDue(now).ok());
        }
        QVERIFY2(ended > 500, qPrintable(QString::number(ended)));
    }

private:
    static constexpr int Applications = BenchFiles::Applications;

    static void sizes()
    {
        QTest::addColumn<int>("rounds");
        QTest::newRow("1-round") << 1;
        QTest::newRow("4-rounds") << 4;
    }

    QString fileFor(int rounds) const
    {
        return folder().filePath(QStringLiteral("bench-%1.sqlite").arg(rounds));
    }

    QDir folder() const { return QDir(m_folder.isEmpty() ? m_dir.path() : m_folder); }

    QTemporaryDir m_dir;
    QString m_folder;
};

QTEST_MAIN(BenchRounds)
#include "bench_rounds.moc"
