#include "TestSupport.h"

#include "core/Sql.h"
#include "core/backups/Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// Daily backups beside the file, their rotation on a fixed clock, a damaged backup refused
// and a restore that puts the backup's content in place.
class TestBackups : public QObject
{
    Q_OBJECT

private:
    static void setDay(const QDate &day)
    {
        // Noon UTC is the same date in every zone from UTC-11 to UTC+11.
        Clock::setOverride([day] { return QDateTime(day, QTime(12, 0), Qt::UTC); });
    }

    static QStringList dates(const Backups &backups)
    {
        QStringList result;
        for (const Backups::Entry &entry : backups.list())
            result << entry.takenAt.date().toString(Qt::ISODate);
        return result;
    }

    static int applicationCount(Database &database)
    {
        return Sql::scalar(database.sql(), QStringLiteral("SELECT count(*) FROM applications"), {},
                           QStringLiteral("count"))
            .value()
            .toInt();
    }

private slots:
    void folderBesideTheFile()
    {
        TestFile file;
        Backups backups(file.database->path());
        QCOMPARE(backups.folder(), file.dir.filePath(QStringLiteral("test-backups")));
        auto taken = backups.takeDaily(*file.database);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QCOMPARE(QFileInfo(taken.value()).fileName(),
                 QStringLiteral("test-2026-11-20-") +
                     Clock::nowUtc().toLocalTime().toString(QStringLiteral("HHmmss")) +
                     QStringLiteral(".sqlite"));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(taken.value()) & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(backups.folder()).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif
        // Once a day: opening again the same day takes none.
        auto again = backups.takeDaily(*file.database);
        QVERIFY(again.ok());
        QVERIFY(again.value().isEmpty());
        QCOMPARE(backups.list().size(), 1);
        auto contents = Backups::inspect(taken.value(), true);
        QVERIFY2(contents.ok(), qPrintable(contents.error()));
        QCOMPARE(contents.value().applications, 0);
    }

    void rotationAfterFortyDays()
    {
        TestFile file;
        Backups backups(file.database->path());
        QVERIFY(QDir().mkpath(backups.folder()));
        // Not a backup: never touched.
        QFile other(QDir(backups.folder()).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        for (QDate day(2026, 10, 1); day <= QDate(2026, 11, 9); day = day.addDays(1)) {
            setDay(day);
            auto taken = backups.takeDaily(*file.database);
            QVERIFY2(taken.ok(), qPrintable(taken.error()));
            QVERIFY(!taken.value().isEmpty());
        }
        // The 7 latest days, and the newest of each of the 4 latest weeks (Monday 9.11,
        // Sunday 8.11, Sunday 1.11, Sunday 25.10).
        QCOMPARE(dates(backups),
                 QStringList({"2026-11-09", "2026-11-08", "2026-11-07", "2026-11-06", "2026-11-05",
                              "2026-11-04", "2026-11-03", "2026-11-01", "2026-10-25"}));
        QVERIFY(other.exists());

        // A week later with a gap of three days: still 7 days and 4 weeks.
        for (QDate day(2026, 11, 13); day <= QDate(2026, 11, 16); day = day.addDays(1)) {
            setDay(day);
            QVERIFY(backups.takeDaily(*file.database).ok());
        }
        QCOMPARE(dates(backups),
                 QStringList({"2026-11-16", "2026-11-15", "2026-11-14", "2026-11-13", "2026-11-09",
                              "2026-11-08", "2026-11-07", "2026-11-01"}));
    }

    void manualBackupsWaitForTheNextRotation()
    {
        TestFile file;
        Backups backups(file.database->path());
        setDay(QDate(2026, 11, 20));
        QVERIFY(backups.takeDaily(*file.database).ok());
        auto manual = backups.take(*file.database, Backups::Kind::Manual);
        QVERIFY(manual.ok());
        auto before = backups.take(*file.database, Backups::Kind::BeforeRestore);
        QVERIFY(before.ok());
        QVERIFY(before.value().endsWith(QStringLiteral("-before-restore.sqlite")));
        QCOMPARE(backups.list().size(), 3);
        QVERIFY(backups.list().first().beforeRestore);
        // The next day keeps the newest of the 20th.
        setDay(QDate(2026, 11, 21));
        QVERIFY(backups.takeDaily(*file.database).ok());
        QCOMPARE(backups.list().size(), 2);
        QCOMPARE(backups.list().last().path, before.value());
    }

    void ownConnectionWhileTheFileIsInUse()
    {
        TestFile file;
        file.add(QStringLiteral("Before"), QStringLiteral("Role"));
        Backups backups(file.database->path());
        QVERIFY(backups.dailyDue(*file.database));
        // The main connection holds uncheckpointed writes in its WAL; the copy sees them.
        auto taken = backups.takeOnOwnConnection(Backups::Kind::Daily);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QVERIFY(!backups.dailyDue(*file.database));
        auto contents = Backups::inspect(taken.value(), true);
        QVERIFY2(contents.ok(), qPrintable(contents.error()));
        QCOMPARE(contents.value().applications, 1);
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(taken.value()) & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
        // The file goes on being written.
        file.add(QStringLiteral("After"), QStringLiteral("Role"));
        QCOMPARE(applicationCount(*file.database), 2);
    }

    void toRemoveIsPure()
    {
        auto entry = [](const QString &when) {
            return Backups::Entry{when, QDateTime::fromString(when, Qt::ISODate), false, 1};
        };
        // Two on one day: the older goes, even when it is within the 7 days.
        const QList<Backups::Entry> entries = {entry(QStringLiteral("2026-11-20T08:00:00")),
                                               entry(QStringLiteral("2026-11-20T18:00:00")),
                                               entry(QStringLiteral("2026-11-19T08:00:00"))};
        const QList<Backups::Entry> removed = Backups::toRemove(entries);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().path, QStringLiteral("2026-11-20T08:00:00"));
        QVERIFY(Backups::toRemove({}).isEmpty());
    }

