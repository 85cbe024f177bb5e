#include "TestSupport.h"

#include "core/LocaleFormat.h"
#include "core/RoundStore.h"
#include "models/BoardModel.h"

#include <QTimeZone>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

namespace {
QList<qint64> visibleIds(const BoardModel &model, int stageRow)
{
    QList<qint64> ids;
    const QModelIndex parent = model.stageIndex(stageRow);
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids.append(model.cardId(model.index(row, 0, parent)));
    return ids;
}
} // namespace

class TestBoardModel : public QObject
{
    Q_OBJECT

private slots:
    void structureMirrorsStore()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = f.add(QStringLiteral("Globex"), QStringLiteral("Analyst"), 7);
        BoardModel model(f.store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.stageCount(), 10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(visibleIds(model, 0), QList<qint64>{a});
        QCOMPARE(visibleIds(model, 7), QList<qint64>{b});
        QVERIFY(model.stageIndex(7).data(BoardModel::ClosedRole).toBool());
        const QModelIndex card = model.cardIndex(a);
        QCOMPARE(card.data(BoardModel::CompanyRole).toString(), QStringLiteral("Acme"));
        QCOMPARE(card.parent(), model.stageIndex(0));
        QCOMPARE(model.stageIndex(0).data(BoardModel::TotalCountRole).toInt(), 1);
        QCOMPARE(model.totalCards(), 2);
    }

