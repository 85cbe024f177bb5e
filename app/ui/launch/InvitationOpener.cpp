#include "ui/launch/InvitationOpener.h"

#include "core/Database.h"
#include "models/FileSession.h"
#include "ui/MainWindow.h"
#include "ui/calendar/CalendarTab.h"
#include "ui/launch/InstanceChannel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QTimer>

InvitationOpener::InvitationOpener(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_channel(new InstanceChannel(this))
{
    connect(window, &MainWindow::fileOpened, m_channel, &InstanceChannel::listen);
    if (window->session())
        m_channel->listen(window->session()->path());
    connect(m_channel, &InstanceChannel::filesReceived, this, &InvitationOpener::open);
    qApp->installEventFilter(this);
}

InvitationOpener::~InvitationOpener()
{
    qApp->removeEventFilter(this);
}

QString InvitationOpener::startFileFor(const QString &commandLinePath, const QString &remembered)
{
    if (!commandLinePath.isEmpty())
        return QFileInfo(commandLinePath).absoluteFilePath();
    if (!remembered.isEmpty() && QFileInfo::exists(remembered))
        return remembered;
    return Database::defaultPath();
}

void InvitationOpener::open(const QStringList &files)
{
    for (const QString &file : files)
        m_queue << QFileInfo(file).absoluteFilePath();
    // From the event loop: never inside the socket's or the event's own handler.
    QTimer::singleShot(0, this, &InvitationOpener::importNext);
}

bool InvitationOpener::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty()) {
            open({file});
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void InvitationOpener::importNext()
{
    // The import dialog is modal: what arrives meanwhile waits for it to close.
    if (m_importing || m_queue.isEmpty() || !m_window)
        return;
    m_importing = true;
    bringWindowToFront();
    while (!m_queue.isEmpty() && m_window) {
        const QString file = m_queue.takeFirst();
        auto *calendar = m_window->tab<CalendarTab>();
        if (!m_window->session() || !calendar) {
            m_window->showError(
                tr("“%1” was not imported because no SecondRound file is open. Open one, then "
                   "use File > Import invitation (.ics)…")
                    .arg(QDir::toNativeSeparators(file)));
            continue;
        }
        calendar->importInvitationFile(file);
    }
    m_importing = false;
}

void InvitationOpener::bringWindowToFront()
{
    if (m_window->isMinimized())
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
