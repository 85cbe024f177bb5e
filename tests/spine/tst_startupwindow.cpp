#include "ProcessSupport.h"
#include "WindowTestSupport.h"

#include "core/BackgroundRead.h"
#include "core/Sql.h"

#include <QFile>
#include <QTest>

// After the first paint the window checks the whole file and reads the rest of the board,
// each in a thread of its own: the window answers meanwhile, a damaged file is still closed
// with the same message before anything is written to it, and the board ends up whole.
class TestStartupWindow : public WindowTestCase
{
    Q_OBJECT

private slots:
    void init() { setUpWindowTest(); }
    void cleanup()
    {
        tearDownWindowTest();
        QCOMPARE(BackgroundRead::running(), 0);
    }

    void checkPassesAndBoardBecomesWhole()
    {
        const int many = BoardModel::FirstPage + 25;
        for (int i = 0; i < many; ++i)
            m_file->add(QStringLiteral("Company %1").arg(i), QStringLiteral("Role"), 0);
        QVERIFY(openWindow());
        // The check ran (in its own thread) before the tabs' own work after the paint.
        QVERIFY(!m_window->session()->database().integrityCheckDeferred());
        QTRY_VERIFY(boardModel()->isComplete());
        const QModelIndex stage = boardModel()->stageIndex(0);
        QCOMPARE(boardModel()->rowCount(stage), many);
        QCOMPARE(stage.data(BoardModel::TotalCountRole).toInt(), many);
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void noSecondConnectionChecksOnTheWindowsOwn()
    {
        const int many = BoardModel::FirstPage + 9;
        for (int i = 0; i < many; ++i)
            m_file->add(QStringLiteral("Company %1").arg(i), QStringLiteral("Role"), 0);
        BackgroundRead::refuseConnectionsForTesting(QStringLiteral("unable to open"));
        const bool opened = openWindow();
        QTRY_VERIFY(!m_window->hasWorkAfterShown());
        BackgroundRead::refuseConnectionsForTesting(QString());
        QVERIFY(opened);
        // Both reads fell back to the window's own connection, and nobody was told of it.
        QVERIFY(!m_window->session()->database().integrityCheckDeferred());
        QTRY_VERIFY(boardModel()->isComplete());
        QCOMPARE(boardModel()->rowCount(boardModel()->stageIndex(0)), many);
        QVERIFY2(m_prompter->errors.isEmpty(), qPrintable(m_prompter->errors.join(u'\n')));
    }

    void damagedFileIsClosedWithNothingWritten_data()
    {
        QTest::addColumn<bool>("secondConnectionRefused");
        QTest::newRow("checked in a thread") << false;
        QTest::newRow("checked on the window's connection") << true;
    }

    void damagedFileIsClosedWithNothingWritten()
    {
        QFETCH(bool, secondConnectionRefused);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        qint64 page = 0;
        qint64 pageSize = 0;
        {
            auto db = Database::open(path).take();
            PipelineStore store(db);
            const qint64 stage = store.stages().value().first().id;
            for (int i = 0; i < 20; ++i) {
                ApplicationFields fields;
                fields.company = QStringLiteral("Company %1").arg(i);
                fields.role = QStringLiteral("Role %1").arg(i);
                QVERIFY(store.createApplication(fields, stage).ok());
            }
            // An index nothing reads while the window opens: only the whole-file check
            // finds the damage.
            page = Sql::scalar(db->sql(),
                               QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                              "'letters_by_template'"),
                               {}, QString())
                       .value()
                       .toLongLong();
            pageSize = Sql::scalar(db->sql(), QStringLiteral("PRAGMA page_size"), {}, QString())
                           .value()
                           .toLongLong();
        }
        QVERIFY(page > 1);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek((page - 1) * pageSize);
            file.write(QByteArray(pageSize, char(0x5a)));
        }
        const QByteArray before = fileHash(path);
        {
            MainWindow window(m_settings.get());
            // Opened and shown; the check after the paint finds the damage and closes it.
            QVERIFY(window.openDatabase(path));
            QVERIFY(window.session()->database().integrityCheckDeferred());
            if (secondConnectionRefused)
                BackgroundRead::refuseConnectionsForTesting(QStringLiteral("unable to open"));
            window.show();
            const bool exposed = QTest::qWaitForWindowExposed(&window);
            QTRY_VERIFY(!window.hasWorkAfterShown());
            BackgroundRead::refuseConnectionsForTesting(QString());
            QVERIFY(exposed);
            QVERIFY(!window.session());
            QCOMPARE(m_prompter->errors.size(), 1);
            QVERIFY2(m_prompter->errors.first().contains(QStringLiteral("damaged")),
                     qPrintable(m_prompter->errors.first()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void closingWhileCheckingWaitsAndShowsNothing()
    {
        for (int i = 0; i < BoardModel::FirstPage + 5; ++i)
            m_file->add(QStringLiteral("Company %1").arg(i), QStringLiteral("Role"), 0);
        const QString path = m_file->database->path();
        m_file->store.reset();
        m_file->database.reset();
        auto window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(window->openDatabase(path));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // Whatever still runs is waited for and dropped with the window.
        window.reset();
        QCOMPARE(BackgroundRead::running(), 0);
        QTest::qWait(50);
        QVERIFY(m_prompter->errors.isEmpty());
    }
};

QTEST_MAIN(TestStartupWindow)
#include "tst_startupwindow.moc"
