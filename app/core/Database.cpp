#include "core/Database.h"

#include "core/Clock.h"
#include "core/DefaultStages.h"
#include "core/Migrator.h"
#include "core/SqlErrorText.h"
#include "core/files/OwnerOnlyFiles.h"
#include "core/practice/QuestionBank.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <sys/stat.h>
#elif defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#endif

namespace {

QString nextConnectionName(const QString &purpose)
{
    static QAtomicInt counter;
    return QStringLiteral("secondround-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

// Removes a named connection once every handle to it has gone out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(QString name)
        : m_name(std::move(name))
    {}
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QString name() const { return m_name; }

private:
    QString m_name;
};

bool queryInt(QSqlDatabase &db, const QString &sql, int *out, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    *out = query.value(0).toInt();
    return true;
}

Result<QStringList> runCheckPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return Result<QStringList>::failure(query.lastError().text());
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        rows << fields.join(QLatin1Char(' '));
    }
    return rows;
}

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

QString shmPath(const QString &path)
{
    return path + QStringLiteral("-shm");
}

// Reading a file without writing beside it. A plain read-only connection to a WAL file
// creates -wal and -shm with the file's own mode (0400 for a read-only file, which keeps
// the file unwritable after the user fixes its permissions) and fails in a read-only folder.
// immutable=1 makes SQLite read the file as it is, with no side files and no locks; it is
// only right when nothing else can write meanwhile and no -wal holds newer pages.
void setReadOnlyConnection(QSqlDatabase &db, const QString &absolute, bool immutable,
                           const QString &moreOptions = {})
{
    QUrl url = QUrl::fromLocalFile(absolute);
    url.setQuery(immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI") + moreOptions);
}

// Whether another live process holds the lock file, found without creating one.
bool lockHeldElsewhere(const QString &lockPath)
{
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return false;
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    // As QLockFile decides itself: a process that exists and has not exited yet.
    HANDLE process =
        ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return ::GetLastError() == ERROR_ACCESS_DENIED; // running, but not ours to look at
    DWORD exitCode = 0;
    const bool running = ::GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    ::CloseHandle(process);
    return running;
#else
    return true;
#endif
}

// Side files SQLite may have made while the file was only looked at; removed when the file
// is refused, so nothing is left beside a file the app did not take.
class SideFileGuard
{
public:
    explicit SideFileGuard(const QString &path)
        : m_path(path)
        , m_hadWal(QFile::exists(walPath(path)))
        , m_hadShm(QFile::exists(shmPath(path)))
    {}
    void removeNew() const
    {
        if (!m_hadWal)
            QFile::remove(walPath(m_path));
        if (!m_hadShm)
            QFile::remove(shmPath(m_path));
    }

private:
    QString m_path;
    bool m_hadWal;
    bool m_hadShm;
};

bool isDamage(const QSqlError &error)
{
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("malformed")) ||
           text.contains(QLatin1String("not a database")) ||
           text.contains(QLatin1String("corrupt"));
}

const char *const IdentityProperty = "secondround.fileIdentity";
const char *const PathProperty = "secondround.filePath";
const char *const IntegrityPendingProperty = "secondround.integrityPending";

// Which file a path names now: device and inode where there are such things; elsewhere only
// whether it exists (a moved file is still caught when it is gone from its place).
QString fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QStringLiteral("%1:%2").arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
#else
    return QFileInfo::exists(path) ? QStringLiteral("present") : QString();
#endif
}

} // namespace

QString Database::alreadyOpenMessage(const QString &shown)
{
    return tr("“%1” is already open in another SecondRound window. Close it there first, or "
              "open a different file.")
        .arg(shown);
}

QString Database::diskFullMessage(const QString &shown)
{
    return tr("The disk holding “%1” is full, so nothing can be written to it. Free some space "
              "and try again; the file was not changed.")
        .arg(shown);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("secondround.sqlite"));
}

