#include "FakePrompter.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "core/RoundStore.h"
#include "models/FileSession.h"
#include "ui/MainWindow.h"
#include "ui/launch/InstanceChannel.h"
#include "ui/launch/InvitationOpener.h"

#include <QDataStream>
#include <QDir>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>

// A second launch with an invitation hands it to the window that has the file open (two real
// processes: this test's window and the secondround executable), the channel refuses what is
// not meant for it, and invitations arriving otherwise are imported one after another.
class TestInvitationLaunch : public WindowTestCase
{
    Q_OBJECT

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(ICS_FIXTURES "/") + QLatin1String(name);
    }

    void acceptImports()
    {
        m_prompter->dialogHandler = [this](QDialog &dialog) {
            ++m_dialogs;
            dialog.accept();
            return dialog.result();
        };
    }

    // Sends raw bytes to a channel and returns its one-byte answer; empty when it hung up.
    static QByteArray sendRaw(const QString &name, const QByteArray &bytes)
    {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(2000))
            return "not connected";
        socket.write(bytes);
        socket.flush();
        QByteArray answer;
        const bool ended = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return !answer.isEmpty() || socket.state() == QLocalSocket::UnconnectedState;
            },
            3000);
        return ended ? answer : QByteArray("no answer");
    }

    static QByteArray frame(const QByteArray &body)
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << quint32(body.size());
        return bytes + body;
    }

    int m_dialogs = 0;
    QList<QProcess *> m_processes;

private slots:
    void init()
    {
        setUpWindowTest();
        m_dialogs = 0;
    }

    void cleanup()
    {
        for (QProcess *process : std::as_const(m_processes)) {
            process->kill();
            process->waitForFinished(5000);
            delete process;
        }
        m_processes.clear();
        tearDownWindowTest();
    }

    void secondLaunchHandsInvitationToOpenWindow()
    {
        const qint64 app = m_file->add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        QVERIFY(openWindow(QSize(1200, 800)));
        InvitationOpener opener(m_window.get());
        QVERIFY(opener.channel()->isListening());
        acceptImports();

        // The path spelled differently from the window's still names the same file.
        const QString path = m_window->session()->path();
        const QString spelled =
            QFileInfo(path).absolutePath() + QStringLiteral("/./") + QFileInfo(path).fileName();
        auto *launch = new QProcess;
        m_processes << launch;
        QSignalSpy finished(launch, &QProcess::finished);
        launch->start(QStringLiteral(SECONDROUND_EXECUTABLE),
                      {QStringLiteral("--database"), spelled, fixture("durations.ics")});
        // This process must keep serving its events while the other one waits for it.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(launch->exitStatus(), QProcess::NormalExit);
        QCOMPARE(launch->exitCode(), 0);
        // Handed over, not refused as locked.
        const QString launchErrors = QString::fromUtf8(launch->readAllStandardError());
        QVERIFY2(!launchErrors.contains(QStringLiteral("already open")), qPrintable(launchErrors));

        RoundStore rounds(m_file->database);
        QTRY_VERIFY(!rounds.roundsForApplication(app).value().isEmpty());
        QCOMPARE(m_dialogs, 1);
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join(u'\n')));
    }

    void channelFollowsTheOpenFile()
    {
        QVERIFY(openWindow(QSize(1200, 800)));
        InvitationOpener opener(m_window.get());
        const QString first = m_window->session()->path();
        QTemporaryDir other;
        const QString second = other.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(m_window->openDatabase(second));
        QVERIFY(opener.channel()->isListening());
        QSignalSpy received(opener.channel(), &InstanceChannel::filesReceived);

        // Nobody listens for the file that was closed, so a launch opens it itself.
        QLocalSocket probe;
        probe.connectToServer(InstanceChannel::nameFor(first));
        QVERIFY(!probe.waitForConnected(500));
        QVERIFY(InstanceChannel::nameFor(first) != InstanceChannel::nameFor(second));
        QVERIFY(received.isEmpty());
        m_window.reset(); // before its file's folder goes
    }

    void channelRefusesWhatIsNotForIt()
    {
        QVERIFY(openWindow(QSize(1200, 800)));
        InvitationOpener opener(m_window.get());
        acceptImports();
        QSignalSpy received(opener.channel(), &InstanceChannel::filesReceived);
        const QString name = InstanceChannel::nameFor(m_window->session()->path());
        const QStringList before = m_file->dump();

        // Garbage, a wrong magic number, a request for another file, a relative path, an empty
        // list, a length far beyond the limit: each answered "no" or hung up on.
        QVERIFY(sendRaw(name, frame("\x01\x02\x03")) != "Y");
        QByteArray body;
        {
            QDataStream out(&body, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_0);
            out << quint32(0x12345678) << quint32(1) << m_window->session()->path()
                << QStringList{fixture("durations.ics")};
        }
        QCOMPARE(sendRaw(name, frame(body)), QByteArray("N"));
        const auto request = [](const QString &database, const QStringList &files) {
            QByteArray bytes;
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_0);
            out << quint32(0x53524e44) << quint32(1) << database << files;
            return bytes;
        };
        const QString canonical = QFileInfo(m_window->session()->path()).canonicalFilePath();
        QCOMPARE(sendRaw(name, frame(request(QStringLiteral("/elsewhere/x.sqlite"),
                                             {fixture("durations.ics")}))),
                 QByteArray("N"));
        QCOMPARE(sendRaw(name, frame(request(canonical, {QStringLiteral("relative.ics")}))),
                 QByteArray("N"));
        QCOMPARE(sendRaw(name, frame(request(canonical, {}))), QByteArray("N"));
        QByteArray huge;
        {
            QDataStream out(&huge, QIODevice::WriteOnly);
            out << quint32(InstanceChannel::MaxRequestBytes + 1);
        }
        QVERIFY(sendRaw(name, huge + QByteArray(64, 'x')) != "Y");
        QTest::qWait(50);
        QVERIFY(received.isEmpty());
        QCOMPARE(m_dialogs, 0);
        QCOMPARE(m_file->dump(), before);

        // A request split into pieces, as a socket may deliver it, is still one request.
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(2000));
        const QByteArray whole = frame(request(canonical, {fixture("durations.ics")}));
        socket.write(whole.left(3));
        socket.flush();
        QTest::qWait(50);
        socket.write(whole.mid(3));
        socket.flush();
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(), QStringList{fixture("durations.ics")});
    }

    void staleSocketIsReplaced()
    {
#ifdef Q_OS_UNIX
        // A process that crashed leaves its socket file; nobody answers on it.
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("crashed.sqlite"));
        const QString name = InstanceChannel::nameFor(database);
        const QString socketPath = QDir(QDir::tempPath()).filePath(name);
        QFile stale(socketPath);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        InstanceChannel channel;
        QVERIFY(channel.listen(database));
        QVERIFY(channel.isListening());
        channel.stop();
        QFile::remove(socketPath);