    void damagedBackupRefused_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("not SQLite") << QByteArray("hello, world, not a database") << qint64(0);
        QTest::newRow("pages overwritten") << QByteArray(8192, '\x5a') << qint64(4096);
        QTest::newRow("schema overwritten") << QByteArray(3900, '\x01') << qint64(100);
    }
    void damagedBackupRefused()
    {
        QFETCH(QByteArray, damage);
        QFETCH(qint64, offset);
        TestFile file;
        for (int i = 0; i < 50; ++i)
            file.add(QStringLiteral("Company %1").arg(i), QStringLiteral("Role"));
        Backups backups(file.database->path());
        auto taken = backups.take(*file.database, Backups::Kind::Manual);
        QVERIFY(taken.ok());
        QVERIFY(Backups::inspect(taken.value(), true).ok());
        QFile backup(taken.value());
        QVERIFY(backup.open(QIODevice::ReadWrite));
        QVERIFY(backup.seek(offset));
        QCOMPARE(backup.write(damage), damage.size());
        backup.close();
        const QStringList before = QDir(backups.folder()).entryList(QDir::Files);
        auto inspected = Backups::inspect(taken.value(), true);
        QVERIFY(!inspected.ok());
        QVERIFY(!inspected.error().isEmpty());
        // Looking wrote nothing beside the backup.
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files), before);
    }

    void anotherProgramsFileRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE applications (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!Backups::inspect(path, true).ok());
        QVERIFY(!Backups::inspect(dir.filePath(QStringLiteral("missing.sqlite")), false).ok());
    }

    void replacePutsTheBackupInPlace()
    {
        TestFile file;
        file.add(QStringLiteral("Kept"), QStringLiteral("Role"));
        const QStringList backedUp = file.dump();
        Backups backups(file.database->path());
        auto taken = backups.take(*file.database, Backups::Kind::Manual);
        QVERIFY(taken.ok());
        file.add(QStringLiteral("Added later"), QStringLiteral("Role"));
        QCOMPARE(applicationCount(*file.database), 2);
        const QString path = file.database->path();
        file.store.reset();
        file.database.reset();

        const Status replaced = Backups::replace(path, taken.value());
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(path) & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        file.database = reopened.take();
        file.store = std::make_unique<PipelineStore>(file.database);
        QCOMPARE(file.dump(), backedUp);
    }

    void readOnlyFile()
    {
        TestFile file;
        file.add(QStringLiteral("Company"), QStringLiteral("Role"));
        const QString path = file.database->path();
        file.store.reset();
        file.database.reset();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(opened.value()->isReadOnly());
        Backups backups(path);
        // It cannot change: no daily backup, and nothing written beside it.
        auto daily = backups.takeDaily(*opened.value());
        QVERIFY(daily.ok());
        QVERIFY(daily.value().isEmpty());
        QVERIFY(!QFileInfo::exists(backups.folder()));
        // Asked for, a copy is made where the folder can be written.
        auto manual = backups.take(*opened.value(), Backups::Kind::Manual);
        QVERIFY2(manual.ok(), qPrintable(manual.error()));
        auto contents = Backups::inspect(manual.value(), true);
        QVERIFY2(contents.ok(), qPrintable(contents.error()));
        QCOMPARE(contents.value().applications, 1);
        opened = Result<std::shared_ptr<Database>>::failure(QStringLiteral("closed"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void folderThatCannotBeWritten()
    {
        TestFile file;
        Backups backups(file.database->path());
        // A file where the folder should be.
        QFile blocker(backups.folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto taken = backups.take(*file.database, Backups::Kind::Manual);
        QVERIFY(!taken.ok());
        QVERIFY(taken.error().contains(QDir::toNativeSeparators(backups.folder())));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
