#include "ui/files/VanishedFileGuard.h"

#include "core/Database.h"
#include "models/FileSession.h"
#include "ui/Prompter.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>
#include <QWidget>

VanishedFileGuard::VanishedFileGuard(FileSession *session, QWidget *window)
    : QObject(session)
    , m_session(session)
    , m_window(window)
{
    const QString path = session->path();
    m_watcher.addPath(path);
    // A rename inside the folder shows as a change of the folder.
    m_watcher.addPath(QFileInfo(path).absolutePath());
    // Looked at after the event that told of the change, not inside it.
    auto later = [this] {
        QTimer::singleShot(0, this, &VanishedFileGuard::check);
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, later);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, later);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [later](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    later();
            });
}

void VanishedFileGuard::check()
{
    if (m_asked || m_session->database().isFileStillThere())
        return;
    m_asked = true;
    Prompter &prompter = Prompter::instance();
    const QString path = m_session->path();
    const QString title = tr("File moved or deleted");
    if (!prompter.confirm(m_window, title,
                          tr("“%1” was moved or deleted while it was open. Nothing more can be "
                             "saved to it, but everything that is open is still here.\n\nSave "
                             "it to a new file now?")
                              .arg(QDir::toNativeSeparators(path)),
                          tr("Save as…")))
        return;
    const QString target =
        prompter.saveFileName(m_window, tr("Save everything to a new file"),
                              QFileInfo(path).absolutePath(), tr("SecondRound files (*.sqlite)"));
    if (target.isEmpty()) {
        m_asked = false; // asked again at the next change or return to the app
        return;
    }
    if (Status saved = m_session->database().saveCopyAs(target); !saved) {
        prompter.error(m_window, title, saved.error());
        m_asked = false;
        return;
    }
    emit savedAs(QFileInfo(target).absoluteFilePath());
}
