#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// Lets a second launch with calendar files hand them to the window that already has the same
// SecondRound file open, instead of being refused the locked file. One local socket (a named
// pipe on Windows) per user and file, which only that user can reach; QtNetwork's
// QLocalServer is Qt's portable way to do this.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(QObject *parent = nullptr);
    ~InstanceChannel() override;

    // The channel's name for a SecondRound file, the same for every spelling of its path.
    static QString nameFor(const QString &databasePath);

    // From a second launch: gives files (made absolute here) to the process that has
    // databasePath open. True once that process took them; false at once when nobody
    // listens, or when the process has another file open by now.
    static bool handOver(const QString &databasePath, const QStringList &files,
                         int timeoutMs = 5000);

    // Listens for the file now open, instead of the one before. False when the channel
    // cannot be opened; the window works on without it.
    bool listen(const QString &databasePath);
    void stop();
    bool isListening() const;

    // The largest request accepted, far above any real list of files.
    static constexpr qint64 MaxRequestBytes = 1024 * 1024;

signals:
    void filesReceived(const QStringList &files);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
    QString m_databasePath;
};
