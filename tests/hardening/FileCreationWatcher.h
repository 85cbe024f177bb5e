#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <thread>

#ifdef Q_OS_LINUX
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

// Records the mode every file has the moment it appears in a folder, so a test can tell a
// file created owner-only from one made private only after it was written.
class FileCreationWatcher
{
public:
    static bool supported()
    {
#ifdef Q_OS_LINUX
        return true;
#else
        return false;
#endif
    }

    explicit FileCreationWatcher(const QString &folder)
        : m_folder(folder)
    {
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK);
        if (m_fd >= 0)
            inotify_add_watch(m_fd, folder.toLocal8Bit().constData(), IN_CREATE | IN_MOVED_TO);
        m_thread = std::thread([this] { run(); });
#endif
    }

    ~FileCreationWatcher()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }

    // File name → permission bits when first seen (-1 if it was gone already).
    QHash<QString, int> modes() const
    {
        QMutexLocker locker(&m_mutex);
        return m_modes;
    }

private:
    void run()
    {
#ifdef Q_OS_LINUX
        alignas(inotify_event) char buffer[8192];
        while (!m_stop) {
            pollfd descriptor{m_fd, POLLIN, 0};
            if (::poll(&descriptor, 1, 5) <= 0)
                continue;
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            for (ssize_t offset = 0; offset < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                if (event->len > 0) {
                    const QString name = QString::fromLocal8Bit(event->name);
                    struct stat info;
                    const QByteArray path = (m_folder + QLatin1Char('/') + name).toLocal8Bit();
                    const int mode =
                        ::stat(path.constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
                    QMutexLocker locker(&m_mutex);
                    if (!m_modes.contains(name) || m_modes.value(name) == -1)
                        m_modes.insert(name, mode);
                }
                offset += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
#endif
    }

    QString m_folder;
    int m_fd = -1;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    mutable QMutex m_mutex;
    QHash<QString, int> m_modes;
};
