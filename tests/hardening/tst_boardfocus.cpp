#include "FakePrompter.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "models/BoardModel.h"
#include "ui/MainWindow.h"
#include "ui/pipeline/CardListView.h"
#include "ui/pipeline/PipelineView.h"

#include <QAccessible>
#include <QApplication>

// The board by keyboard: where focus starts, where Tab goes, and which card a shortcut moves.
class TestBoardFocus : public WindowTestCase
{
    Q_OBJECT

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void firstFocusIsOnACard()
    {
        m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"), 1);
        QVERIFY(openWindow(QSize(1400, 800)));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *list = qobject_cast<CardListView *>(QApplication::focusWidget());
        QVERIFY2(list, QApplication::focusWidget()
                           ? QApplication::focusWidget()->metaObject()->className()
                           : "nothing");
        QVERIFY(list->currentIndex().isValid());
        QCOMPARE(list->currentIndex().data(BoardModel::CompanyRole).toString(),
                 QStringLiteral("Acme"));
    }

    void everyTabStopIsVisibleAndNamed()
    {
        m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(openWindow(QSize(1400, 800)));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start);
        QStringList problems;
        QWidget *widget = start;
        for (int steps = 0; steps < 200; ++steps) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            widget = QApplication::focusWidget();
            if (!widget || widget == start)
                break;
            const QString name =
                QAccessible::queryAccessibleInterface(widget)
                    ? QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name)
                    : QString();
            const bool visible = widget->isVisible() && widget->width() > 2 && widget->height() > 2;
            if (!visible || name.trimmed().isEmpty())
                problems << QStringLiteral("%1 \"%2\" (%3, visible %4)")
                                .arg(QString::fromLatin1(widget->metaObject()->className()),
                                     widget->objectName(), name)
                                .arg(visible);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void moveActsOnTheFocusedColumn()
    {
        const qint64 saved = m_file->add(QStringLiteral("Saved Co"), QStringLiteral("A"), 0);
        const qint64 applied = m_file->add(QStringLiteral("Applied Co"), QStringLiteral("B"), 1);
        QVERIFY(openWindow(QSize(1600, 800)));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        PipelineView *view = pipelineView();
        view->selectCards({saved});
        CardListView *first = view->columnView(0);
        QTRY_VERIFY(first->hasFocus());
        QTest::keyClick(first, Qt::Key_Right);
        CardListView *second = view->columnView(1);
        QTRY_VERIFY(second->hasFocus());
        QCOMPARE(view->selectedIds(), QList<qint64>{applied});
        QTest::keyClick(second, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_file->column(0), QList<qint64>{saved});
        QCOMPARE(m_file->column(2), QList<qint64>{applied});
    }
};

QTEST_MAIN(TestBoardFocus)
#include "tst_boardfocus.moc"
