#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

// One open SecondRound file. Opening refuses, with the file left untouched, anything
// that is not a healthy SecondRound database this version can use.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Written into the file header so other SQLite files are told apart.
    static constexpr int ApplicationId = 0x53524E44;

    struct Options
    {
        QString migrationsDirectory = QStringLiteral(":/migrations");
        bool createIfMissing = true;
        // Only look (--check): read-only, no lock file, no update of the schema, no side
        // files; an empty file is reported as empty, not set up.
        bool inspectOnly = false;
        // Leave the whole-file integrity check to verifyIntegrity(), for the window: it reads
        // every page, which would keep a large file's window from appearing. Only taken when
        // opening writes nothing (the schema is current and the file already in WAL mode), so
        // a damaged file is still refused untouched; otherwise the check runs here as usual.
        bool deferIntegrityCheck = false;
    };

    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path);
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;
    // What every write on a file open read-only answers.
    static QString readOnlyMessage();
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The schema this version writes; an older file is updated when opened for use.
    int latestSchemaVersion() const { return m_latestVersion; }
    // Where the copy taken before the last schema update went; empty if none was needed.
    const QString &backupPath() const { return m_backupPath; }

    // Full health check for --check: schema, integrity and foreign keys. The lines say
    // what was checked; a failure names what is wrong.
    Result<QStringList> check() const;

    // Whether open() left the integrity check to verifyIntegrity() and it has not run yet.
    bool integrityCheckDeferred() const;
    // The check open() makes (PRAGMA quick_check), on the open connection, if open() left
    // it; a damaged file gets the same message open() gives. Transaction::begin() runs it
    // before the first write, so nothing is written to a file that has not passed it.
    Status verifyIntegrity() const;
    static Status verifyIntegrity(const QSqlDatabase &db);
    // The deferred check passed on a connection of its own (the window runs it in a thread
    // after the first paint): writes need not run it again.
    void integrityVerified() const;
    // The check itself (PRAGMA quick_check) on any connection to a file; `shown` names the
    // file in the message. Safe in any thread, on a connection made in that thread.
    static Status quickCheck(QSqlDatabase &db, const QString &shown);

    Status saveCopyAs(const QString &targetPath) const;

    // A file can be moved or deleted while it is open; SQLite then goes on writing to a
    // file nobody can reach any more. Transaction::begin() asks this before every write on
    // the connection, so nothing more goes there unnoticed.
    bool isFileStillThere() const;
    static Status checkFileStillThere(const QSqlDatabase &db);
    static QString fileGoneMessage(const QString &path);

private:
    Database() = default;
    static QString alreadyOpenMessage(const QString &shown);
    static QString diskFullMessage(const QString &shown);

    QString m_path;
    QString m_connectionName;
    QString m_migrationsDirectory;
    QString m_backupPath;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_latestVersion = 0;
    std::unique_ptr<QLockFile> m_lock;
};
