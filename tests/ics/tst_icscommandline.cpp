#include "ProcessSupport.h"

#include "core/Database.h"
#include "core/RoundStore.h"
#include "core/ical/IcsReader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = ProcessRun;

Run run(const QStringList &arguments)
{
    return runSecondRound(QStringLiteral(SECONDROUND_EXECUTABLE), arguments);
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(ICS_FIXTURES) + QLatin1Char('/') + name;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestIcsCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpListsTheOptions();
    void exportWritesUpcomingRounds();
    void exportRefusesMissingFolderAndMissingDatabase();
    void importAddsEveryEventWithPeople();
    void importedExportGoesBackIn();
    void refusedFilesLeaveTheDatabaseUntouched_data();
    void refusedFilesLeaveTheDatabaseUntouched();
    void unknownApplicationIsAFailure();
    void lockedDatabaseIsAFailure();
    void usageErrors_data();
    void usageErrors();

private:
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestIcsCommandLine::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("sample.sqlite"));
    const Run created = run({QStringLiteral("--database"), m_database,
                             QStringLiteral("--sample-data"), QStringLiteral("--check")});
    QVERIFY2(created.code == 0, qPrintable(created.err));
}

void TestIcsCommandLine::helpListsTheOptions()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *option : {"--export-ics", "--import-ics", "--application", "--database",
                               "--check", "--sample-data"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void TestIcsCommandLine::exportWritesUpcomingRounds()
{
    const QString ics = m_dir->filePath(QStringLiteral("interviews.ics"));
    const Run exported =
        run({QStringLiteral("--database"), m_database, QStringLiteral("--export-ics"), ics});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    static const QRegularExpression said(
        QStringLiteral("^Exported (\\d+) round(?:s|\\(s\\))? to (.+)$"));
    const QRegularExpressionMatch match = said.match(exported.out.trimmed());
    QVERIFY2(match.hasMatch(), qPrintable(exported.out));
    QVERIFY(match.captured(2).endsWith(QStringLiteral("interviews.ics")));
    const int count = match.captured(1).toInt();
    QVERIFY(count > 0);

    const IcsReadResult read = IcsReader::readFile(ics);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.events.size(), count);
    // Exactly the scheduled rounds still ahead, soonest first, with their own uids.
    auto database = Database::open(m_database).take();
    RoundStore store(database);
    const QList<RoundInfo> upcoming = store.upcoming(QDateTime::currentDateTimeUtc(), 0).value();
    QCOMPARE(upcoming.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(read.events.at(i).uid, upcoming.at(i).uid);
        QCOMPARE(read.events.at(i).start, upcoming.at(i).startUtc);
        QVERIFY(read.events.at(i).summary.startsWith(QStringLiteral("Round ")));
    }
}

void TestIcsCommandLine::exportRefusesMissingFolderAndMissingDatabase()
{
    const QString missingFolder = m_dir->filePath(QStringLiteral("nowhere/interviews.ics"));
    const Run refused = run(
        {QStringLiteral("--database"), m_database, QStringLiteral("--export-ics"), missingFolder});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("does not exist")), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!QFile::exists(missingFolder));

    const QString missingDatabase = m_dir->filePath(QStringLiteral("missing.sqlite"));
    const Run noDatabase =
        run({QStringLiteral("--database"), missingDatabase, QStringLiteral("--export-ics"),
             m_dir->filePath(QStringLiteral("out.ics"))});
    QCOMPARE(noDatabase.code, 1);
    QVERIFY(!noDatabase.err.isEmpty());
    QVERIFY(!QFile::exists(missingDatabase));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.ics"))));
}

