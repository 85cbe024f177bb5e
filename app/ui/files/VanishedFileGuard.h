#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>

class FileSession;
class QWidget;

// Notices when the open file is moved or deleted behind the app's back (its identity no
// longer matches) and offers at once to save everything that is open to a new file, so no
// edit is lost. Writes are refused meanwhile (Transaction checks the same identity).
class VanishedFileGuard : public QObject
{
    Q_OBJECT

public:
    // Lives as long as the session (its parent).
    VanishedFileGuard(FileSession *session, QWidget *window);

    // Looks now; asks the user once per file.
    void check();

signals:
    // The open data was saved to path: the window opens that file instead.
    void savedAs(const QString &path);

private:
    FileSession *m_session;
    QPointer<QWidget> m_window;
    QFileSystemWatcher m_watcher;
    bool m_asked = false;
};
