#include "MnemonicCheck.h"
#include "WindowTestSupport.h"

#include "core/RoundStore.h"
#include "ui/RoundActions.h"
#include "ui/pipeline/CardListView.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
#include <QUndoStack>

// The window is a frame built from the list of tabs: menus, Go to, and one file session
// torn down in one place.
class TestMainWindowTabs : public WindowTestCase
{
    Q_OBJECT

    QStringList menuTitles() const
    {
        QStringList titles;
        const QList<QAction *> actions = m_window->menuBar()->actions();
        for (QAction *action : actions)
            titles << action->text().remove(QLatin1Char('&'));
        return titles;
    }

    QMenu *menu(const QString &title) const
    {
        const QList<QAction *> actions = m_window->menuBar()->actions();
        for (QAction *action : actions)
            if (action->text().remove(QLatin1Char('&')) == title)
                return action->menu();
        return nullptr;
    }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void menusFollowTheTabInFront()
    {
        QVERIFY(openWindow());
        QCOMPARE(menuTitles(), (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                            QStringLiteral("Application"), QStringLiteral("Stages"),
                                            QStringLiteral("View"), QStringLiteral("Help")}));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), 1);
        QCOMPARE(menuTitles(), (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                            QStringLiteral("Calendar"), QStringLiteral("View"),
                                            QStringLiteral("Help")}));
        // The File menu carries every tab's file commands whichever tab is in front.
        QStringList fileEntries;
        for (QAction *action : menu(QStringLiteral("File"))->actions())
            fileEntries << action->text().remove(QLatin1Char('&'));
        QVERIFY(fileEntries.contains(QStringLiteral("Import invitation (.ics)…")));
        QVERIFY(fileEntries.contains(QStringLiteral("Export scheduled rounds (.ics)…")));
    }

    // Alt+letter reaches a tab, a menu, a field of the page in front or an entry of an open
    // menu, once each, whichever tab is in front (tst_languagemnemonics: the same in every
    // shipped language).
    void everyAltLetterIsUniqueWhicheverTabIsInFront()
    {
        {
            RoundStore rounds(m_file->database);
            const qint64 app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
            RoundFields fields;
            fields.timeZoneId = QStringLiteral("UTC");
            fields.start = Clock::nowUtc().addDays(-1);
            QVERIFY(rounds.createRound(app, fields).ok());
        }
        QVERIFY(openWindow());
        const QStringList clashes = MnemonicCheck::clashes(*m_window);
        // One line each: a failure message of QtTest is cut at about a thousand characters.
        for (const QString &clash : clashes)
            qInfo("%s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void goToHasOneEntryPerTabWithItsShortcut()
    {
        QVERIFY(openWindow());
        QMenu *view = menu(QStringLiteral("View"));
        QVERIFY(view);
        QMenu *goTo = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() &&
                action->text().remove(QLatin1Char('&')) == QStringLiteral("Go to"))
                goTo = action->menu();
        QVERIFY(goTo);
        const QList<QAction *> entries = goTo->actions();
        QCOMPARE(entries.size(), m_window->tabs()->count());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i)->shortcut(), QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
            QCOMPARE(entries.at(i)->text(), m_window->tabs()->tabText(i));
            entries.at(i)->trigger();
            QCOMPARE(m_window->tabs()->currentIndex(), i);
        }
    }

    void boardShortcutsDoNothingOnAnotherTab()
    {
        const qint64 app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        pipelineView()->selectCards({app});
        const QStringList before = m_file->dump();
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Delete);
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_prompter->questions.isEmpty());
        QCOMPARE(m_file->dump(), before);
        // On the board the same key asks to delete.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        pipelineView()->selectCards({app});
        m_prompter->confirmAnswer = false;
        QTest::keyClick(pipelineView()->columnView(0), Qt::Key_Delete);
        QCOMPARE(m_prompter->questions.size(), 1);
    }

    void calendarReadsItsRoundsWhenFirstShown()
    {
        QVERIFY(openWindow());
        auto *calendar = m_window->tab<CalendarTab>();
        QVERIFY(calendar);
        QVERIFY(!calendar->view());
        // Reminders work from the start, without the calendar page.
        QVERIFY(calendar->reminders());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(calendar->view());
        QVERIFY(calendar->view()->isVisible());
    }

    void openingAnotherFileTearsDownTheFirst()
    {
        const qint64 app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow());
        pipelineView()->selectCards({app});
        pipelineView()->archiveSelected();
        QCOMPARE(m_window->undoStack()->count(), 1);
        const int tabCount = m_window->tabs()->count();
        const QString first = m_window->session()->path();
        const QString second = m_file->dir.filePath(QStringLiteral("second.sqlite"));
        m_file->store.reset();
        m_file->database.reset();
        QVERIFY(m_window->openDatabase(second));
        QCOMPARE(m_window->session()->path(), QFileInfo(second).absoluteFilePath());
        QCOMPARE(m_window->tabs()->count(), tabCount);
        // Undo steps of the old file must not act on the new one.
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY(!m_window->tab<CalendarTab>()->view());
        // The first file's lock is gone with its session.
        auto again = Database::open(first);
        QVERIFY2(again.ok(), qPrintable(again.error()));
    }

    void scheduleWithoutSelectionSaysWhatToDo()
    {
        QVERIFY(openWindow());
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_prompter->informations.size(), 1);
        QVERIFY(m_prompter->informations.first().contains(QStringLiteral("Select an application")));
    }

    void providedActionsRunOnlyWhenATabProvidesThem()
    {
        QVERIFY(openWindow());
        RoundActions *actions = m_window->roundActions();
        qint64 seen = 0;
        actions->provide(RoundActions::Provided::Letters, [&seen](qint64 id) { seen = id; });
        QVERIFY(actions->provides(RoundActions::Provided::Letters));
        actions->trigger(RoundActions::Provided::Letters, 42);
        QCOMPARE(seen, 42);
    }
};

QTEST_MAIN(TestMainWindowTabs)
#include "tst_mainwindowtabs.moc"