    void daysInStageAndStaleBadge()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 closed = f.add(QStringLiteral("Gone"), QStringLiteral("Engineer"), 8);
        Clock::setOverride([] { return QDateTime(QDate(2026, 12, 10), QTime(9, 0), Qt::UTC); });
        BoardModel model(f.store.get());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.cardIndex(a).data(BoardModel::DaysInStageRole).toInt(), 20);
        QVERIFY(model.cardIndex(a).data(BoardModel::StaleRole).toBool());
        // Closed applications are finished, not neglected.
        QVERIFY(!model.cardIndex(closed).data(BoardModel::StaleRole).toBool());
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC); });
        QVERIFY(!model.cardIndex(a).data(BoardModel::StaleRole).toBool());
    }

    void moveUpdatesModelDatabaseAndUndo()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = f.add(QStringLiteral("C"), QStringLiteral("r"), 1);
        BoardModel model(f.store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        const QStringList before = f.dump();
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        auto moves = model.moveCards({b}, f.stageId(1), 0);
        QVERIFY(moves.ok());
        QCOMPARE(moved.size(), 1);
        QCOMPARE(visibleIds(model, 0), QList<qint64>{a});
        QCOMPARE(visibleIds(model, 1), (QList<qint64>{c, b}));
        QCOMPARE(f.column(1), (QList<qint64>{c, b}));
        QCOMPARE(f.historyCount(b), 2);
        QVERIFY(model.revertMoves(moves.value()).ok());
        QCOMPARE(visibleIds(model, 0), (QList<qint64>{b, a}));
        QCOMPARE(f.dump(), before);
    }

    void reorderInsideColumn()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 c = f.add(QStringLiteral("C"), QStringLiteral("r"));
        BoardModel model(f.store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QVERIFY(model.moveCards({c}, f.stageId(0), 0).ok());
        QCOMPARE(visibleIds(model, 0), (QList<qint64>{b, a, c}));
        QVERIFY(model.moveCards({a}, f.stageId(0), b).ok());
        QCOMPARE(visibleIds(model, 0), (QList<qint64>{a, b, c}));
        QCOMPARE(f.column(0), (QList<qint64>{a, b, c}));
        QCOMPARE(f.historyCount(a), 1);
    }

    void filterHidesAndMovesStayConsistent()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = f.add(QStringLiteral("Globex"), QStringLiteral("Designer"));
        const qint64 c = f.add(QStringLiteral("Acme"), QStringLiteral("Manager"));
        const qint64 d = f.add(QStringLiteral("Initech"), QStringLiteral("Engineer"), 1);
        BoardModel model(f.store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        model.setFilterText(QStringLiteral("acme"));
        QCOMPARE(visibleIds(model, 0), (QList<qint64>{c, a}));
        QCOMPARE(visibleIds(model, 1), QList<qint64>());
        QCOMPARE(model.visibleCards(), 2);
        QCOMPARE(model.stageIndex(0).data(BoardModel::TotalCountRole).toInt(), 3);
        model.setFilterText(QStringLiteral("ENGINEER acme"));
        QCOMPARE(visibleIds(model, 0), QList<qint64>{a});
        // Moving a visible card while others are hidden keeps the stored order right.
        model.setFilterText(QStringLiteral("acme"));
        QVERIFY(model.moveCards({a}, f.stageId(0), c).ok());
        QCOMPARE(visibleIds(model, 0), (QList<qint64>{a, c}));
        QCOMPARE(f.column(0), (QList<qint64>{a, c, b}));
        QVERIFY(model.moveCards({c}, f.stageId(1), 0).ok());
        QCOMPARE(visibleIds(model, 1), QList<qint64>{c});
        QCOMPARE(f.column(1), (QList<qint64>{d, c}));
        model.setFilterText(QString());
        QCOMPARE(visibleIds(model, 0), f.column(0));
        QCOMPARE(visibleIds(model, 1), (QList<qint64>{d, c}));
    }

    void dropMimeDataRequestsMove()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        const qint64 x = f.add(QStringLiteral("X"), QStringLiteral("r"), 2);
        BoardModel model(f.store.get());
        QVERIFY(model.reload().ok());
        std::unique_ptr<QMimeData> mime(model.mimeData({model.cardIndex(a), model.cardIndex(b)}));
        QVERIFY(mime);
        QCOMPARE(BoardModel::idsFromMime(mime.get()), (QList<qint64>{b, a}));
        QSignalSpy requested(&model, &BoardModel::moveRequested);
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, model.stageIndex(2)));
        QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, model.stageIndex(2)));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).value<QList<qint64>>(), (QList<qint64>{b, a}));
        QCOMPARE(requested.first().at(1).toLongLong(), f.stageId(2));
        QCOMPARE(requested.first().at(2).toLongLong(), x);
        // At the end of a column (row -1) the anchor is "none".
        QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.stageIndex(2)));
        QCOMPARE(requested.last().at(2).toLongLong(), 0);
        // Foreign data is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, model.stageIndex(2)));
        QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, model.stageIndex(2)));
    }

    void nextRoundShowsOnCard()
    {
        TestFile f; // 2026-11-20 09:30 UTC, a Friday
        const qint64 a = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        Clock::setOverride([] { return QDateTime(QDate(2026, 12, 20), QTime(9, 0), Qt::UTC); });
        BoardModel model(f.store.get());
        QVERIFY(model.reload().ok());
        QVERIFY(model.cardIndex(a).data(BoardModel::StaleRole).toBool());
        QVERIFY(model.cardIndex(a).data(BoardModel::NextRoundTextRole).toString().isEmpty());

        RoundStore rounds(f.database);
        RoundFields past;
        past.timeZoneId = QStringLiteral("UTC");
        past.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        past.status = RoundStatus::Done;
        QVERIFY(rounds.createRound(a, past).ok());
        RoundFields next = past;
        next.status = RoundStatus::Scheduled;
        next.start =
            QDateTime(QDate(2026, 12, 22), QTime(14, 0), QTimeZone(QByteArrayLiteral("UTC")));
        QVERIFY(rounds.createRound(a, next).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.refreshNextRounds().ok());
        QCOMPARE(changed.size(), 1);
        const QString text = model.cardIndex(a).data(BoardModel::NextRoundTextRole).toString();
        QVERIFY2(text.startsWith(QStringLiteral("Round 2 · ")), qPrintable(text));
        const QTime shown =
            QDateTime(QDate(2026, 12, 22), QTime(14, 0), Qt::UTC).toLocalTime().time();
        QVERIFY2(text.endsWith(QLocale().toString(shown, LocaleFormat::shortTime())),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral(":00:00")), qPrintable(text));
        QVERIFY(!model.cardIndex(a).data(BoardModel::StaleRole).toBool());
    }

    void insertRemoveAndRefresh()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("A"), QStringLiteral("r"));
        BoardModel model(f.store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        const qint64 b = f.add(QStringLiteral("B"), QStringLiteral("r"));
        QVERIFY(model.insertCardsFromStore({b}).ok());
        QCOMPARE(visibleIds(model, 0), (QList<qint64>{b, a}));
        ApplicationFields fields = f.store->fields(a).value();
        fields.company = QStringLiteral("Renamed");
        QVERIFY(f.store->updateApplication(a, fields).ok());
        QVERIFY(model.refreshCard(a).ok());
        QCOMPARE(model.cardIndex(a).data(BoardModel::CompanyRole).toString(),
                 QStringLiteral("Renamed"));
        model.removeCards({b});
        QCOMPARE(visibleIds(model, 0), QList<qint64>{a});
    }

    void readinessAndThankYouMarksFollowTheirSetters()
    {
        TestFile f;
        const qint64 a = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = f.add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        const qint64 hidden = f.add(QStringLiteral("Initech"), QStringLiteral("Tester"));
        RoundStore rounds(f.database);
        RoundFields round;
        round.timeZoneId = QStringLiteral("UTC");
        round.start = QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC);
        QVERIFY(rounds.createRound(a, round).ok());
        BoardModel model(f.store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        model.setFilterText(QStringLiteral("a")); // Initech is hidden: no signal for it

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReadinessTexts({{a, QStringLiteral("Prep 3/9")}, {b, QStringLiteral("Prep 1/9")}});
        QCOMPARE(changed.size(), 1); // one per column with visible cards, not one per card
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(BoardModel::ReadinessTextRole));
        QCOMPARE(model.cardIndex(a).data(BoardModel::ReadinessTextRole).toString(),
                 QStringLiteral("Prep 3/9"));
        // No round ahead, nothing to be ready for.
        QCOMPARE(model.cardIndex(b).data(BoardModel::ReadinessTextRole).toString(), QString());
        QVERIFY(model.cardIndex(a)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Prep 3/9")));
        QVERIFY(model.cardIndex(a)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Prep 3/9")));
        // The same marks again change nothing.
        model.setReadinessTexts({{a, QStringLiteral("Prep 3/9")}, {b, QStringLiteral("Prep 1/9")}});
        QCOMPARE(changed.size(), 1);

        model.setThankYouDue({b, hidden});
        QCOMPARE(changed.size(), 2);
        QVERIFY(!model.cardIndex(a).data(BoardModel::ThankYouDueRole).toBool());
        QVERIFY(model.cardIndex(b).data(BoardModel::ThankYouDueRole).toBool());
        QVERIFY(model.cardIndex(b)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("thank-you due")));
        // Reloading and moving cards keep the marks; the feature that set them replaces them.
        model.setFilterText(QString());
        QVERIFY(model.cardIndex(hidden).data(BoardModel::ThankYouDueRole).toBool());
        QVERIFY(model.reload().ok());
        QVERIFY(model.moveCards({b}, model.stageAt(2).id, 0).ok());
        QVERIFY(model.cardIndex(b).data(BoardModel::ThankYouDueRole).toBool());
        QCOMPARE(model.cardIndex(a).data(BoardModel::ReadinessTextRole).toString(),
                 QStringLiteral("Prep 3/9"));
        model.setThankYouDue({});
        QVERIFY(!model.cardIndex(b).data(BoardModel::ThankYouDueRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"
