#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

class FileSession;
class QAction;
class QWidget;
class WindowFrame;

// File > Back up now, File > Restore from backup… and the day's automatic backup when a
// file is opened (see core/backups/Backups). A restore replaces the file underneath the
// window, so the window hands over how to close and reopen its file: the session is torn
// down in the one place that does it, and the restored file opens like any other.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<FileSession *()> session;
        std::function<void()> closeFile;
        std::function<bool(const QString &)> openFile;
    };

    BackupActions(QWidget *window, WindowFrame *frame, Hooks hooks, QObject *parent = nullptr);

    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }
    // Enables what the open file allows (a read-only file cannot be restored over).
    void updateActions();

    // A file was opened: the day's backup, unless there is one already. A failure only
    // shows in the status line: the file itself is fine.
    void fileOpened();
    bool backUpNow();
    bool restore();

private:
    QWidget *m_window;
    WindowFrame *m_frame;
    Hooks m_hooks;
    QAction *m_backUpNow;
    QAction *m_restore;
};
