#include "core/BackgroundRead.h"

#include <QAtomicInt>
#include <QSqlError>

namespace {
QAtomicInt started;
QAtomicInt alive;
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

Status BackgroundRead::openReadOnly(QSqlDatabase &db, const QString &path)
{
    db.setDatabaseName(path);
    // The window's connection may be writing: wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Status::failure(db.lastError().text());
    return Status::success();
}
