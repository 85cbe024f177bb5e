#include "ProcessSupport.h"

#include "core/Database.h"
#include "core/Migrator.h"
#include "core/PipelineStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Writes with a plain connection, bypassing Database, to build odd files.
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

// A migrations folder with every shipped step plus one more, standing in for the next
// release.
QString migrationsWithNextStep(const QString &root, const QByteArray &sql)
{
    const QString directory = root + QStringLiteral("/migrations");
    QDir().mkpath(directory);
    const QDir shipped(QStringLiteral(SECONDROUND_MIGRATIONS));
    for (const QString &file : shipped.entryList({QStringLiteral("*.sql")}))
        QFile::copy(shipped.filePath(file), directory + QLatin1Char('/') + file);
    QFile next(directory +
               QStringLiteral("/%1_next.sql").arg(latestVersion() + 1, 4, 10, QLatin1Char('0')));
    if (next.open(QIODevice::WriteOnly))
        next.write(sql);
    return directory;
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_temporary = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temporary->isValid());
    }

    void createsNewFileWithSchemaAndPragmas()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto db = opened.take();
        QCOMPARE(db->schemaVersion(), latestVersion());
        QVERIFY(latestVersion() >= 2);
        QVERIFY(!db->isReadOnly());
        QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("synchronous")), QStringLiteral("2"));
        QCOMPARE(pragma(*db, QStringLiteral("user_version")).toInt(), latestVersion());
        QCOMPARE(pragma(*db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
        PipelineStore store(db);
        auto stages = store.stages();
        QVERIFY(stages.ok());
        QCOMPARE(stages.value().size(), 10);
        QCOMPARE(stages.value().first().name, QStringLiteral("Saved"));
        QVERIFY(stages.value().last().closed);
        QVERIFY(db->backupPath().isEmpty());
    }

    void newFileIsOwnerOnly()
    {
#ifdef Q_OS_UNIX
        const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
#else
        QSKIP("Owner-only modes are a Unix feature");
#endif
    }

    void emptyFileIsInitialised()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), latestVersion());
    }

    void reopensWithDataKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.sqlite"));
        qint64 id = 0;
        {
            auto db = Database::open(path).take();
            PipelineStore store(db);
            ApplicationFields fields;
            fields.company = QStringLiteral("Acme");
            fields.role = QStringLiteral("Engineer");
            auto created = store.createApplication(fields, store.stages().value().first().id);
            QVERIFY(created.ok());
            id = created.value();
        }
        auto db = Database::open(path).take();
        PipelineStore store(db);
        auto fields = store.fields(id);
        QVERIFY(fields.ok());
        QCOMPARE(fields.value().company, QStringLiteral("Acme"));
        QVERIFY(db->backupPath().isEmpty());
    }

    void migratesPreviousVersionKeepingDataWithBackup()
    {
        const QString migrations = migrationsWithNextStep(
            m_dir.path(), "ALTER TABLE applications ADD COLUMN referral TEXT NOT NULL DEFAULT '';\n"
                          "CREATE TABLE extra (id INTEGER PRIMARY KEY);\n");
        const int current = latestVersion();
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        qint64 id = 0;
        {
            auto db = Database::open(path).take();
            PipelineStore store(db);
            ApplicationFields fields;
            fields.company = QStringLiteral("Globex");
            fields.role = QStringLiteral("Analyst");
            fields.notes = QStringLiteral("Keep me");
            id = store.createApplication(fields, store.stages().value().first().id).value();
        }
        Database::Options options;
        options.migrationsDirectory = migrations;
        auto opened = Database::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto db = opened.take();
        QCOMPARE(db->schemaVersion(), current + 1);
        QCOMPARE(pragma(*db, QStringLiteral("user_version")).toInt(), current + 1);
        PipelineStore store(db);
        QCOMPARE(store.fields(id).value().notes, QStringLiteral("Keep me"));
        QSqlQuery query(db->sql());
        QVERIFY(query.exec(QStringLiteral("SELECT referral FROM applications")));
        QVERIFY(!db->backupPath().isEmpty());
        QVERIFY(QFile::exists(db->backupPath()));
        auto check = db->check();
        QVERIFY2(check.ok(), qPrintable(check.error()));

        // The backup is the file as it was: version 1, same data.
        db.reset();
        const QString backups = m_dir.filePath(QStringLiteral("backup-copy.sqlite"));
        const QDir dir(m_dir.path());
        const QStringList found =
            dir.entryList({QStringLiteral("old.sqlite.v%1-*.backup").arg(current)});
        QCOMPARE(found.size(), 1);
        QVERIFY(QFile::copy(dir.filePath(found.first()), backups));
        auto old = Database::open(backups).take();
        QCOMPARE(old->schemaVersion(), current);
        QCOMPARE(PipelineStore(old).fields(id).value().company, QStringLiteral("Globex"));
    }

    void failedMigrationLeavesFileAtOldVersion()
    {
        const QString migrations = migrationsWithNextStep(
            m_dir.path(), "CREATE TABLE good (id INTEGER);\nTHIS IS NOT SQL;\n");
        const int current = latestVersion();
        const QString path = m_dir.filePath(QStringLiteral("stay.sqlite"));
        Database::open(path).take().reset();
        Database::Options options;
        options.migrationsDirectory = migrations;
        auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("schema version %1").arg(current + 1)));
        auto again = Database::open(path).take();
        QCOMPARE(pragma(*again, QStringLiteral("user_version")).toInt(), current);
        QSqlQuery query(again->sql());
        QVERIFY(!query.exec(QStringLiteral("SELECT * FROM good")));
    }

    void refusesNonSqliteFileUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my interview notes, not a database.\n");
        file.close();
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("not an SQLite database")),
                 qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesDamagedFileUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto db = Database::open(path).take();
            PipelineStore store(db);
            const qint64 stage = store.stages().value().first().id;
            for (int i = 0; i < 200; ++i) {
                ApplicationFields fields;
                fields.company = QStringLiteral("Company %1").arg(i);
                fields.role = QStringLiteral("Role %1").arg(i);
                fields.description = QString(300, QLatin1Char('x'));
                QVERIFY(store.createApplication(fields, stage).ok());
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        file.seek(4 * 4096);
        file.write(QByteArray(4096 * 3, char(0x5a)));
        file.close();
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("damaged")), qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
    }

    // The window leaves the whole-file check until it has appeared; a damaged file is
    // still refused before anything is written to it, and stays as it was.
    void deferredCheckStillKeepsDamagedFileUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-later.sqlite"));
        {
            auto db = Database::open(path).take();
            PipelineStore store(db);
            const qint64 stage = store.stages().value().first().id;
            for (int i = 0; i < 200; ++i) {
                ApplicationFields fields;
                fields.company = QStringLiteral("Company %1").arg(i);
                fields.role = QStringLiteral("Role %1").arg(i);
                fields.description = QString(300, QLatin1Char('x'));
                QVERIFY(store.createApplication(fields, stage).ok());
            }
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4 * 4096);
            file.write(QByteArray(4096 * 3, char(0x5a)));
        }
        const QByteArray before = fileHash(path);
        Database::Options later;
        later.deferIntegrityCheck = true;
        {
            auto opened = Database::open(path, later);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            auto db = opened.take();
            QVERIFY(db->integrityCheckDeferred());
            // A write runs the check first and is refused.
            PipelineStore store(db);
            ApplicationFields fields;
            fields.company = QStringLiteral("Initech");
            fields.role = QStringLiteral("Analyst");
            auto written = store.createApplication(fields, 1);
            QVERIFY(!written.ok());
            QVERIFY2(written.error().contains(QStringLiteral("damaged")),
                     qPrintable(written.error()));
            const Status checked = db->verifyIntegrity();
            QVERIFY(!checked.ok());
            QVERIFY2(checked.error().contains(QStringLiteral("damaged")),
                     qPrintable(checked.error()));
            QVERIFY(db->integrityCheckDeferred());
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void deferredCheckPassesOnHealthyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("healthy-later.sqlite"));
        Database::open(path).take().reset();
        Database::Options later;
        later.deferIntegrityCheck = true;
        auto db = Database::open(path, later).take();
        QVERIFY(db->integrityCheckDeferred());
        QVERIFY(db->verifyIntegrity().ok());
        QVERIFY(!db->integrityCheckDeferred());
        // Without the option nothing is left for later.
        db.reset();
        auto now = Database::open(path).take();
        QVERIFY(!now->integrityCheckDeferred());
    }

    void refusesNewerVersionUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        Database::open(path).take().reset();
        rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                       QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("newer version")),
                 qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesOtherProgramsDatabaseUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("browser.sqlite"));
        rawExec(path, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
                       QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")});
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("another program")),
                 qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesFolder()
    {
        auto opened = Database::open(m_dir.path());
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("folder")));
    }

    void secondProcessIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        auto db = Database::open(path).take();
        const QByteArray before = fileHash(path);
        QProcess other;
        other.start(QStringLiteral(SECONDROUND_EXECUTABLE),
                    {QStringLiteral("--check"), QStringLiteral("--database"), path});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitStatus(), QProcess::NormalExit);
        QCOMPARE(other.exitCode(), 1);
        const QString error = QString::fromUtf8(other.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
        QCOMPARE(fileHash(path), before);

        // Once this process lets go, the other one may open it.
        db.reset();
        other.start(QStringLiteral(SECONDROUND_EXECUTABLE),
                    {QStringLiteral("--check"), QStringLiteral("--database"), path});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
    }

    void readOnlyFileOpensReadOnly()
    {
#ifdef Q_OS_UNIX
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        qint64 id = 0;
        {
            auto db = Database::open(path).take();
            PipelineStore store(db);
            ApplicationFields fields;
            fields.company = QStringLiteral("Initech");
            fields.role = QStringLiteral("Tester");
            id = store.createApplication(fields, store.stages().value().first().id).value();
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QByteArray before = fileHash(path);
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            auto db = opened.take();
            QVERIFY(db->isReadOnly());
            PipelineStore store(db);
            QCOMPARE(store.fields(id).value().company, QStringLiteral("Initech"));
            ApplicationFields fields = store.fields(id).value();
            fields.role = QStringLiteral("Changed");
            const Status refused = store.updateApplication(id, fields);
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().contains(QStringLiteral("read-only")));
            QCOMPARE(store.fields(id).value().role, QStringLiteral("Tester"));
        }
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
        QSKIP("Permission bits are a Unix feature");
