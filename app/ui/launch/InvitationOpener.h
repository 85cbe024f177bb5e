#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

class InstanceChannel;
class MainWindow;

// Calendar invitations given to SecondRound from outside the window: on its command line
// (the desktop entry's %F, Windows' Open with), from a second launch through InstanceChannel,
// and from macOS's Finder as a QFileOpenEvent. Each is imported into the open file as if
// dropped on the window, one after another, with the window brought to the front.
class InvitationOpener : public QObject
{
    Q_OBJECT

public:
    // Listens on the channel of whichever file the window has open, and for file-open events.
    explicit InvitationOpener(MainWindow *window, QObject *parent = nullptr);
    ~InvitationOpener() override;

    // The file a launch would open, without asking anything: the one given, else the one
    // used last while it exists, else the default file.
    static QString startFileFor(const QString &commandLinePath, const QString &remembered);

    // Queues the files for import; they are imported when the event loop runs.
    void open(const QStringList &files);

    InstanceChannel *channel() const { return m_channel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void importNext();
    void bringWindowToFront();

    QPointer<MainWindow> m_window;
    InstanceChannel *m_channel;
    QStringList m_queue;
    bool m_importing = false;
};