Result<std::shared_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options());
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    using R = Result<std::shared_ptr<Database>>;
    if (path.trimmed().isEmpty())
        return R::failure(tr("No file name was given."));

    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    QFileInfo info(absolute);

    Migrator migrator(options.migrationsDirectory);
    if (Status loaded = migrator.load(); !loaded)
        return R::failure(loaded.error());

    bool createdHere = false;
    // Bytes 18 and 19 of the header are 2 in a file in WAL mode.
    bool walHeader = false;
    if (info.exists()) {
        if (!info.isFile())
            return R::failure(tr("“%1” is a folder, not a SecondRound file.").arg(shown));
        if (!info.isReadable())
            return R::failure(tr("“%1” cannot be read. Check its permissions.").arg(shown));
        if (info.size() == 0 && options.inspectOnly)
            return R::failure(tr("“%1” is empty (0 bytes): it holds no SecondRound data. "
                                 "Nothing was written to it.")
                                  .arg(shown));
        if (info.size() > 0) {
            QFile file(absolute);
            if (!file.open(QIODevice::ReadOnly))
                return R::failure(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
            const QByteArray header = file.read(20);
            walHeader = header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
            if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
                return R::failure(tr("“%1” is not a SecondRound file: it is not an SQLite "
                                     "database. The file was not changed.")
                                      .arg(shown));
        }
    } else {
        if (!options.createIfMissing || options.inspectOnly)
            return R::failure(tr("“%1” does not exist.").arg(shown));
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(tr("The folder for “%1” could not be created.").arg(shown));
        // Owner-only from the first byte: job-search notes are private.
        QString error;
        if (!OwnerOnlyFiles::createEmpty(absolute, &error)) {
            if (OwnerOnlyFiles::diskFull(absolute))
                return R::failure(diskFullMessage(shown));
            return R::failure(tr("“%1” could not be created: %2").arg(shown, error));
        }
        createdHere = true;
        info.refresh();
    }
    auto removeCreated = [&] {
        if (createdHere)
            QFile::remove(absolute);
    };

    std::shared_ptr<Database> database(new Database);
    database->m_path = absolute;
    database->m_migrationsDirectory = options.migrationsDirectory;
    // The owner's write bit, not access(): a file the user marked read-only stays untouched
    // even for an administrator.
    database->m_readOnly = options.inspectOnly || !info.isWritable() ||
                           !(info.permissions() & QFileDevice::WriteOwner);
    database->m_latestVersion = migrator.latestVersion();

    const QString lockPath = absolute + QStringLiteral(".lock");
    // Only looking writes nothing, not even a lock file; a file open elsewhere is still
    // refused, as it would be when opened for use.
    if (options.inspectOnly && lockHeldElsewhere(lockPath))
        return R::failure(alreadyOpenMessage(shown));
    if (!options.inspectOnly)
        database->m_lock = std::make_unique<QLockFile>(lockPath);
    bool locked = options.inspectOnly;
    if (database->m_lock) {
        database->m_lock->setStaleLockTime(0);
        const OwnerOnlyFiles ownerOnly;
        locked = database->m_lock->tryLock(200);
    }
    if (!locked) {
        if (database->m_lock->error() == QLockFile::LockFailedError) {
            removeCreated();
            return R::failure(alreadyOpenMessage(shown));
        }
        if (OwnerOnlyFiles::diskFull(absolute)) {
            removeCreated();
            return R::failure(diskFullMessage(shown));
        }
        // A read-only folder cannot hold a lock file; a read-only file needs none.
        if (!database->m_readOnly) {
            removeCreated();
            return R::failure(
                tr("“%1” cannot be locked for writing. Check the folder's permissions.")
                    .arg(shown));
        }
        database->m_lock.reset();
    }

    // Look before touching: a read-only connection cannot change a byte of the file.
    // Nothing else writes while this process holds the lock (or, for a read-only file, at
    // all), so a file without a -wal can be read as immutable: no side files appear.
    const bool immutable = !QFile::exists(walPath(absolute));
    const SideFileGuard sideFiles(absolute);
    auto refuse = [&](const QString &message) {
        removeCreated();
        sideFiles.removeNew();
        return R::failure(message);
    };
    int version = 0;
    bool integrityDeferred = false;
    if (info.size() > 0) {
        ScopedConnection probe(nextConnectionName(QStringLiteral("probe")));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe.name());
        setReadOnlyConnection(db, absolute, immutable);
        if (!db.open())
            return refuse(tr("“%1” could not be opened: %2").arg(shown, db.lastError().text()));
        QSqlError error;
        int applicationId = 0;
        int tableCount = 0;
        int peekVersion = 0;
        QSqlError ignored;
        const bool current =
            queryInt(db, QStringLiteral("PRAGMA user_version"), &peekVersion, &ignored) &&
            peekVersion == migrator.latestVersion();
        // Deferred only when opening writes nothing before the check has run.
        const bool defer = options.deferIntegrityCheck && !options.inspectOnly && current &&
                           (walHeader || database->m_readOnly);
        if (!defer) {
            if (Status healthy = quickCheck(db, shown); !healthy) {
                db.close();
                return refuse(healthy.error());
            }
        }
        integrityDeferred = defer;
        const bool read =
            queryInt(db, QStringLiteral("PRAGMA user_version"), &version, &error) &&
            queryInt(db, QStringLiteral("PRAGMA application_id"), &applicationId, &error) &&
            queryInt(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &tableCount, &error);
        db.close();
        if (!read)
            return refuse(tr("“%1” could not be read: %2").arg(shown, error.text()));
        if ((version > 0 && applicationId != ApplicationId) || (version == 0 && tableCount > 0))
            return refuse(tr("“%1” is an SQLite database of another program, not a "
                             "SecondRound file. The file was not changed.")
                              .arg(shown));
        if (version > migrator.latestVersion())
            return refuse(tr("“%1” was written by a newer version of SecondRound (schema "
                             "%2; this version knows up to %3). Update SecondRound to "
                             "open it. The file was not changed.")
                              .arg(shown)
                              .arg(version)
                              .arg(migrator.latestVersion()));
    }
    if (database->m_readOnly && !options.inspectOnly && version < migrator.latestVersion())
        return refuse(tr("“%1” is read-only and needs an update to this version's format. "
                         "Make it writable or save a copy of it first.")
                          .arg(shown));

    if (!database->m_readOnly && version > 0 && version < migrator.latestVersion()) {
        // A copy of the file as it was, before the schema changes under it.
        const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup =
            QStringLiteral("%1.v%2-%3.backup").arg(absolute).arg(version).arg(stamp);
        auto backupFailed = [&](const QString &reason) {
            QFile::remove(backup);
            return R::failure(tr("A backup of “%1” could not be made before updating it, so it "
                                 "was left as it is: %2")
                                  .arg(shown, reason));
        };
        // VACUUM INTO fills an empty file and keeps its mode; SQLite gives the copy's
        // journal the same mode. The umask covers anything else it creates.
        const OwnerOnlyFiles ownerOnly;
        QString createError;
        if (!OwnerOnlyFiles::createEmpty(backup, &createError))
            return R::failure(tr("A backup of “%1” could not be made before updating it, so it "
                                 "was left as it is: %2")
                                  .arg(shown, createError));
        ScopedConnection backupConnection(nextConnectionName(QStringLiteral("backup")));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), backupConnection.name());
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery vacuum(db);
        if (!db.open() || !vacuum.prepare(QStringLiteral("VACUUM INTO ?")))
            return backupFailed(db.lastError().text());
        vacuum.addBindValue(backup);
        if (!vacuum.exec())
            return backupFailed(SqlErrorText::describe(vacuum.lastError(), QString()).trimmed());
        database->m_backupPath = backup;
    }

    database->m_connectionName = nextConnectionName(QStringLiteral("main"));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (database->m_readOnly) {
        setReadOnlyConnection(db, absolute, immutable,
                              QStringLiteral(";QSQLITE_BUSY_TIMEOUT=2000"));
    } else {
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    }
    if (!db.open())
        return refuse(tr("“%1” could not be opened: %2").arg(shown, db.lastError().text()));
    if (QSqlDriver *driver = db.driver()) {
        driver->setProperty(IdentityProperty, fileIdentity(absolute));
        driver->setProperty(PathProperty, absolute);
        driver->setProperty(IntegrityPendingProperty, integrityDeferred);
    }
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!database->m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            const QSqlError error = query.lastError();
            query = QSqlQuery();
            db.close();
            if (OwnerOnlyFiles::diskFull(absolute))
                return refuse(diskFullMessage(shown));
            return refuse(SqlErrorText::describe(
                error, tr("“%1” could not be prepared for use.").arg(shown)));
        }
    }

    if (!database->m_readOnly) {
        const Status migrated =
            migrator.migrate(db, version, [&migrator](QSqlDatabase &conn, int step) {
                // The shipped question bank goes in with the practice tables, new file or old.
                if (migrator.steps().value(step - 1).name == QLatin1String("practice"))
                    return QuestionBank::seed(conn);
                // The stages learn which default each is, in whatever language it was made.
                if (migrator.steps().value(step - 1).name == QLatin1String("languages"))
                    return DefaultStages::adopt(conn);
                if (step != 1)
                    return Status::success();
                QSqlQuery query(conn);
                if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
                    return Status::failure(query.lastError().text());
                return DefaultStages::insert(conn);
            });
        if (!migrated) {
            db.close();
            if (OwnerOnlyFiles::diskFull(absolute))
                return refuse(diskFullMessage(shown));
            return refuse(migrated.error());
        }
        // Default stage names follow the language of the user interface. Not being able to
        // is no reason to refuse the file: it still works with the names it has.
        if (const Status localised = DefaultStages::localise(db); !localised)
            qWarning("Default stage names not localised: %s", qPrintable(localised.error()));
    }
    database->m_schemaVersion = std::max(version, migrator.latestVersion());
    if (database->m_readOnly)
        database->m_schemaVersion = version;
    return database;
}

