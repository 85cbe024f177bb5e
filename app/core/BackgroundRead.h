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
    // T is Status or a Result<…>. A connection that cannot be opened (a file on a share that
    // refuses a second reader, a path gone since) is not the file's fault: it reaches
    // `notOpened` when given, so the caller can read on its own connection instead, and
    // otherwise becomes the failure handed to `done`.
    template<typename T>
    static BackgroundRead *start(const QString &path, QObject *parent,
                                 std::function<T(QSqlDatabase &)> read, std::function<void(T)> done,
                                 std::function<void(Status)> notOpened = {})
    {
        auto *job = new BackgroundRead(parent);
        auto result = std::make_shared<std::optional<T>>();
        auto openFailure = std::make_shared<Status>(Status::success());
        job->m_thread = QThread::create([path, read = std::move(read), result, openFailure] {
            const QString name = connectionName();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                const Status opened = openReadOnly(db, path);
                if (opened)
                    result->emplace(read(db));
                else
                    *openFailure = opened;
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
        connect(
            job->m_thread, &QThread::finished, job,
            [job, result, openFailure, done = std::move(done), notOpened = std::move(notOpened)] {
                // Gone before anything else runs: done() may close the file, and with it
                // the parent of this object.
                const auto deliver = done;
                const auto fallBack = notOpened;
                job->deleteLater();
                if (*result)
                    deliver(std::move(**result));
                else if (fallBack)
                    fallBack(*openFailure);
                else
                    deliver(T(*openFailure));
            });
        job->m_thread->start(QThread::LowPriority);
        return job;
    }

    ~BackgroundRead() override;

    // How many reads are running now, in the whole program (tests wait for none).
    static int running();
    // Tests: every connection opened from now on is refused with `reason` (empty: none is).
    static void refuseConnectionsForTesting(const QString &reason);

private:
    explicit BackgroundRead(QObject *parent);
    static QString connectionName();
    static Status openReadOnly(QSqlDatabase &db, const QString &path);

    QThread *m_thread = nullptr;
};
