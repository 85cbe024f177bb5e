#include "PracticeTestSupport.h"
#include "WindowTestSupport.h"

#include "models/practice/QuestionBankProxy.h"
#include "ui/practice/PracticePage.h"
#include "ui/practice/PracticeSession.h"
#include "ui/practice/PracticeTab.h"

#include <QFile>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

// The practice tab inside the real window: registered in the tab list, its menu only while
// it is in front, its file commands in the File menu, undo through Edit.
class TestPracticeTab : public WindowTestCase
{
    Q_OBJECT

    QMenu *menu(const QString &title) const
    {
        for (QAction *action : m_window->menuBar()->actions())
            if (action->text().remove(QLatin1Char('&')) == title)
                return action->menu();
        return nullptr;
    }
    QStringList entries(const QString &title) const
    {
        QStringList list;
        if (QMenu *found = menu(title))
            for (QAction *action : found->actions())
                list << action->text().remove(QLatin1Char('&'));
        return list;
    }
    int questionCount() const
    {
        return countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM questions"));
    }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void pageIsMadeWhenFirstShown()
    {
        QVERIFY(openWindow());
        auto *tab = m_window->tab<PracticeTab>();
        QVERIFY(tab);
        QVERIFY(!tab->page());
        QVERIFY(!m_window->menuBar()->actions().isEmpty());
        QVERIFY(
            entries(QStringLiteral("File")).contains(QStringLiteral("Import questions (CSV)…")));
        QVERIFY(!menu(QStringLiteral("Practice")));
        m_window->showTab(tab);
        QVERIFY(tab->page());
        QCOMPARE(tab->page()->bankProxy()->rowCount(), questionCount());
        QVERIFY(entries(QStringLiteral("Practice")).contains(QStringLiteral("Start practice")));
    }

    void importFromTheFileMenuAndUndoThroughEdit()
    {
        QVERIFY(openWindow());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("q.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("question,category,answer,tags\r\nWhy this team?,culture_fit,,\r\n"
                   "What salary are you expecting?,salary_logistics,,\r\n");
        file.close();
        const int before = questionCount();
        m_prompter->fileAnswer = csv;
        // Triggering rebuilds the menus (the page is made), so find the action first.
        QAction *import = nullptr;
        for (QAction *action : menu(QStringLiteral("File"))->actions())
            if (action->text().remove(QLatin1Char('&')) ==
                QStringLiteral("Import questions (CSV)…"))
                import = action;
        QVERIFY(import);
        import->trigger();
        QCOMPARE(questionCount(), before + 1);
        m_window->undoStack()->undo();
        QCOMPARE(questionCount(), before);
    }

    void practiseByKeyboardInTheWindow()
    {
        QVERIFY(openWindow());
        auto *tab = m_window->tab<PracticeTab>();
        m_window->showTab(tab);
        PracticePage *page = tab->page();
        page->bankView()->setFocus();
        QTest::keyClick(page->bankView(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page->session()->isRunning());
        QTest::keyClick(page->session(), Qt::Key_Space);
        QTest::keyClick(page->session(), Qt::Key_3);
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM reviews")), 1);
        m_window->undoStack()->undo();
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM reviews")), 0);
    }
};

QTEST_MAIN(TestPracticeTab)
#include "tst_practicetab.moc"
