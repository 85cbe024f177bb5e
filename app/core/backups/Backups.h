#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// The backups of one SecondRound file. They live beside it, in a folder named after it
// ("jobs.sqlite" → "jobs-backups/"), so a person finds them with the file and they move
// with it; each is a complete SecondRound file (VACUUM INTO), owner-only (0600), named
// with the local date and time it was taken: "jobs-2026-11-20-093000.sqlite".
//
// Once a day, when the file is opened, a backup is taken unless one of that day exists;
// then the folder is rotated like restic's --keep-daily 7 --keep-weekly 4: the newest
// backup of each of the 7 latest days that have one, and of each of the 4 latest weeks
// (Monday to Sunday) that have one, stay; other backups go. Files in the folder that are
// not named like a backup are never touched.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int KeepDaily = 7;
    static constexpr int KeepWeekly = 4;

    enum class Kind { Daily, Manual, BeforeRestore };

    struct Entry
    {
        QString path;
        QDateTime takenAt; // local time, from the name
        bool beforeRestore = false;
        int counter = 1; // the second backup within one second is 2, and so on
    };
    struct Contents
    {
        int schemaVersion = 0;
        int applications = 0;
        int rounds = 0;
    };

    explicit Backups(const QString &databasePath);

    QString folder() const { return m_folder; }
    // Newest first.
    QList<Entry> list() const;

    // Takes today's backup unless there is one already, or the file is read-only (it cannot
    // change, and a file the app only reads gets nothing written beside it); then rotates.
    // The backup's path, or empty when none was due.
    Result<QString> takeDaily(const Database &database);
    // Whether takeDaily would take one: a writable file without a backup of today.
    bool dailyDue(const Database &database) const;
    // The day's backup through a connection of its own, so it can run on another thread
    // while the window goes on using the file (WAL lets one read while the other writes).
    // The file must be writable; rotate() afterwards.
    Result<QString> takeOnOwnConnection(Kind kind) const;
    // A backup now, whatever backups there are; not rotated until the next day's.
    Result<QString> take(const Database &database, Kind kind);
    // Removes what rotation does not keep; the paths removed.
    QStringList rotate() const;
    // Pure: which of these backups rotation removes.
    static QList<Entry> toRemove(const QList<Entry> &entries);

    // Whether the backup is a healthy SecondRound file this version can open (quick check,
    // schema check, full integrity check when thorough), with what it holds. Writes
    // nothing, not even beside the backup.
    static Result<Contents> inspect(const QString &backupPath, bool thorough);

    // Puts the backup's content in place of the file, which must be closed: copied beside it
    // first, then renamed over it in one step, owner-only. The file's old -wal and -shm are
    // removed so SQLite never applies them to the restored content.
    static Status replace(const QString &databasePath, const QString &backupPath);

private:
    QString nameFor(const QDateTime &local, Kind kind, int counter) const;
    // A new, unused name in the folder (made if missing), or why there is none.
    Result<QString> newTarget(Kind kind) const;
    bool parse(const QString &fileName, Entry *entry) const;

    QString m_databasePath;
    QString m_baseName;
    QString m_folder;
};