Status Database::quickCheck(QSqlDatabase &db, const QString &shown)
{
    QString integrity;
    QSqlQuery quick(db);
    if (quick.exec(QStringLiteral("PRAGMA quick_check(1)")) && quick.next()) {
        integrity = quick.value(0).toString();
    } else if (!isDamage(quick.lastError())) {
        // Not reading is not damage: say what stopped it.
        return Status::failure(tr("“%1” could not be read (%2). The file was not changed.")
                                   .arg(shown, quick.lastError().text()));
    } else {
        integrity = quick.lastError().text();
    }
    if (integrity != QLatin1String("ok"))
        return Status::failure(tr("“%1” is damaged and cannot be used (%2). The file was not "
                                  "changed; open a backup copy instead.")
                                   .arg(shown, integrity));
    return Status::success();
}

void Database::integrityVerified() const
{
    if (QSqlDriver *driver = sql().driver())
        driver->setProperty(IntegrityPendingProperty, false);
}

bool Database::integrityCheckDeferred() const
{
    const QSqlDriver *driver = sql().driver();
    return driver && driver->property(IntegrityPendingProperty).toBool();
}

Status Database::verifyIntegrity() const
{
    return verifyIntegrity(sql());
}

Status Database::verifyIntegrity(const QSqlDatabase &connection)
{
    QSqlDriver *driver = connection.driver();
    if (!driver || !driver->property(IntegrityPendingProperty).toBool())
        return Status::success();
    QSqlDatabase db = connection;
    const Status healthy =
        quickCheck(db, QDir::toNativeSeparators(driver->property(PathProperty).toString()));
    if (healthy)
        driver->setProperty(IntegrityPendingProperty, false);
    return healthy;
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QStringList> Database::check() const
{
    QStringList report;
    QSqlDatabase db = sql();

    int version = 0;
    QSqlError error;
    if (!queryInt(db, QStringLiteral("PRAGMA user_version"), &version, &error))
        return Result<QStringList>::failure(
            tr("The schema version could not be read: %1").arg(error.text()));
    report << tr("Schema version: %1").arg(version);

    // The schema must hold everything a fresh file of the same version holds.
    Migrator migrator(m_migrationsDirectory);
    if (Status loaded = migrator.load(); !loaded)
        return Result<QStringList>::failure(loaded.error());
    ScopedConnection reference(nextConnectionName(QStringLiteral("reference")));
    {
        QSqlDatabase fresh = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reference.name());
        fresh.setDatabaseName(QStringLiteral(":memory:"));
        if (!fresh.open())
            return Result<QStringList>::failure(fresh.lastError().text());
        Migrator limited = migrator;
        if (Status migrated = limited.migrate(fresh, 0); !migrated)
            return Result<QStringList>::failure(migrated.error());
        const QString listSql = QStringLiteral(
            "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
        auto expected = runCheckPragma(fresh, listSql);
        auto actual = runCheckPragma(db, listSql);
        if (!expected || !actual)
            return Result<QStringList>::failure(tr("The schema could not be listed."));
        QStringList missing;
        for (const QString &item : expected.value())
            if (!actual.value().contains(item))
                missing << item;
        if (version == migrator.latestVersion() && !missing.isEmpty())
            return Result<QStringList>::failure(tr("The schema is incomplete; missing: %1")
                                                    .arg(missing.join(QStringLiteral(", "))));
        report << tr("Schema: %1 tables and indexes present").arg(expected.value().size());
    }

    auto integrity = runCheckPragma(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Result<QStringList>::failure(
            tr("The integrity check could not run: %1").arg(integrity.error()));
    if (integrity.value() != QStringList{QStringLiteral("ok")})
        return Result<QStringList>::failure(tr("The integrity check found damage: %1")
                                                .arg(integrity.value().join(QStringLiteral("; "))));
    report << tr("Integrity: ok");

    auto foreignKeys = runCheckPragma(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return Result<QStringList>::failure(foreignKeys.error());
    if (!foreignKeys.value().isEmpty())
        return Result<QStringList>::failure(tr("%n broken reference(s) between records were found.",
                                               nullptr, int(foreignKeys.value().size())));
    report << tr("References: ok");
    return report;
}

bool Database::isFileStillThere() const
{
    return checkFileStillThere(sql()).ok();
}

Status Database::checkFileStillThere(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver)
        return Status::success();
    const QVariant identity = driver->property(IdentityProperty);
    // Connections made outside Database::open (schema steps, tests) have nothing to compare.
    if (!identity.isValid())
        return Status::success();
    const QString path = driver->property(PathProperty).toString();
    const QString now = fileIdentity(path);
    if (!now.isEmpty() && now == identity.toString())
        return Status::success();
    return Status::failure(fileGoneMessage(path));
}

QString Database::fileGoneMessage(const QString &path)
{
    return tr("“%1” was moved or deleted while it was open, so nothing more is saved to it. "
              "Use File > Save a copy as to keep everything that is open in a new file.")
        .arg(QDir::toNativeSeparators(path));
}

Status Database::saveCopyAs(const QString &targetPath) const
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (target == m_path)
        return Status::failure(tr("Choose a different file name for the copy."));
    if (QFile::exists(target) && !QFile::remove(target))
        return Status::failure(
            tr("“%1” could not be replaced.").arg(QDir::toNativeSeparators(target)));
    // Owner-only from the first byte, as the file it copies.
    const OwnerOnlyFiles ownerOnly;
    QString createError;
    if (!OwnerOnlyFiles::createEmpty(target, &createError))
        return Status::failure(
            tr("“%1” could not be created: %2").arg(QDir::toNativeSeparators(target), createError));
    auto failed = [&target](const QSqlError &error) {
        QFile::remove(target);
        return Status::failure(SqlErrorText::describe(error, tr("The copy failed.")));
    };
    QSqlQuery query(sql());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return failed(query.lastError());
    query.addBindValue(target);
    if (!query.exec())
        return failed(query.lastError());
    return Status::success();
}

QString Database::readOnlyMessage()
{
    return tr("This file is open read-only, so nothing can be changed. Save a copy to make "
              "changes.");
}
