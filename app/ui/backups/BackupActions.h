#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class FileSession;
class QAction;
class QThread;
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
    ~BackupActions() override;

    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }
    // Enables what the open file allows (a read-only file cannot be restored over).
    void updateActions();

    // A file was opened: the day's backup, unless there is one already. It runs on a thread
    // of its own (about 0.4 s for 10,000 applications, more than opening the file takes),
    // so the window appears and answers meanwhile. A failure only shows in the status line:
    // the file itself is fine.
    void fileOpened();
    // Waits for the day's backup if one is being taken, and rotates after it.
    void finishDailyBackup();
    bool dailyBackupRunning() const { return m_thread != nullptr; }
    bool backUpNow();
    bool restore();

private:
    QWidget *m_window;
    WindowFrame *m_frame;
    Hooks m_hooks;
    QAction *m_backUpNow;
    QAction *m_restore;
    QThread *m_thread = nullptr;
    std::shared_ptr<Result<QString>> m_dailyResult;
    QString m_dailyPath;
};
