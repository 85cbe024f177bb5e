#include "TestSupport.h"

#include "core/BackgroundRead.h"
#include "models/BoardModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The board reads the first screenful of each column for the first paint and the rest
// later (in a thread of its own, or at once before any change): the counts are whole from
// the start, the rest goes in below what is shown, and every change sees the whole board.
class TestBoardPaging : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestFile> m_file;
    static constexpr int Many = BoardModel::FirstPage * 2 + 7;

    // Ids of a column as the model shows them, top to bottom.
    static QList<qint64> shown(const BoardModel &model, int stageRow)
    {
        QList<qint64> ids;
        const QModelIndex stage = model.stageIndex(stageRow);
        for (int row = 0; row < model.rowCount(stage); ++row)
            ids << model.index(row, 0, stage).data(BoardModel::IdRole).toLongLong();
        return ids;
    }

    void fill()
    {
        // The first one added ends up at the bottom of its column.
        m_file->add(QStringLiteral("Zebra Systems"), QStringLiteral("Role"), 0);
        for (int i = 1; i < Many; ++i)
            m_file->add(QStringLiteral("Company %1").arg(i), QStringLiteral("Role %1").arg(i), 0);
        for (int i = 0; i < 3; ++i)
            m_file->add(QStringLiteral("Small %1").arg(i), QStringLiteral("Role"), 1);
    }

private slots:
    void init() { m_file = std::make_unique<TestFile>(); }
    void cleanup()
    {
        m_file.reset();
        QCOMPARE(BackgroundRead::running(), 0);
    }

    void firstCardsReadsTheTopOfEveryStageAndWholeCounts()
    {
        fill();
        // Archived cards are not on the board, and not counted.
        const qint64 archived = m_file->add(QStringLiteral("Gone"), QStringLiteral("Role"), 0);
        QVERIFY(m_file->store->archiveApplications({archived}).ok());
        auto first = m_file->store->firstCards(BoardModel::FirstPage);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value().totals.value(m_file->stageId(0)), Many);
        QCOMPARE(first.value().totals.value(m_file->stageId(1)), 3);
        QCOMPARE(first.value().totals.value(m_file->stageId(2)), 0);
        QList<qint64> top;
        QList<qint64> second;
        for (const CardInfo &card : first.value().cards)
            (card.stageId == m_file->stageId(0) ? top : second) << card.id;
        QCOMPARE(top, m_file->column(0).mid(0, BoardModel::FirstPage));
        QCOMPARE(second, m_file->column(1));
        // The same cards, field for field, as reading the whole board gives.
        const QList<CardInfo> all = m_file->store->cards().value();
        for (const CardInfo &card : first.value().cards) {
            const auto same = std::find_if(all.cbegin(), all.cend(),
                                           [&card](const CardInfo &c) { return c.id == card.id; });
            QVERIFY(same != all.cend());
            QCOMPARE(same->company, card.company);
            QCOMPARE(same->position, card.position);
            QCOMPARE(same->stageEnteredAt, card.stageEnteredAt);
        }
    }

    void smallBoardIsReadWhole()
    {
        m_file->add(QStringLiteral("Initech"), QStringLiteral("Analyst"));
        BoardModel model(m_file->store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QVERIFY(model.isComplete());
        QCOMPARE(model.totalCards(), 1);
    }

    void largeColumnShowsItsTopWithTheWholeCount()
    {
        fill();
        BoardModel model(m_file->store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QVERIFY(!model.isComplete());
        QCOMPARE(model.rowCount(model.stageIndex(0)), BoardModel::FirstPage);
        QCOMPARE(model.stageIndex(0).data(BoardModel::TotalCountRole).toInt(), Many);
        QCOMPARE(model.stageIndex(0).data(BoardModel::VisibleCountRole).toInt(), Many);
        QCOMPARE(model.totalCards(), Many + 3);
        QCOMPARE(model.visibleCards(), Many + 3);
        QCOMPARE(shown(model, 0), m_file->column(0).mid(0, BoardModel::FirstPage));
        QCOMPARE(shown(model, 1), m_file->column(1));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.ensureComplete().ok());
        QVERIFY(model.isComplete());
        QCOMPARE(shown(model, 0), m_file->column(0));
        QCOMPARE(shown(model, 1), m_file->column(1));
        // Below what was shown, in one go; nothing above it moved.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), BoardModel::FirstPage);
        QCOMPARE(inserted.first().at(2).toInt(), Many - 1);
        QCOMPARE(model.totalCards(), Many + 3);
    }

    void restArrivesFromItsOwnThread()
    {
        fill();
        BoardModel model(m_file->store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QSignalSpy completed(&model, &BoardModel::completed);
        model.completeInBackground();
        QVERIFY(!model.isComplete());
        QVERIFY(completed.wait(10000));
        QVERIFY(model.isComplete());
        QCOMPARE(shown(model, 0), m_file->column(0));
        QCOMPARE(model.stageIndex(0).data(BoardModel::TotalCountRole).toInt(), Many);
        // Once the window is there, a later reload is completed the same way.
        QVERIFY(model.reload().ok());
        QVERIFY(!model.isComplete());
        QVERIFY(completed.wait(10000));
        QCOMPARE(shown(model, 0), m_file->column(0));
    }

    void changeWhilePartlyReadSeesTheWholeBoard()
    {
        fill();
        BoardModel model(m_file->store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        model.completeInBackground(); // still running when the move comes
        // The last card of the long column, never shown yet, to the top of the short one.
        const qint64 last = m_file->column(0).last();
        auto moved = model.moveCards({last}, m_file->stageId(1), m_file->column(1).first());
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QVERIFY(model.isComplete());
        QCOMPARE(shown(model, 0), m_file->column(0));
        QCOMPARE(shown(model, 1), m_file->column(1));
        QCOMPARE(shown(model, 1).first(), last);
        // The read that was running brings nothing in over the move.
        QTRY_COMPARE(BackgroundRead::running(), 0);
        QCOMPARE(shown(model, 0), m_file->column(0));
        QCOMPARE(shown(model, 1), m_file->column(1));
    }

    void filterWhilePartlyReadFindsCardsBelowTheTop()
    {
        fill();
        BoardModel model(m_file->store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        model.setFilterText(QStringLiteral("zebra"));
        QVERIFY(model.isComplete());
        QCOMPARE(model.visibleCards(), 1);
        QCOMPARE(model.totalCards(), Many + 3);
        // A reload while filtered reads every card.
        QVERIFY(model.reload().ok());
        QVERIFY(model.isComplete());
        QCOMPARE(model.visibleCards(), 1);
        model.setFilterText(QString());
        QCOMPARE(shown(model, 0), m_file->column(0));
    }

    void closingBeforeTheRestArrivesWaitsAndDropsIt()
    {
        fill();
        auto model = std::make_unique<BoardModel>(m_file->store.get());
        QVERIFY(model->reload().ok());
        model->completeInBackground();
        model.reset(); // waits for the thread; nothing is delivered to a model that is gone
        QCOMPARE(BackgroundRead::running(), 0);
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestBoardPaging)
#include "tst_boardpaging.moc"
