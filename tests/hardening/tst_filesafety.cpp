#include "FileCreationWatcher.h"
#include "ProcessSupport.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Migrator.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "core/files/OwnerOnlyFiles.h"
#include "core/roundics/RoundCalendarExport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// Everything beside the file that SQLite or the app may create.
QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found << QFileInfo(path + QLatin1String(suffix)).fileName();
    }
    return found;
}

void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int latestVersion()
{
    Migrator migrator;
    return migrator.load().ok() ? migrator.latestVersion() : -1;
}

// Every shipped step plus one more, standing in for the next release.
QString migrationsWithNextStep(const QString &root)
{
    const QString directory = root + QStringLiteral("/migrations");
    QDir().mkpath(directory);
    const QDir shipped(QStringLiteral(SECONDROUND_MIGRATIONS));
    for (const QString &file : shipped.entryList({QStringLiteral("*.sql")}))
        QFile::copy(shipped.filePath(file), directory + QLatin1Char('/') + file);
    QFile next(directory +
               QStringLiteral("/%1_next.sql").arg(latestVersion() + 1, 4, 10, QLatin1Char('0')));
    if (next.open(QIODevice::WriteOnly))
        next.write("CREATE TABLE next_release (id INTEGER PRIMARY KEY);\n");
    return directory;
}

// A file with some applications in it, closed, in WAL mode as the app leaves it.
void makeFile(const QString &path, int applications = 3)
{
    auto db = Database::open(path).take();
    PipelineStore store(db);
    const qint64 stage = store.stages().value().first().id;
    for (int i = 0; i < applications; ++i) {
        ApplicationFields fields;
        fields.company = QStringLiteral("Company %1").arg(i);
        fields.role = QStringLiteral("Role %1").arg(i);
        fields.description = QString(400, QLatin1Char('x'));
        QVERIFY(store.createApplication(fields, stage).ok());
    }
}

bool runMount(const QStringList &arguments)
{
    QProcess mount;
    mount.start(QStringLiteral("mount"), arguments);
    return mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit &&
           mount.exitCode() == 0;
}

// A small file system of its own, for a full disk or a read-only folder that even root
// cannot write to. Needs root and a system that allows mounting.
struct SmallFileSystem
{
    explicit SmallFileSystem(const QString &mountPoint, const QString &size)
        : path(mountPoint)
    {
#ifdef Q_OS_LINUX
        QDir().mkpath(path);
        mounted = ::geteuid() == 0 &&
                  runMount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                            QStringLiteral("size=%1,mode=0700").arg(size), QStringLiteral("tmpfs"),
                            path});
#endif
    }
    ~SmallFileSystem()
    {
        if (!mounted)
            return;
        runMount({QStringLiteral("-o"), QStringLiteral("remount,rw"), path});
        QProcess::execute(QStringLiteral("umount"), {path});
    }
    bool makeReadOnly()
    {
        return runMount({QStringLiteral("-o"), QStringLiteral("remount,ro"), path});
    }

    QString path;
    bool mounted = false;
};

} // namespace

// The file under the app: read-only files and folders, refused files, --check, owner-only
// modes from the first byte, a full disk. The user's file never changes unless the user
// asked, and nothing is left beside a file the app refused or only read.
class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void readOnlyFileLeavesNoSideFiles()
    {
#ifdef Q_OS_UNIX
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        makeFile(path);
        QCOMPARE(sideFiles(path), QStringList());
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QByteArray before = fileHash(path);
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            auto db = opened.take();
            QVERIFY(db->isReadOnly());
            PipelineStore store(db);
            QCOMPARE(store.cards().value().size(), 3);
            QCOMPARE(sideFiles(path), QStringList{QStringLiteral("readonly.sqlite.lock")});
        }
        QCOMPARE(sideFiles(path), QStringList());
        QCOMPARE(fileHash(path), before);
        // Once the user makes it writable again, it opens for writing as before.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        auto writable = Database::open(path);
        QVERIFY2(writable.ok(), qPrintable(writable.error()));
        QVERIFY(!writable.value()->isReadOnly());
        PipelineStore store(writable.value());
        ApplicationFields fields;
        fields.company = QStringLiteral("Later");
        fields.role = QStringLiteral("Writer");
        QVERIFY(store.createApplication(fields, store.stages().value().first().id).ok());
#else
        QSKIP("Permission bits are a Unix feature");