#else
        QSKIP("Named pipes leave nothing behind");
#endif
    }

    void invitationsArrivingTogetherAreImportedInTurn()
    {
        const qint64 app = m_file->add(QStringLiteral("Initech"), QStringLiteral("Engineer"));
        QVERIFY(openWindow(QSize(1200, 800)));
        InvitationOpener opener(m_window.get());
        // The second arrives while the first one's dialog is open; it waits for it.
        m_prompter->dialogHandler = [this](QDialog &dialog) {
            if (++m_dialogs == 1) {
                QFileOpenEvent event(fixture("google-invitation.ics"));
                QCoreApplication::sendEvent(qApp, &event);
                QTest::qWait(20);
            }
            dialog.accept();
            return dialog.result();
        };
        opener.open({fixture("durations.ics")});
        RoundStore rounds(m_file->database);
        QTRY_COMPARE(m_dialogs, 2);
        QTRY_VERIFY(rounds.roundsForApplication(app).value().size() >= 2);
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join(u'\n')));
    }

    void missingInvitationIsRefusedWithItsName()
    {
        QVERIFY(openWindow(QSize(1200, 800)));
        InvitationOpener opener(m_window.get());
        acceptImports();
        const QStringList before = m_file->dump();
        opener.open({QStringLiteral("/no/such/folder/<b>invite</b>.ics")});
        QTRY_COMPARE(m_prompter->errors.size(), 1);
        QVERIFY(m_prompter->errors.first().contains(QStringLiteral("<b>invite</b>.ics")));
        QCOMPARE(m_file->dump(), before);
    }

    void startFileIsTheOneGivenOrRemembered()
    {
        QTemporaryDir dir;
        const QString remembered = dir.filePath(QStringLiteral("last.sqlite"));
        QCOMPARE(InvitationOpener::startFileFor(QString(), remembered), Database::defaultPath());
        QFile file(remembered);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(InvitationOpener::startFileFor(QString(), remembered), remembered);
        QCOMPARE(InvitationOpener::startFileFor(QStringLiteral("given.sqlite"), remembered),
                 QDir::current().absoluteFilePath(QStringLiteral("given.sqlite")));
    }
};

QTEST_MAIN(TestInvitationLaunch)
#include "tst_invitationlaunch.moc"
