#include "core/files/OwnerOnlyFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

OwnerOnlyFiles::OwnerOnlyFiles()
{
#ifdef Q_OS_UNIX
    m_previous = ::umask(S_IRWXG | S_IRWXO);
#endif
}

OwnerOnlyFiles::~OwnerOnlyFiles()
{
#ifdef Q_OS_UNIX
    ::umask(static_cast<mode_t>(m_previous));
#endif
}

bool OwnerOnlyFiles::createEmpty(const QString &path, QString *error)
{
    QFile file(path);
    // The mode is given to open(), so the file never exists with wider permissions.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.close();
    return true;
}

bool OwnerOnlyFiles::diskFull(const QString &path)
{
    // A few pages: less than that cannot hold a lock file or a transaction.
    constexpr qint64 almostNothing = 64 * 1024;
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    const QStorageInfo storage(existing);
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() >= 0 &&
           storage.bytesAvailable() < almostNothing;
}
