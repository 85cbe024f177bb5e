#pragma once

#include "core/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

// A long read (the whole-file check, every card of a large board) on a read-only connection
// of its own, in a thread of its own, so the window keeps answering while it runs. The
// connection is made, used and removed inside that thread (Qt's rule: a connection belongs
// to the thread that made it), under a name no other connection has. The result reaches
// `done` in the thread the BackgroundRead lives in (the window's), through its event loop.
// Deleting it — or its parent — waits for the read to end and drops the result, so give it
// a parent that lives exactly as long as the result is wanted (the file session).
class BackgroundRead : public QObject
{
    Q_OBJECT

public:
    // T is Status or a Result<…>: a connection that cannot be opened becomes its failure.
    template<typename T>
    static BackgroundRead *start(const QString &path, QObject *parent,
                                 std::function<T(QSqlDatabase &)> read, std::function<void(T)> done)
    {
        auto *job = new BackgroundRead(parent);
        auto result = std::make_shared<std::optional<T>>();
        job->m_thread = QThread::create([path, read = std::move(read), result] {
            const QString name = connectionName();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                const Status opened = openReadOnly(db, path);
                if (opened)
                    result->emplace(read(db));
                else
                    result->emplace(T(opened));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
        connect(job->m_thread, &QThread::finished, job, [job, result, done = std::move(done)] {
            // Gone before anything else runs: done() may close the file, and with it the
            // parent of this object.
            const auto deliver = done;
            job->deleteLater();
            if (*result)
                deliver(std::move(**result));
        });
        job->m_thread->start(QThread::LowPriority);
        return job;
    }

    ~BackgroundRead() override;

    // How many reads are running now, in the whole program (tests wait for none).
    static int running();

private:
    explicit BackgroundRead(QObject *parent);
    static QString connectionName();
    static Status openReadOnly(QSqlDatabase &db, const QString &path);

    QThread *m_thread = nullptr;
};
