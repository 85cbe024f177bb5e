// --import-applications, --map and --export-applications as a script runs them.
#include "ProcessSupport.h"

#include "core/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

class TestSpreadsheetCommandLine : public QObject, private ScriptTest
{
    Q_OBJECT

private:
    QString m_database;

    QStringList applications()
    {
        auto opened = Database::open(m_database);
        if (!opened)
            return {QStringLiteral("not opened")};
        QSqlQuery query(opened.value()->sql());
        query.exec(QStringLiteral("SELECT c.name || '/' || a.role || '/' || "
                                  "coalesce(a.applied_on, '') FROM applications a JOIN "
                                  "companies c ON c.id = a.company_id ORDER BY a.id"));
        QStringList rows;
        while (query.next())
            rows << query.value(0).toString();
        return rows;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database =
            path(QStringLiteral("jobs-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(Database::open(m_database).ok()); // created and closed again
    }

    void importPrintsAddedAndAlreadyThere()
    {
        const QString fixture =
            QStringLiteral(SECONDROUND_TEST_DATA "/excel_unicode_text_utf16.txt");
        const ProcessRun result = run({"--database", m_database, "--import-applications", fixture});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QCOMPARE(result.out.trimmed(), QStringLiteral("3 added, 0 already there"));
        QCOMPARE(applications(),
                 (QStringList{"Acme Corp/Senior Engineer/2024-03-04",
                              "Globex/Staff Engineer/2023-12-28", "Initech/Engineer II/"}));
        const ProcessRun again = run({"--database", m_database, "--import-applications", fixture});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out.trimmed(), QStringLiteral("0 added, 3 already there"));
    }

    void mapOverridesTheGuessedColumns()
    {
        write(QStringLiteral("odd.csv"), "Arbeitgeber;Aufgabe;Firma\r\nZeiss;Optik;ignored\r\n");
        const ProcessRun result =
            run({"--database", m_database, "--import-applications", path(QStringLiteral("odd.csv")),
                 "--map", "Arbeitgeber=company,Aufgabe=role,Firma=ignore"});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QCOMPARE(result.out.trimmed(), QStringLiteral("1 added, 0 already there"));
        QCOMPARE(applications(), (QStringList{"Zeiss/Optik/"}));
    }

    void badMapIsAUsageError()
    {
        write(QStringLiteral("a.csv"), "Company,Role\nA,B\n");
        const ProcessRun result = run({"--database", m_database, "--import-applications",
                                       path(QStringLiteral("a.csv")), "--map", "Company=boss"});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("“boss” in --map is not a field")));
        const ProcessRun alone = run({"--database", m_database, "--map", "Company=company"});
        QCOMPARE(alone.code, 2);
    }

    void refusedFileNamesLineAndColumnAndChangesNothing()
    {
        const QByteArray before = fileHash(m_database);
        const ProcessRun result = run({"--database", m_database, "--import-applications",
                                       QStringLiteral(SECONDROUND_TEST_DATA "/bad_date.csv")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Line 4, column 3 (Applied)")),
                 qPrintable(result.err));
        QVERIFY(applications().isEmpty());
        QCOMPARE(fileHash(m_database), before);
    }

    void exportWritesEveryApplication()
    {
        write(QStringLiteral("in.csv"), "Company,Role,Applied,Notes\n"
                                        "\"Comma, Inc\",Dev,05.03.2024,\"=SUM(A1:A2)\"\n");
        QCOMPARE(
            run({"--database", m_database, "--import-applications", path(QStringLiteral("in.csv"))})
                .code,
            0);
        const QString out = path(QStringLiteral("out.csv"));
        const ProcessRun result = run({"--database", m_database, "--export-applications", out});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Exported 1 application")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("company,role,stage,applied_on,location,salary_min,salary_max,"
                            "currency,source,job_url,notes\r\n"
                            "\"Comma, Inc\",Dev,Applied,2024-03-05,,,,,,,'=SUM(A1:A2)\r\n"));
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
#endif
    }

    void missingDatabaseIsNotCreated()
    {
        const QString missing = path(QStringLiteral("nowhere.sqlite"));
        const ProcessRun result =
            run({"--database", missing, "--export-applications", path(QStringLiteral("x.csv"))});
        QCOMPARE(result.code, 1);
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.csv"))));
    }

    void jobsDoNotMix()
    {
        const ProcessRun both = run({"--database", m_database, "--import-applications", "a.csv",
                                     "--export-applications", "b.csv"});
        QCOMPARE(both.code, 2);
        const ProcessRun other =
            run({"--database", m_database, "--import-applications", "a.csv", "--check"});
        QCOMPARE(other.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetCommandLine)
#include "tst_spreadsheetcommandline.moc"
