#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/SampleData.h"
#include "core/letters/LetterStore.h"
#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesStore.h"
#include "models/BoardModel.h"
#include "ui/pipeline/PipelineView.h"

#include <QApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The three moments that decide whether the board feels fast: opening a file until the
// board is on screen, one keystroke in the search field, and committing one card move.
// Each runs on a realistic file (200 applications) and a heavy one (10,000).
class BenchPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (int count : {200, 10000}) {
            const QString path = fileFor(count);
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            auto filled = SampleData::fill(*db.value(), count, 7);
            QVERIFY2(filled.ok(), qPrintable(filled.error()));
            QSqlQuery ticks(db.value()->sql());
            QVERIFY(ticks.exec(QStringLiteral(
                "INSERT OR IGNORE INTO round_checklist (round_id, item, ticked_at) "
                "SELECT r.id, k.item, '2026-11-01T09:00:00.000Z' FROM rounds r, (SELECT 'news' "
                "AS item UNION ALL SELECT 'copies' UNION ALL SELECT 'route') k")));
        }
    }

    void openAndShowBoard_data() { sizes(); }
    void openAndShowBoard() { openAndShow(false); }

    // What the window does before its first paint: the board reads the first screenful of
    // each column. Here the rest too, read at once as before any change (after the paint
    // the window reads it in a thread of its own).
    void openAndShowWholeBoard_data() { sizes(); }
    void openAndShowWholeBoard() { openAndShow(true); }

    // The same, with what the notes and letters features put on every card: each next
    // round's checklist progress and the thank-you letters due, one query each for the
    // whole board (the file has three ticks on every round).
    void openAndShowBoardWithMarks_data() { sizes(); }
    void openAndShowBoardWithMarks()
    {
        QFETCH(int, count);
        QBENCHMARK
        {
            auto db = Database::open(fileFor(count)).take();
            PipelineStore store(db);
            BoardModel model(&store);
            QVERIFY(model.reload().ok());
            setMarks(db, model);
            QUndoStack undo;
            PipelineView view(&model, &undo, nullptr);
            view.resize(1600, 900);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab();
            QCOMPARE(model.totalCards(), count);
        }
    }

    // Only the two queries and handing their answers to the board: what a tick costs.
    void cardMarks_data() { sizes(); }
    void cardMarks()
    {
        QFETCH(int, count);
        auto db = Database::open(fileFor(count)).take();
        PipelineStore store(db);
        BoardModel model(&store);
        QVERIFY(model.reload().ok());
        QBENCHMARK
        {
            model.setReadinessTexts({}); // so the board takes the new answer every time
            setMarks(db, model);
        }
    }

    void filterKeystroke_data() { sizes(); }
    void filterKeystroke()
    {
        QFETCH(int, count);
        auto db = Database::open(fileFor(count)).take();
        PipelineStore store(db);
        BoardModel model(&store);
        QVERIFY(model.reload().ok());
        QUndoStack undo;
        PipelineView view(&model, &undo, nullptr);
        view.resize(1600, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Alternate between one and two letters more, as typing and deleting does.
        bool longer = false;
        QBENCHMARK
        {
            longer = !longer;
            model.setFilterText(longer ? QStringLiteral("ana") : QStringLiteral("an"));
            view.grab();
        }
        QVERIFY(model.visibleCards() < count);
    }

    void commitMove_data() { sizes(); }
    void commitMove()
    {
        QFETCH(int, count);
        auto db = Database::open(fileFor(count)).take();
        PipelineStore store(db);
        BoardModel model(&store);
        QVERIFY(model.reload().ok());
        const qint64 from = model.stageAt(0).id;
        const qint64 to = model.stageAt(2).id;
        const qint64 card = model.cardId(model.index(0, 0, model.stageIndex(0)));
        QVERIFY(card != 0);
        // Each iteration is one committed move (with its history row), back and forth.
        bool there = false;
        QBENCHMARK
        {
            there = !there;
            auto moved = model.moveCards({card}, there ? to : from, 0);
            QVERIFY(moved.ok());
        }
    }

    // What one tick in a round's checklist re-reads for the board: the progress of that
    // round's application only (cardMarks reads it for the whole board).
    void tickReadiness_data() { sizes(); }
    void tickReadiness()
    {
        QFETCH(int, count);
        auto db = Database::open(fileFor(count)).take();
        NotesStore notes(db);
        QSqlQuery last(db->sql());
        QVERIFY(last.exec(QStringLiteral("SELECT max(id) FROM rounds")) && last.next());
        const qint64 round = last.value(0).toLongLong();
        QBENCHMARK
        {
            auto one = notes.nextRoundReadinessAround(Clock::nowUtc(), round);
            QVERIFY(one.ok());
        }
    }

private:
    void openAndShow(bool whole)
    {
        QFETCH(int, count);
        QBENCHMARK
        {
            auto db = Database::open(fileFor(count)).take();
            PipelineStore store(db);
            BoardModel model(&store);
            QVERIFY(model.reload().ok());
            if (whole)
                QVERIFY(model.ensureComplete().ok());
            QUndoStack undo;
            PipelineView view(&model, &undo, nullptr);
            view.resize(1600, 900);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab(); // paints every visible card once
            QCOMPARE(model.totalCards(), count);
        }
    }

    static void setMarks(const std::shared_ptr<Database> &db, BoardModel &model)
    {
        auto readiness = NotesStore(db).nextRoundReadiness(Clock::nowUtc());
        QVERIFY(readiness.ok());
        QHash<qint64, QString> texts;
        for (auto it = readiness.value().cbegin(); it != readiness.value().cend(); ++it)
            texts.insert(it.key(), NotesChecklist::readinessText(it.value()));
        model.setReadinessTexts(texts);
        auto due = LetterStore(db).applicationsWithLettersDue(Clock::nowUtc());
        QVERIFY(due.ok());
        model.setThankYouDue(due.value());
    }

    static void sizes()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("realistic-200") << 200;
        QTest::newRow("heavy-10000") << 10000;
    }
    QString fileFor(int count) const
    {
        return m_dir.filePath(QStringLiteral("bench-%1.sqlite").arg(count));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(BenchPipeline)
#include "bench_pipeline.moc"