#endif
    }

    void checkReportsHealthyFile()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("healthy.sqlite"))).take();
        auto report = db->check();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report.value().contains(QStringLiteral("Integrity: ok")));
    }

    void checkFindsMissingTable()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("incomplete.sqlite"))).take();
        QSqlQuery query(db->sql());
        QVERIFY(query.exec(QStringLiteral("DROP INDEX applications_by_company")));
        auto report = db->check();
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(QStringLiteral("applications_by_company")));
    }

    void saveCopyAsWritesIndependentCopy()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("source.sqlite"))).take();
        PipelineStore store(db);
        ApplicationFields fields;
        fields.company = QStringLiteral("Umbrella");
        fields.role = QStringLiteral("Chemist");
        const qint64 id =
            store.createApplication(fields, store.stages().value().first().id).value();
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(db->saveCopyAs(copy).ok());
        QVERIFY(!db->saveCopyAs(db->path()).ok());
        auto copied = Database::open(copy).take();
        QCOMPARE(PipelineStore(copied).fields(id).value().company, QStringLiteral("Umbrella"));
    }

private:
    struct DirHandle
    {
        std::unique_ptr<QTemporaryDir> *owner;
        QString filePath(const QString &name) const { return (*owner)->filePath(name); }
        QString path() const { return (*owner)->path(); }
    };
    std::unique_ptr<QTemporaryDir> m_temporary;
    DirHandle m_dir{&m_temporary};
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
