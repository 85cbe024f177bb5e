#include "TestSupport.h"

#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "models/BoardModel.h"
#include "ui/pipeline/CardListView.h"
#include "ui/pipeline/StageColumn.h"

#include <QAccessible>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>

// The board as a screen reader reaches it: every card of a column, with what the card shows.
class TestBoardAccess : public QObject
{
    Q_OBJECT

private slots:
    void everyCardOfALongColumnIsReachable()
    {
        // Qt's own list interface warned "Invalid index" for every card past the 10th.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Invalid index")));
        TestFile file;
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i)
            ids << file.add(QStringLiteral("Company %1").arg(i, 2, 10, QLatin1Char('0')),
                            QStringLiteral("Role %1").arg(i));
        RoundStore rounds(file.database);
        RoundFields round;
        round.timeZoneId = QStringLiteral("UTC");
        round.start = QDateTime(QDate(2026, 12, 24), QTime(14, 0), Qt::UTC);
        QVERIFY(rounds.createRound(ids.at(24), round).ok());
        // Three weeks later: every card has been in Saved for 21 days, all but the one with
        // an interview ahead have gone quiet.
        Clock::setOverride([] { return QDateTime(QDate(2026, 12, 11), QTime(9, 30), Qt::UTC); });

        BoardModel board(file.store.get());
        QVERIFY(board.reload().ok());
        QVERIFY(board.ensureComplete().ok()); // as the window does after its first paint
        QMenu menu;
        StageColumn column(&board, 0, &menu);
        column.resize(300, 500);
        column.show();
        QVERIFY(QTest::qWaitForWindowExposed(&column));
        auto *list = column.findChild<CardListView *>();
        QVERIFY(list);

        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(list);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::List);
        QCOMPARE(accessible->childCount(), 25);
        QSet<QString> heard;
        QAccessibleInterface *withRound = nullptr;
        for (int i = 0; i < 25; ++i) {
            QAccessibleInterface *card = accessible->child(i);
            QVERIFY2(card, qPrintable(QString::number(i)));
            QCOMPARE(card->role(), QAccessible::ListItem);
            QCOMPARE(accessible->indexOfChild(card), i);
            QCOMPARE(card->parent(), accessible);
            const QString spoken = card->text(QAccessible::Name);
            // The card's own company and role, in the order the column shows them.
            const QModelIndex index = board.index(i, 0, board.stageIndex(0));
            QVERIFY2(spoken.startsWith(index.data(BoardModel::CompanyRole).toString() +
                                       QStringLiteral(", ") +
                                       index.data(BoardModel::JobRole).toString()),
                     qPrintable(spoken));
            heard.insert(index.data(BoardModel::CompanyRole).toString());
            QVERIFY2(spoken.contains(QStringLiteral("21 day")), qPrintable(spoken));
            if (index.data(BoardModel::IdRole).toLongLong() == ids.at(24)) {
                QVERIFY2(spoken.contains(QStringLiteral("next: Round 1 · ")), qPrintable(spoken));
                withRound = card;
            } else {
                QVERIFY2(spoken.endsWith(QStringLiteral("no activity")), qPrintable(spoken));
            }
        }
        QCOMPARE(heard.size(), 25);
        QVERIFY(withRound);
        QVERIFY(!accessible->child(25));
        QVERIFY(!accessible->child(-1));

        // The last card is offscreen until scrolled to, then it is where the reader says.
        QAccessibleInterface *last = accessible->child(24);
        const qint64 lastId =
            board.index(24, 0, board.stageIndex(0)).data(BoardModel::IdRole).toLongLong();
        QVERIFY(last->state().offscreen);
        list->scrollTo(board.cardIndex(lastId));
        QVERIFY(!last->state().offscreen);
        QCOMPARE(accessible->childAt(last->rect().center().x(), last->rect().center().y()), last);

        // Focus and selection are told per card.
        list->setFocus();
        list->setCurrentIndex(board.cardIndex(lastId));
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(accessible->focusChild(), last);
        QVERIFY(last->state().focused);
        QVERIFY(last->state().selected);

        // After a card leaves, the count follows and no stale child is handed out.
        const QString second =
            board.index(1, 0, board.stageIndex(0)).data(BoardModel::CompanyRole).toString();
        const qint64 firstId =
            board.index(0, 0, board.stageIndex(0)).data(BoardModel::IdRole).toLongLong();
        QVERIFY(file.store->deleteApplications({firstId}).ok());
        QVERIFY(board.reload().ok());
        QVERIFY(board.ensureComplete().ok());
        list->setRootIndex(board.stageIndex(0)); // as the board view does after a reload
        QCOMPARE(accessible->childCount(), 24);
        const QString spoken = accessible->child(0)->text(QAccessible::Name);
        QVERIFY2(spoken.startsWith(second + QLatin1Char(',')), qPrintable(spoken));
        Clock::clearOverride();
    }
};

QTEST_MAIN(TestBoardAccess)
#include "tst_boardaccess.moc"
