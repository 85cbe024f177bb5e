#include "ProcessSupport.h"

#include "core/Database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = ProcessRun;

Run run(const QStringList &arguments)
{
    return runSecondRound(QStringLiteral(SECONDROUND_EXECUTABLE), arguments);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(QStringLiteral(SECONDROUND_VERSION)));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--database")));
        QVERIFY(help.out.contains(QStringLiteral("--sample-data")));
        QVERIFY(help.out.contains(QStringLiteral("--check")));
        // Every option, in the order of the table that declares them; the start-up timer is
        // not for users.
        qsizetype at = 0;
        for (const char *option :
             {"--database <path>", "--sample-data", "--check", "--export-ics <file>",
              "--import-ics <file>", "--application <id>", "--draft-letters <id>",
              "--output-dir <folder>", "--import-questions <file>", "--export-questions <file>",
              "--prep-sheet <round>", "--output <file>", "--import-applications <file>",
              "--map <mapping>", "--export-applications <file>"}) {
            const qsizetype found = help.out.indexOf(QLatin1String(option), at);
            QVERIFY2(found > at, option);
            at = found;
        }
        QVERIFY(!help.out.contains(QStringLiteral("quit-when-shown")));
    }

    // A job without a window runs alone: an option of another job as well is a usage error
    // that leaves the file as it was and writes nothing.
    void optionsOfTwoJobsAreUsageErrors()
    {
        const QString path = m_dir->filePath(QStringLiteral("jobs.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("--sample-data"),
                      QStringLiteral("--check")})
                     .code,
                 0);
        const QByteArray before = fileHash(path);
        const QString out = m_dir->filePath(QStringLiteral("out"));
        struct JobOption
        {
            int job;
            QStringList arguments;
        };
        const QList<JobOption> options = {
            {0, {QStringLiteral("--check")}},
            {0, {QStringLiteral("--sample-data")}},
            {1, {QStringLiteral("--export-ics"), out}},
            {1, {QStringLiteral("--import-ics"), out}},
            {1, {QStringLiteral("--application"), QStringLiteral("1")}},
            {2, {QStringLiteral("--draft-letters"), QStringLiteral("1")}},
            {2, {QStringLiteral("--output-dir"), out}},
            {3, {QStringLiteral("--import-questions"), out}},
            {3, {QStringLiteral("--export-questions"), out}},
            {4, {QStringLiteral("--prep-sheet"), QStringLiteral("next")}},
            {4, {QStringLiteral("--output"), out}},
            {5, {QStringLiteral("--import-applications"), out}},
            {5, {QStringLiteral("--map"), QStringLiteral("Firma=company")}},
            {5, {QStringLiteral("--export-applications"), out}},
        };
        for (const JobOption &first : options) {
            for (const JobOption &second : options) {
                if (first.job == second.job)
                    continue;
                const QStringList arguments = QStringList{QStringLiteral("--database"), path} +
                                              first.arguments + second.arguments;
                const Run result = run(arguments);
                const QByteArray what = arguments.mid(2).join(QLatin1Char(' ')).toUtf8();
                QVERIFY2(result.code == 2, what + ": " + result.err.toUtf8());
                QVERIFY2(!result.err.isEmpty(), what);
                QVERIFY2(fileHash(path) == before, what);
                QVERIFY2(!QFile::exists(out), what);
            }
        }
    }

    void sampleDataAndCheck()
    {
        const QString path = m_dir->filePath(QStringLiteral("sample.sqlite"));
        const Run filled = run({QStringLiteral("--database"), path, QStringLiteral("--sample-data"),
                                QStringLiteral("--check")});
        QVERIFY2(filled.code == 0, qPrintable(filled.err));
        QVERIFY(filled.out.contains(QStringLiteral("Added 36 sample applications")));
        QVERIFY(filled.out.contains(QStringLiteral("Integrity: ok")));
        QVERIFY(filled.out.contains(QStringLiteral("healthy")));
        const QByteArray before = fileHash(path);
        // Sample data never mixes with existing applications.
        const Run again = run({QStringLiteral("--database"), path, QStringLiteral("--sample-data"),
                               QStringLiteral("--check")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("empty")));
        QCOMPARE(fileHash(path), before);
        const Run check = run({QStringLiteral("--check"), QStringLiteral("--database"), path});
        QCOMPARE(check.code, 0);
    }

    void checkOfMissingFileFailsWithoutCreating()
    {
        const QString path = m_dir->filePath(QStringLiteral("missing.sqlite"));
        const Run check = run({QStringLiteral("--check"), QStringLiteral("--database"), path});
        QCOMPARE(check.code, 1);
        QVERIFY(check.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    void checkOfNonDatabaseFails()
    {
        const QString path = m_dir->filePath(QStringLiteral("text.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just text");
        file.close();
        const Run check = run({QStringLiteral("--check"), QStringLiteral("--database"), path});
        QCOMPARE(check.code, 1);
        QVERIFY(check.err.contains(QStringLiteral("not an SQLite database")));
    }

    void checkFindsDamage()
    {
        const QString path = m_dir->filePath(QStringLiteral("broken.sqlite"));
        {
            auto db = Database::open(path).take();
            QSqlQuery query(db->sql());
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO applications (company_id, role, stage_id, position, created_at, "
                "updated_at) VALUES (999, 'Ghost', 999, 0, 'x', 'x')")));
        }
        const Run check = run({QStringLiteral("--check"), QStringLiteral("--database"), path});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.err.contains(QStringLiteral("broken reference")), qPrintable(check.err));
    }

    void unknownArgumentIsUsageError()
    {
        const Run bad = run({QStringLiteral("--check"), QStringLiteral("stray")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("stray")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