void TestIcsCommandLine::importAddsEveryEventWithPeople()
{
    qint64 rounds = 0;
    {
        auto database = Database::open(m_database).take();
        QSqlQuery count(database->sql());
        count.exec(QStringLiteral("SELECT count(*) FROM rounds"));
        count.next();
        rounds = count.value(0).toLongLong();
    }
    const Run imported =
        run({QStringLiteral("--database"), m_database, QStringLiteral("--import-ics"),
             fixturePath(QStringLiteral("durations.ics")), QStringLiteral("--application"),
             QStringLiteral("1")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const QStringList printed = lines(imported.out);
    QCOMPARE(printed.size(), 6);
    static const QRegularExpression line(
        QStringLiteral("^Round \\d+: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(\\S+\\) .+$"));
    for (const QString &text : printed)
        QVERIFY2(line.match(text).hasMatch(), qPrintable(text));
    QVERIFY(printed.first().endsWith(QStringLiteral("Pair programming session")));
    QVERIFY(printed.at(1).contains(QStringLiteral("2026-05-05 14:00 (Europe/Berlin)")));
    // The clamped durations are told, not hidden.
    QVERIFY2(imported.err.contains(QStringLiteral("600 minutes")), qPrintable(imported.err));

    const Run google = run(
        {QStringLiteral("--database"), m_database, QStringLiteral("--import-ics"),
         fixturePath(QStringLiteral("google-invitation.ics")), QStringLiteral("--application=1")});
    QVERIFY2(google.code == 0, qPrintable(google.err));
    QCOMPARE(lines(google.out).size(), 1);
    QVERIFY(google.out.contains(QStringLiteral("Technical interview – Backend team")));

    auto database = Database::open(m_database).take();
    QSqlQuery count(database->sql());
    count.exec(QStringLiteral("SELECT count(*) FROM rounds"));
    count.next();
    QCOMPARE(count.value(0).toLongLong(), rounds + 7);
    RoundStore store(database);
    QSqlQuery latest(database->sql());
    latest.exec(QStringLiteral("SELECT id FROM rounds WHERE uid = "
                               "'7kq3b2m9v8c1r4t6y0u2i5o7p9@google.com'"));
    QVERIFY(latest.next());
    const RoundInfo round = store.round(latest.value(0).toLongLong()).value();
    QCOMPARE(round.applicationId, 1);
    QCOMPARE(round.people.size(), 4);
    QCOMPARE(round.fields.meetingUrl, QStringLiteral("https://meet.google.com/abc-defg-hij"));
    QVERIFY(database->check().ok());
}

void TestIcsCommandLine::importedExportGoesBackIn()
{
    const QString ics = m_dir->filePath(QStringLiteral("round-trip.ics"));
    const Run exported =
        run({QStringLiteral("--database"), m_database, QStringLiteral("--export-ics"), ics});
    QCOMPARE(exported.code, 0);
    const int count = int(IcsReader::readFile(ics).events.size());
    // Into the same file: the uids are taken, so the copies get their own.
    const Run imported =
        run({QStringLiteral("--database"), m_database, QStringLiteral("--import-ics"), ics,
             QStringLiteral("--application"), QStringLiteral("2")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QCOMPARE(lines(imported.out).size(), count);
}

void TestIcsCommandLine::refusedFilesLeaveTheDatabaseUntouched_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("line");
    QTest::newRow("truncated") << QStringLiteral("malformed-truncated.ics") << 10;
    QTest::newRow("mismatched") << QStringLiteral("malformed-mismatched.ics") << 10;
    QTest::newRow("impossible date") << QStringLiteral("malformed-impossible-date.ics") << 14;
    QTest::newRow("missing start") << QStringLiteral("malformed-missing-dtstart.ics") << 4;
    QTest::newRow("end before start") << QStringLiteral("malformed-end-before-start.ics") << 8;
    QTest::newRow("bad duration") << QStringLiteral("malformed-bad-duration.ics") << 8;
    QTest::newRow("no colon") << QStringLiteral("malformed-no-colon.ics") << 8;
    QTest::newRow("no events") << QStringLiteral("malformed-no-events.ics") << 1;
    QTest::newRow("vCard") << QStringLiteral("not-icalendar.ics") << 1;
}

void TestIcsCommandLine::refusedFilesLeaveTheDatabaseUntouched()
{
    QFETCH(QString, name);
    QFETCH(int, line);
    const QByteArray before = fileHash(m_database);
    const Run refused =
        run({QStringLiteral("--database"), m_database, QStringLiteral("--import-ics"),
             fixturePath(name), QStringLiteral("--application"), QStringLiteral("1")});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(QStringLiteral("Line %1").arg(line)), qPrintable(refused.err));
    QCOMPARE(fileHash(m_database), before);
}

void TestIcsCommandLine::unknownApplicationIsAFailure()
{
    const QByteArray before = fileHash(m_database);
    const Run refused =
        run({QStringLiteral("--database"), m_database, QStringLiteral("--import-ics"),
             fixturePath(QStringLiteral("google-invitation.ics")), QStringLiteral("--application"),
             QStringLiteral("99999")});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(QStringLiteral("99999")), qPrintable(refused.err));
    QCOMPARE(fileHash(m_database), before);
}

void TestIcsCommandLine::lockedDatabaseIsAFailure()
{
    auto holder = Database::open(m_database);
    QVERIFY(holder.ok());
    const Run refused =
        run({QStringLiteral("--database"), m_database, QStringLiteral("--import-ics"),
             fixturePath(QStringLiteral("google-invitation.ics")), QStringLiteral("--application"),
             QStringLiteral("1")});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY(refused.err.startsWith(QStringLiteral("Import failed: ")));
}

void TestIcsCommandLine::usageErrors_data()
{
    const QString file = fixturePath(QStringLiteral("google-invitation.ics"));
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("import without application")
        << QStringList{QStringLiteral("--import-ics"), file};
    QTest::newRow("application not a number")
        << QStringList{QStringLiteral("--import-ics"), file, QStringLiteral("--application"),
                       QStringLiteral("acme")};
    QTest::newRow("application zero")
        << QStringList{QStringLiteral("--import-ics"), file, QStringLiteral("--application=0")};
    QTest::newRow("application without value")
        << QStringList{QStringLiteral("--import-ics"), file, QStringLiteral("--application")};
    QTest::newRow("application alone")
        << QStringList{QStringLiteral("--application"), QStringLiteral("1")};
    QTest::newRow("both directions")
        << QStringList{QStringLiteral("--import-ics"),  file,
                       QStringLiteral("--application"), QStringLiteral("1"),
                       QStringLiteral("--export-ics"),  QStringLiteral("out.ics")};
    QTest::newRow("with --check") << QStringList{
        QStringLiteral("--check"), QStringLiteral("--export-ics"), QStringLiteral("out.ics")};
    QTest::newRow("empty file name") << QStringList{QStringLiteral("--export-ics=")};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("--export-ics"), QStringLiteral("out.ics"), QStringLiteral("--colour")};
}

void TestIcsCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QByteArray before = fileHash(m_database);
    const Run refused = run(QStringList{QStringLiteral("--database"), m_database} + arguments);
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!refused.err.isEmpty());
    QCOMPARE(fileHash(m_database), before);
    QVERIFY(!QFile::exists(QStringLiteral("out.ics")));
}

QTEST_GUILESS_MAIN(TestIcsCommandLine)
#include "tst_icscommandline.moc"
