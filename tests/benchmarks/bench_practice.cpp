#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "core/practice/PracticeStore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Building the practice queue (what is due now, toward every upcoming interview) on a
// heavy file: 5,000 questions with 50,000 reviews, 500 of the questions linked to
// applications with upcoming rounds. Target: 50 ms.
class BenchPractice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("practice.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_database = opened.take();
        QSqlDatabase db = m_database->sql();
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
        const QDateTime now = Clock::nowUtc();
        QRandomGenerator random(7);
        QSqlQuery question(db);
        QVERIFY(question.prepare(QStringLiteral(
            "INSERT INTO questions (category, text, stability, difficulty, last_review, due, "
            "scheduled_days, reps, lapses, created_at, updated_at) "
            "VALUES ('behavioural', ?, ?, ?, ?, ?, ?, 10, 1, ?, ?)")));
        const int existing = questionCount();
        for (int i = existing; i < 5000; ++i) {
            const QDateTime last = now.addSecs(-qint64(random.bounded(0, 60 * 24 * 3600)));
            const int days = random.bounded(1, 90);
            question.addBindValue(QStringLiteral("Generated question %1").arg(i));
            question.addBindValue(1.0 + random.bounded(89.0));
            question.addBindValue(1.0 + random.bounded(9.0));
            question.addBindValue(PipelineStore::toStoredTime(last));
            question.addBindValue(PipelineStore::toStoredTime(last.addDays(days)));
            question.addBindValue(days);
            question.addBindValue(PipelineStore::toStoredTime(now));
            question.addBindValue(PipelineStore::toStoredTime(now));
            QVERIFY(question.exec());
        }
        QSqlQuery review(db);
        QVERIFY(review.prepare(QStringLiteral(
            "INSERT INTO reviews (question_id, reviewed_at, rating, seconds, stability, "
            "difficulty, due) VALUES (?, ?, ?, 60, 3.0, 5.0, ?)")));
        for (int i = 0; i < 50000; ++i) {
            const QDateTime at = now.addSecs(-qint64(random.bounded(0, 365 * 24 * 3600)));
            review.addBindValue(random.bounded(1, 5001));
            review.addBindValue(PipelineStore::toStoredTime(at));
            review.addBindValue(random.bounded(1, 5));
            review.addBindValue(PipelineStore::toStoredTime(at.addDays(3)));
            QVERIFY(review.exec());
        }
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("COMMIT")));

        PipelineStore pipeline(m_database);
        RoundStore rounds(m_database);
        PracticeStore store(m_database);
        for (int a = 0; a < 50; ++a) {
            ApplicationFields fields;
            fields.company = QStringLiteral("Company %1").arg(a);
            fields.role = QStringLiteral("Role");
            auto app = pipeline.createApplication(fields, pipeline.stages().value().first().id);
            QVERIFY(app.ok());
            RoundFields round;
            round.start = now.addDays(random.bounded(1, 30));
            round.timeZoneId = QStringLiteral("UTC");
            QVERIFY(rounds.createRound(app.value(), round).ok());
            for (int q = 0; q < 10; ++q)
                QVERIFY(store.linkApplication(1 + a * 10 + q, app.value()).ok());
        }
        QCOMPARE(questionCount(), 5000);
    }

    void buildQueue()
    {
        PracticeStore store(m_database);
        const QDateTime now = Clock::nowUtc();
        qsizetype due = 0;
        QBENCHMARK
        {
            auto queue = store.dueQueue(now, 20);
            QVERIFY(queue.ok());
            due = queue.value().size();
        }
        QVERIFY(due > 0);
    }

    void candidatesOnly()
    {
        PracticeStore store(m_database);
        const QDateTime now = Clock::nowUtc();
        QBENCHMARK
        {
            auto candidates = store.queueCandidates(now);
            QVERIFY(candidates.ok());
        }
    }

    void readiness()
    {
        PracticeStore store(m_database);
        QBENCHMARK
        {
            auto readiness = store.readiness(Clock::nowUtc());
            QVERIFY(readiness.ok());
            QCOMPARE(readiness.value().size(), 50);
        }
    }

    void cleanupTestCase() { m_database.reset(); }

private:
    int questionCount()
    {
        QSqlQuery query(m_database->sql());
        query.exec(QStringLiteral("SELECT count(*) FROM questions"));
        query.next();
        return query.value(0).toInt();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(BenchPractice)
#include "bench_practice.moc"
