#include "ui/launch/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <algorithm>

namespace {

// A request is: quint32 length, then (magic, version, database path, files) in a
// QDataStream; the answer is one byte.
constexpr quint32 Magic = 0x53524e44; // "SRND"
constexpr quint32 Version = 1;
constexpr char Taken = 'Y';
constexpr char NotTaken = 'N';
constexpr int MaxFiles = 1000;

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    // The same file, whatever the case of its name.
    canonical = canonical.toCaseFolded();
#endif
    return canonical;
}

} // namespace

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
{}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::nameFor(const QString &databasePath)
{
    // The home folder keeps two users' channels apart where names are shared (/tmp, pipes).
    const QByteArray key =
        (QDir::homePath() + QLatin1Char('\n') + canonicalPath(databasePath)).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("secondround-") + QString::fromLatin1(hash.left(32));
}

bool InstanceChannel::handOver(const QString &databasePath, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(nameFor(databasePath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QStringList absolute;
    for (const QString &file : files)
        absolute << QFileInfo(file).absoluteFilePath();
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << Magic << Version << canonicalPath(databasePath) << absolute;
    }
    QByteArray request;
    {
        QDataStream out(&request, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << quint32(body.size());
    }
    request += body;
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char answer = NotTaken;
    return socket.getChar(&answer) && answer == Taken;
}

bool InstanceChannel::listen(const QString &databasePath)
{
    stop();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::onNewConnection);
    const QString name = nameFor(databasePath);
    bool listening = m_server->listen(name);
    if (!listening && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Left behind by a process that ended without closing it, unless someone answers.
        QLocalSocket probe;
        probe.connectToServer(name);
        if (!probe.waitForConnected(200)) {
            QLocalServer::removeServer(name);
            listening = m_server->listen(name);
        }
    }
    if (!listening) {
        qWarning("Invitations from other launches cannot reach this window: %s",
                 qPrintable(m_server->errorString()));
        stop();
        return false;
    }
    m_databasePath = canonicalPath(databasePath);
    return true;
}

void InstanceChannel::stop()
{
    delete m_server;
    m_server = nullptr;
    m_databasePath.clear();
}

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void InstanceChannel::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void InstanceChannel::onReadyRead(QLocalSocket *socket)
{
    if (socket->property("secondround.answered").toBool())
        return;
    constexpr int lengthBytes = sizeof(quint32);
    if (socket->bytesAvailable() < lengthBytes)
        return;
    quint32 length = 0;
    {
        QDataStream peek(socket->peek(lengthBytes));
        peek >> length;
    }
    if (length > MaxRequestBytes) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < lengthBytes + qint64(length))
        return;
    socket->skip(lengthBytes);
    const QByteArray body = socket->read(length);
    socket->setProperty("secondround.answered", true);

    QDataStream in(body);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint32 version = 0;
    QString path;
    QStringList files;
    in >> magic >> version;
    if (in.status() == QDataStream::Ok && magic == Magic && version == Version)
        in >> path >> files;
    const bool valid = in.status() == QDataStream::Ok && magic == Magic && version == Version &&
                       in.atEnd() && !files.isEmpty() && files.size() <= MaxFiles &&
                       std::all_of(files.cbegin(), files.cend(),
                                   [](const QString &file) { return QDir::isAbsolutePath(file); });
    const bool taken = valid && !m_databasePath.isEmpty() && path == m_databasePath;
    socket->putChar(taken ? Taken : NotTaken);
    socket->flush();
    socket->disconnectFromServer();
    if (taken) {
        // After the answer, so the other launch can end while a dialog opens here.
        QMetaObject::invokeMethod(
            this, [this, files] { emit filesReceived(files); }, Qt::QueuedConnection);
    }
}
