#include "core/BackgroundRead.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSqlError>

namespace {
QAtomicInt started;
QAtomicInt alive;
QMutex refusalMutex;
QString refusal;
} // namespace

BackgroundRead::BackgroundRead(QObject *parent)
    : QObject(parent)
{
    alive.ref();
}

BackgroundRead::~BackgroundRead()
{
    // A QThread must not be deleted while its thread runs; the result is dropped.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    alive.deref();
}

int BackgroundRead::running()
{
    return alive.loadRelaxed();
}

QString BackgroundRead::connectionName()
{
    return QStringLiteral("secondround-background-read-%1").arg(started.fetchAndAddRelaxed(1));
}

void BackgroundRead::refuseConnectionsForTesting(const QString &reason)
{
    const QMutexLocker lock(&refusalMutex);
    refusal = reason;
}

Status BackgroundRead::openReadOnly(QSqlDatabase &db, const QString &path)
{
    {
        const QMutexLocker lock(&refusalMutex);
        if (!refusal.isEmpty())
            return Status::failure(refusal);
    }
    db.setDatabaseName(path);
    // The window's connection may be writing: wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Status::failure(db.lastError().text());
    return Status::success();
}
