#pragma once

#include <QString>

// While an instance lives, files this process creates are readable and writable by their
// owner only, from their first byte (the umask on Unix; Windows has no such mode and keeps
// its folder's access rules). For the files SQLite, QLockFile and QSaveFile create on their
// own: backups and their journals, the lock file, exported calendars.
class OwnerOnlyFiles
{
public:
    OwnerOnlyFiles();
    ~OwnerOnlyFiles();
    OwnerOnlyFiles(const OwnerOnlyFiles &) = delete;
    OwnerOnlyFiles &operator=(const OwnerOnlyFiles &) = delete;

    // Creates an empty file that must not exist yet, owner-only. False with *error set
    // when it cannot.
    static bool createEmpty(const QString &path, QString *error);

    // Whether the disk holding path has (almost) no room left, so a failed write can be
    // blamed on that rather than on permissions.
    static bool diskFull(const QString &path);

private:
    unsigned m_previous = 0;
};
