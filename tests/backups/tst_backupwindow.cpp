#include "WindowTestSupport.h"

#include "core/backups/Backups.h"
#include "ui/backups/BackupActions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QUndoStack>

// Backups through the window: the day's backup when a file opens, Back up now, and Restore
// from backup… answered through the Prompter: refused when damaged or declined (nothing
// changes), done after backing up the current state, the session reopened on the result.
class TestBackupWindow : public WindowTestCase
{
    Q_OBJECT

private:
    // The day's backup runs on its own thread: wait for it before looking.
    Backups backups() const
    {
        m_window->backupActions()->finishDailyBackup();
        return Backups(m_window->session()->path());
    }

    // The test reads through the window's connection; the window can only close the file
    // (and open it again) when the test holds none of it.
    void releaseFile()
    {
        m_file->store.reset();
        m_file->database.reset();
    }
    void takeFileBack()
    {
        m_file->database = m_window->session()->sharedDatabase();
        m_file->store = std::make_unique<PipelineStore>(m_file->database);
    }

    int applications() const { return m_window->session()->pipeline()->applicationCount().value(); }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void openingTakesTheDaysBackup()
    {
        m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        const QList<Backups::Entry> entries = backups().list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().takenAt.date(), QDate(2026, 11, 20));
        QCOMPARE(Backups::inspect(entries.first().path, true).value().applications, 1);
        // Another file opened and this one again the same day: no second backup.
        const QString path = m_window->session()->path();
        releaseFile();
        QVERIFY(m_window->openDatabase(m_file->dir.filePath(QStringLiteral("other.sqlite"))));
        QVERIFY(m_window->openDatabase(path));
        QCOMPARE(backups().list().size(), 1);
    }

    void backUpNow()
    {
        QVERIFY(openWindow());
        m_window->backupActions()->backUpNowAction()->trigger();
        QVERIFY(m_prompter->errors.isEmpty());
        QCOMPARE(backups().list().size(), 2);
    }

    void restoreReplacesAfterBackingUp()
    {
        m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        const QStringList backedUp = m_file->dump();
        // What the user does after the morning's backup.
        ApplicationFields later;
        later.company = QStringLiteral("Later");
        later.role = QStringLiteral("Role");
        QVERIFY(m_window->session()->pipeline()->createApplication(later, m_file->stageId(0)).ok());
        QCOMPARE(applications(), 2);
        const QStringList current = m_file->dump();

        m_prompter->chooseAnswer = 0;
        m_prompter->confirmAnswer = true;
        releaseFile();
        QVERIFY(m_window->backupActions()->restore());
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join('\n')));
        QVERIFY(m_prompter->offered.first().contains(QStringLiteral("1 application")));
        // The window reopened the file: read through its new connection.
        takeFileBack();
        QCOMPARE(applications(), 1);
        QCOMPARE(m_file->dump(), backedUp);
        QCOMPARE(boardModel()->totalCards(), 1);
        QVERIFY(m_window->undoStack()->count() == 0);

        // The state before the restore is a backup of its own, listed first.
        const QList<Backups::Entry> entries = backups().list();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.first().beforeRestore);
        QCOMPARE(Backups::inspect(entries.first().path, true).value().applications, 2);

        // And restoring that one brings the later application back.
        m_prompter->chooseAnswer = 0;
        releaseFile();
        QVERIFY(m_window->backupActions()->restore());
        takeFileBack();
        QCOMPARE(m_file->dump(), current);
    }

    void declinedChangesNothing()
    {
        QVERIFY(openWindow());
        const QStringList before = m_file->dump();
        FileSession *session = m_window->session();
        m_prompter->chooseAnswer = 0;
        m_prompter->confirmAnswer = false;
        QVERIFY(!m_window->backupActions()->restore());
        QCOMPARE(m_window->session(), session);
        QCOMPARE(backups().list().size(), 1);
        QCOMPARE(m_file->dump(), before);
        // Nothing chosen: nothing asked.
        m_prompter->chooseAnswer.reset();
        m_prompter->questions.clear();
        QVERIFY(!m_window->backupActions()->restore());
        QCOMPARE(m_prompter->questions.size(), 1); // the list only
    }

    void damagedBackupRefused()
    {
        for (int i = 0; i < 30; ++i)
            m_file->add(QStringLiteral("Company %1").arg(i), QStringLiteral("Role"));
        QVERIFY(openWindow());
        const QString backup = backups().list().first().path;
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write(QByteArray(3900, '\x01'));
        file.close();
        const QStringList before = m_file->dump();
        FileSession *session = m_window->session();
        m_prompter->chooseAnswer = 0;
        QVERIFY(!m_window->backupActions()->restore());
        QVERIFY(m_prompter->offered.first().contains(QStringLiteral("damaged")));
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY(m_prompter->errors.first().contains(QStringLiteral("nothing was changed")));
        QCOMPARE(m_window->session(), session);
        QCOMPARE(m_file->dump(), before);
        QCOMPARE(backups().list().size(), 1); // no backup before a restore that did not happen
    }

    void noBackupsYet()
    {
        QVERIFY(openWindow());
        QDir(backups().folder()).removeRecursively();
        QVERIFY(!m_window->backupActions()->restore());
        QCOMPARE(m_prompter->informations.size(), 1);
    }

    void readOnlyFileCannotBeRestoredOver()
    {
        m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const QString path = m_file->database->path();
        m_file->store.reset();
        m_file->database.reset();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        auto window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(window->openDatabase(path));
        QVERIFY(window->session()->isReadOnly());
        // Nothing written beside a file the app only reads.
        QVERIFY(!QFileInfo::exists(Backups(path).folder()));
        window->refreshMenus();
        QVERIFY(!window->backupActions()->restoreAction()->isEnabled());
        QVERIFY(window->backupActions()->backUpNowAction()->isEnabled());
        QVERIFY(!window->backupActions()->restore());
        window.reset();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_MAIN(TestBackupWindow)
#include "tst_backupwindow.moc"
