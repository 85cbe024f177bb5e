#include "ProcessSupport.h"

#include "core/Database.h"
#include "core/practice/PracticeStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

class TestQuestionCommandLine : public QObject, private ScriptTest
{
    Q_OBJECT

private:
    QString m_database;

    int questionCount()
    {
        auto opened = Database::open(m_database);
        if (!opened)
            return -1;
        QSqlQuery query(opened.value()->sql());
        query.exec(QStringLiteral("SELECT count(*) FROM questions"));
        query.next();
        return query.value(0).toInt();
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database =
            path(QStringLiteral("jobs-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(Database::open(m_database).ok()); // created and closed again
    }

    void importCountsAddedAndAlreadyThere()
    {
        const int before = questionCount();
        write(QStringLiteral("q.csv"),
              "\xEF\xBB\xBFquestion,category,answer,tags\r\n"
              "\"What salary are you expecting?\",salary_logistics,,\r\n"
              "\"Tell me about the Zephyr outage, in detail\",behavioural,\"We \"\"fixed\"\" it\","
              "incident;ops\r\n"
              "What would you automate first?,role_skills,,\r\n");
        const ProcessRun result =
            run({QStringLiteral("--database"), m_database, QStringLiteral("--import-questions"),
                 path(QStringLiteral("q.csv"))});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(QStringLiteral("2 added, 1 already there.")),
                 qPrintable(result.out));
        QCOMPARE(questionCount(), before + 2);
        // The same file again adds nothing.
        const ProcessRun again =
            run({QStringLiteral("--database"), m_database, QStringLiteral("--import-questions"),
                 path(QStringLiteral("q.csv"))});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 added, 3 already there.")),
                 qPrintable(again.out));
    }

    void badFileIsRefusedWithItsLineAndNothingImported()
    {
        const int before = questionCount();
        write(QStringLiteral("bad.csv"), "question,category,answer,tags\n"
                                         "Fine one,behavioural,,\n"
                                         "\"Never closed,behavioural,,\n");
        const ProcessRun result =
            run({QStringLiteral("--database"), m_database, QStringLiteral("--import-questions"),
                 path(QStringLiteral("bad.csv"))});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Line 3")), qPrintable(result.err));
        QCOMPARE(questionCount(), before);
    }

    void exportWritesTheWholeBank()
    {
        const QString target = path(QStringLiteral("out.csv"));
        const ProcessRun result = run({QStringLiteral("--database"), m_database,
                                       QStringLiteral("--export-questions"), target});
        QCOMPARE(result.code, 0);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("question,category,answer,tags\r\n"));
        QCOMPARE(int(bytes.count("\r\n")), questionCount() + 1);
        auto parsed = QuestionFile::parse(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(int(parsed.value().size()), questionCount());
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("--database"), m_database,
                      QStringLiteral("--import-questions"), QStringLiteral("a.csv"),
                      QStringLiteral("--export-questions"), QStringLiteral("b.csv")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("--database"), m_database,
                      QStringLiteral("--export-questions="), QStringLiteral("--check")})
                     .code,
                 2);
        QCOMPARE(
            run({QStringLiteral("--database"), m_database, QStringLiteral("--import-questions")})
                .code,
            2);
        // A SecondRound file that does not exist is not created.
        const QString missing = path(QStringLiteral("missing.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), missing, QStringLiteral("--export-questions"),
                      path(QStringLiteral("x.csv"))})
                     .code,
                 1);
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestQuestionCommandLine)
#include "tst_questioncommandline.moc"