#endif
    }

    void readOnlyFolderIsReadOnlyNotDamaged()
    {
#ifdef Q_OS_UNIX
        SmallFileSystem folder(m_dir.filePath(QStringLiteral("ro")), QStringLiteral("2m"));
        const bool asRoot = ::geteuid() == 0;
        if (asRoot && !folder.mounted)
            QSKIP("Root ignores folder permissions, and mounting is not allowed here");
        if (!asRoot)
            QDir().mkpath(folder.path);
        const QString path = folder.path + QStringLiteral("/healthy.sqlite");
        makeFile(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        if (asRoot)
            QVERIFY(folder.makeReadOnly());
        else
            QVERIFY(
                QFile::setPermissions(folder.path, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QByteArray before = fileHash(path);
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QVERIFY(!opened.error().contains(QStringLiteral("damaged")));
            auto db = opened.take();
            QVERIFY(db->isReadOnly());
            PipelineStore store(db);
            QCOMPARE(store.cards().value().size(), 3);
        }
        QCOMPARE(fileHash(path), before);
        QCOMPARE(sideFiles(path), QStringList());
        if (!asRoot)
            QFile::setPermissions(folder.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner);
#else
        QSKIP("Permission bits are a Unix feature");
#endif
    }

    void refusedFilesLeaveNoSideFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("damaged") << "damaged"
                                 << "damaged";
        QTest::newRow("newer schema") << "newer"
                                      << "newer version";
        QTest::newRow("read-only and older") << "older"
                                             << "read-only";
    }

    void refusedFilesLeaveNoSideFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
        makeFile(path, kind == u"damaged" ? 200 : 3);
        Database::Options options;
        if (kind == u"damaged") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4 * 4096);
            file.write(QByteArray(4096 * 3, char(0x5a)));
        } else if (kind == u"newer") {
            // Still in WAL mode, as the newer version would leave it.
            rawExec(path, {QStringLiteral("PRAGMA user_version = 99")});
        } else {
            options.migrationsDirectory = migrationsWithNextStep(m_dir.path());
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        }
        QCOMPARE(sideFiles(path), QStringList());
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
        QCOMPARE(sideFiles(path), QStringList());
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void checkNeverWrites()
    {
        Database::Options look;
        look.inspectOnly = true;

        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto refused = Database::open(empty, look);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("is empty")), qPrintable(refused.error()));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QCOMPARE(sideFiles(empty), QStringList());

        const QString healthy = m_dir.filePath(QStringLiteral("healthy.sqlite"));
        makeFile(healthy);
        const QByteArray before = fileHash(healthy);
        {
            auto opened = Database::open(healthy, look);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QCOMPARE(sideFiles(healthy), QStringList());
            QVERIFY(opened.value()->check().ok());
        }
        QCOMPARE(fileHash(healthy), before);
        QCOMPARE(sideFiles(healthy), QStringList());

        // An older file is checked as it is, not updated, and no backup is taken.
        look.migrationsDirectory = migrationsWithNextStep(m_dir.path());
        {
            auto opened = Database::open(healthy, look);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QCOMPARE(opened.value()->schemaVersion(), latestVersion());
            QCOMPARE(opened.value()->latestSchemaVersion(), latestVersion() + 1);
            QVERIFY(opened.value()->backupPath().isEmpty());
        }
        QCOMPARE(fileHash(healthy), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.backup")}), QStringList());
    }

    void checkCommandReportsEmptyFile()
    {
        const QString empty = m_dir.filePath(QStringLiteral("zero.sqlite"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const ProcessRun run =
            runSecondRound(QStringLiteral(SECONDROUND_EXECUTABLE),
                           {QStringLiteral("--check"), QStringLiteral("--database"), empty});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is empty")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("healthy")));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QCOMPARE(sideFiles(empty), QStringList());
    }

    void userDataFilesOwnerOnlyFromFirstByte()
    {
#ifdef Q_OS_LINUX
        // The usual desktop umask, under which files are world-readable by default.
        const mode_t previous = ::umask(022);
        const QString folder = m_dir.filePath(QStringLiteral("private"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/jobs.sqlite");
        makeFile(path, 400);
        Database::Options options;
        options.migrationsDirectory = migrationsWithNextStep(m_dir.path());
        QHash<QString, int> modes;
        {
            FileCreationWatcher watcher(folder);
            QTest::qWait(20);
            auto opened = Database::open(path, options);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            auto db = opened.take();
            QVERIFY(!db->backupPath().isEmpty());
            RoundStore rounds(db);
            PipelineStore store(db);
            RoundFields round;
            round.timeZoneId = QStringLiteral("UTC");
            round.start = Clock::nowUtc().addDays(3);
            QVERIFY(rounds.createRound(store.cards().value().first().id, round).ok());
            auto exported = RoundCalendarExport::exportToFile(
                rounds, {}, folder + QStringLiteral("/rounds.ics"));
            QVERIFY2(exported.ok(), qPrintable(exported.error()));
            QVERIFY(db->saveCopyAs(folder + QStringLiteral("/copy.sqlite")).ok());
            QTest::qWait(50);
            modes = watcher.modes();
        }
        ::umask(previous);
        QStringList expected = {QStringLiteral("jobs.sqlite.lock"), QStringLiteral("rounds.ics"),
                                QStringLiteral("copy.sqlite")};
        for (const QString &name : expected)
            QVERIFY2(modes.contains(name), qPrintable(name));
        bool sawBackup = false;
        for (auto it = modes.cbegin(); it != modes.cend(); ++it) {
            sawBackup = sawBackup || it.key().endsWith(QStringLiteral(".backup"));
            if (it.value() == -1)
                continue; // gone before it could be looked at
            QVERIFY2(it.value() == 0600, qPrintable(QStringLiteral("%1 was created with mode %2")
                                                        .arg(it.key())
                                                        .arg(it.value(), 0, 8)));
        }
        QVERIFY(sawBackup);
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            const auto mode = QFile::permissions(folder + QLatin1Char('/') + name);
            QVERIFY2(!(mode & (QFileDevice::ReadOther | QFileDevice::ReadGroup)), qPrintable(name));
        }
#else
        QSKIP("Watching file creation needs Linux");
#endif
    }

    void fullDiskSaysDiskFull()
    {
        SmallFileSystem disk(m_dir.filePath(QStringLiteral("full")), QStringLiteral("256k"));
        if (!disk.mounted)
            QSKIP("Needs root and permission to mount a small file system");
        {
            QFile filler(disk.path + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const QString path = disk.path + QStringLiteral("/new.sqlite");
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("disk")) &&
                     opened.error().contains(QStringLiteral("full")),
                 qPrintable(opened.error()));
        QVERIFY2(!opened.error().contains(QStringLiteral("permission")),
                 qPrintable(opened.error()));
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
