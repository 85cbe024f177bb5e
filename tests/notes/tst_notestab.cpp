#include "WindowTestSupport.h"

#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesStore.h"
#include "models/BoardModel.h"
#include "models/calendar/UpcomingRoundsModel.h"
#include "models/notes/NotesRoundList.h"
#include "ui/RoundActions.h"
#include "ui/calendar/CalendarTab.h"
#include "ui/calendar/CalendarView.h"
#include "ui/notes/NotesEditor.h"
#include "ui/notes/NotesPage.h"
#include "ui/notes/NotesSearchDelegate.h"
#include "ui/notes/NotesTab.h"
#include "ui/notes/PrepSheetPreview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

// The Notes tab driven through its widgets; every check reads the database.
class TestNotesTab : public WindowTestCase
{
    Q_OBJECT

private:
    qint64 m_application = 0;
    qint64 m_past = 0;
    qint64 m_ahead = 0;
    qint64 m_other = 0;

    static RoundFields at(const QDate &date, int hour)
    {
        RoundFields fields;
        fields.kind = RoundKind::Technical;
        fields.timeZoneId = QStringLiteral("UTC");
        fields.start = RoundValidator::localToInstant(date, QTime(hour, 0), fields.timeZoneId);
        return fields;
    }

    NotesTab *notesTab() const { return m_window->tab<NotesTab>(); }
    NotesPage *page() const
    {
        m_window->showTab(notesTab());
        return notesTab()->page();
    }
    NotesEditor *editor() const { return page()->editor(); }
    QPlainTextEdit *text(const char *name) const
    {
        return editor()->findChild<QPlainTextEdit *>(QLatin1String(name));
    }
    NotesStore store() const { return NotesStore(m_file->database); }
    void select(qint64 roundId) const
    {
        const QModelIndex index = page()->roundList()->indexOfRound(roundId);
        QVERIFY(index.isValid());
        page()->roundView()->setCurrentIndex(index);
        QCOMPARE(editor()->round(), roundId);
    }

private slots:
    void init()
    {
        setUpWindowTest(); // the clock says 2026-11-20 09:30 UTC
        m_application =
            m_file->add(QStringLiteral("Initech <b>Corp</b>"), QStringLiteral("Tester"), 3);
        const qint64 later = m_file->add(QStringLiteral("Umbrella"), QStringLiteral("Chemist"), 3);
        {
            RoundStore rounds(m_file->database);
            m_past = rounds.createRound(m_application, at(QDate(2026, 11, 18), 10)).value();
            m_ahead = rounds.createRound(m_application, at(QDate(2026, 11, 26), 10)).value();
            m_other = rounds.createRound(later, at(QDate(2026, 11, 23), 10)).value();
        } // the window takes over the file's only connection
        QVERIFY(openWindow());
    }
    void cleanup()
    {
        PrepSheetPreview::clearOverride();
        tearDownWindowTest();
    }

    void thirdTabListsUpcomingFirstGroupedByApplication()
    {
        QCOMPARE(m_window->tabs()->indexOf(page()->parentWidget()), 2);
        QAbstractItemModelTester tester(page()->roundList(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        NotesRoundList *list = page()->roundList();
        QCOMPARE(list->rowCount(), 2);
        // Umbrella's round (23 Nov) is sooner than Initech's next (26 Nov).
        QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("Umbrella: Chemist"));
        const QModelIndex initech = list->index(1, 0);
        QCOMPARE(initech.data().toString(), QStringLiteral("Initech <b>Corp</b>: Tester"));
        QCOMPARE(list->index(0, 0, initech).data(NotesRoundList::RoundIdRole).toLongLong(),
                 m_ahead);
        QVERIFY(list->index(0, 0, initech).data().toString().contains(QStringLiteral("Prep 0/9")));
        const QModelIndex past = list->index(1, 0, initech);
        QCOMPARE(past.data(NotesRoundList::RoundIdRole).toLongLong(), m_past);
        QVERIFY(past.data().toString().contains(QStringLiteral("Write it down while it is fresh")));
        // The first round is open; the past one shows the prompt and its debrief first.
        QCOMPARE(editor()->round(), m_other);
        select(m_past);
        QVERIFY(editor()->findChild<QLabel *>(QStringLiteral("freshPrompt"))->isVisible());
        auto *parts = editor()->findChild<QTabWidget *>(QStringLiteral("notesParts"));
        QCOMPARE(parts->tabText(0), QStringLiteral("De&brief"));
        select(m_ahead);
        QCOMPARE(parts->tabText(0), QStringLiteral("Pl&an"));
        QVERIFY(!editor()->findChild<QLabel *>(QStringLiteral("freshPrompt"))->isVisible());
    }

    void typingIsSavedWithinASecond()
    {
        select(m_ahead);
        QPlainTextEdit *selling = text("sellingPoints");
        selling->setFocus();
        QTest::keyClicks(selling, QStringLiteral("Shipped <b>on time</b> & under budget"));
        QVERIFY(store().notes(m_ahead).value().sellingPoints.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(store().notes(m_ahead).value().sellingPoints,
                                  QStringLiteral("Shipped <b>on time</b> & under budget"), 1500);
        // Undo inside the box works as in any editor, and is saved too.
        QTest::keyClick(selling, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(selling->toPlainText().size() < 36);
        QTRY_COMPARE_WITH_TIMEOUT(store().notes(m_ahead).value().sellingPoints,
                                  selling->toPlainText(), 1500);
    }

    void leavingAFieldOrTheRoundSavesAtOnce()
    {
        select(m_ahead);
        QPlainTextEdit *questions = text("questionsToAsk");
        questions->setFocus();
        QTest::keyClicks(questions, QStringLiteral("Who is on the team?"));
        QVERIFY(editor()->findChild<QLabel *>(QStringLiteral("questionsNudge"))->isVisible());
        text("logistics")->setFocus(); // focus leaves the field
        QCOMPARE(store().notes(m_ahead).value().questionsToAsk,
                 QStringLiteral("Who is on the team?"));

        QTest::keyClicks(text("logistics"), QStringLiteral("Bring ID"));
        select(m_past); // switching rounds
        QCOMPARE(store().notes(m_ahead).value().logistics, QStringLiteral("Bring ID"));

        QTest::keyClicks(text("weakAnswers"), QStringLiteral("Salary: said a number first"));
        QVERIFY(m_window->close()); // and closing
        QCOMPARE(store().notes(m_past).value().weakAnswers,
                 QStringLiteral("Salary: said a number first"));
    }

    void abruptEndKeepsWhatWasTyped()
    {
        select(m_ahead);
        QTest::keyClicks(text("clues"), QStringLiteral("They stressed on-call "));
        text("clues")->insertPlainText(QStringLiteral("\u202Etwice")); // typed with an IME
        QTest::qWait(NotesEditor::SaveDelayMilliseconds + 300);
        // No close, no destructor, no tab shutdown: the window is simply abandoned, as if the
        // process had been killed. Another connection reads the file.
        MainWindow *abandoned = m_window.release();
        abandoned->hide();
        const QString path = m_file->database->path();
        m_file->store.reset();
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(
                QStringLiteral("SELECT clues FROM round_notes WHERE round_id = %1").arg(m_ahead)));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(),
                     QStringLiteral("They stressed on-call \u202Etwice"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        // The test framework must not tear down what a killed process would not have.
        m_file->database.reset();
        Q_UNUSED(abandoned);
    }

    void ticksAndDecisionsAreUndoSteps()
    {
        RoundNotes debrief;
        debrief.weakAnswers = QStringLiteral("Why I left\nSalary");
        QVERIFY(store().saveNotes(m_past, debrief).ok());
        select(m_ahead);
        page()->reload();
        QUndoStack *undo = m_window->undoStack();
        const QStringList before = m_file->dump();

        auto *news = editor()->findChild<QCheckBox *>(QStringLiteral("check_news"));
        news->setFocus();
        QTest::keyClick(news, Qt::Key_Space);
        QCOMPARE(store().ticks(m_ahead).value(), QSet<QString>({QStringLiteral("news")}));
        QVERIFY(page()->roundList()->indexOfRound(m_ahead).data().toString().contains(
            QStringLiteral("Prep 1/9")));

        auto *carried = editor()->findChild<QListWidget *>(QStringLiteral("carriedOver"));
        QCOMPARE(carried->count(), 2);
        carried->setFocus();
        carried->setCurrentRow(1);
        QTest::keyClick(carried, Qt::Key_Space);
        QCOMPARE(carried->item(1)->checkState(), Qt::Checked);
        QVERIFY(store().carriedOver(m_ahead).value().at(1).dealtWith);

        QSqlQuery stamp(m_file->database->sql());
        QVERIFY(stamp.exec(QStringLiteral("SELECT ticked_at FROM round_checklist")) &&
                stamp.next());
        const QString tickedAt = stamp.value(0).toString();
        undo->undo();
        QVERIFY(!store().carriedOver(m_ahead).value().at(1).dealtWith);
        QCOMPARE(carried->item(1)->checkState(), Qt::Unchecked);
        undo->undo();
        QVERIFY(store().ticks(m_ahead).value().isEmpty());
        QVERIFY(!news->isChecked());
        QCOMPARE(m_file->dump(), before);
        undo->redo();
        QVERIFY(stamp.exec(QStringLiteral("SELECT ticked_at FROM round_checklist")) &&
                stamp.next());
        QCOMPARE(stamp.value(0).toString(), tickedAt);
        QVERIFY(news->isChecked());
    }

    // "Prep 1/9" on the board's card and in the calendar's upcoming list, read from the file
    // and kept in step with ticks and their undo; a round without a debrief is prompted for
    // above the upcoming list and opens its notes.
    void readinessAndDebriefPromptOutsideTheTab()
    {
        const auto nextRoundText = [this](qint64 application) {
            return NotesChecklist::readinessText(
                store().nextRoundReadiness(Clock::nowUtc()).value().value(application));
        };
        const QModelIndex card = boardModel()->cardIndex(m_application);
        QTRY_COMPARE(card.data(BoardModel::ReadinessTextRole).toString(),
                     QStringLiteral("Prep 0/9"));
        QCOMPARE(
            boardModel()->cardIndex(m_application).data(BoardModel::ReadinessTextRole).toString(),
            nextRoundText(m_application));
        CalendarView *calendar = calendarView();
        UpcomingRoundsModel *upcoming = calendar->upcomingModel();
        QAbstractItemModelTester tester(upcoming,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto upcomingText = [upcoming](qint64 roundId) {
            return upcoming->index(upcoming->rowOfRound(roundId))
                .data(UpcomingRoundsModel::ReadinessTextRole)
                .toString();
        };
        QCOMPARE(upcomingText(m_ahead), QStringLiteral("Prep 0/9"));

        select(m_ahead);
        auto *news = editor()->findChild<QCheckBox *>(QStringLiteral("check_news"));
        news->setFocus();
        QTest::keyClick(news, Qt::Key_Space);
        QTRY_COMPARE(
            boardModel()->cardIndex(m_application).data(BoardModel::ReadinessTextRole).toString(),
            QStringLiteral("Prep 1/9"));
        QCOMPARE(nextRoundText(m_application), QStringLiteral("Prep 1/9"));
        QCOMPARE(upcomingText(m_ahead), QStringLiteral("Prep 1/9"));
        QVERIFY(upcoming->index(upcoming->rowOfRound(m_ahead))
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .endsWith(QStringLiteral("Prep 1/9")));
        // The other application's card is untouched.
        QCOMPARE(upcomingText(m_other), QStringLiteral("Prep 0/9"));
        m_window->undoStack()->undo();
        QTRY_COMPARE(
            boardModel()->cardIndex(m_application).data(BoardModel::ReadinessTextRole).toString(),
            QStringLiteral("Prep 0/9"));
        QCOMPARE(upcomingText(m_ahead), QStringLiteral("Prep 0/9"));

        // The round of 18 November has ended without a debrief.
        m_window->showTab(m_window->tab<CalendarTab>());
        QVERIFY(calendar->debriefPrompt()->isVisible());
        auto *prompt = calendar->findChild<QLabel *>(QStringLiteral("debriefText"));
        QVERIFY2(prompt->text().contains(QStringLiteral("Write it down while it is fresh")),
                 qPrintable(prompt->text()));
        QCOMPARE(prompt->textFormat(), Qt::PlainText);
        calendar->debriefButton()->click();
        QCOMPARE(m_window->tabs()->currentWidget(), notesTab()->page()->parentWidget());
        QCOMPARE(editor()->round(), m_past);
        QTest::keyClicks(text("questionsAsked"), QStringLiteral("Why this company?"));
        QVERIFY(editor()->saveNow().ok());
        QVERIFY(!store().notes(m_past).value().debriefIsEmpty());
        QVERIFY(calendar->debriefPrompt()->isHidden());
    }

    void searchShowsHighlightedMatchesAndOpensTheRound()
    {
        RoundNotes notes;
        notes.concerns = QStringLiteral("<i>Kubernetes</i> experience & more");
        QVERIFY(store().saveNotes(m_past, notes).ok());
        QLineEdit *search = page()->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("kubern"));
        QTRY_VERIFY(page()->resultView()->isVisible());
        QAbstractItemModel *results = page()->resultView()->model();
        QCOMPARE(results->rowCount(), 1);
        const QString html = NotesSearchDelegate::html(
            results->index(0, 0).data(NotesSearchDelegate::HeadingRole).toString(),
            results->index(0, 0).data(NotesSearchDelegate::ExcerptRole).toString());
        QVERIFY2(html.contains(QStringLiteral("&lt;i&gt;<b>Kubernetes</b>&lt;/i&gt;")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Initech &lt;b&gt;Corp&lt;/b&gt;")));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(page()->resultView()->hasFocus());
        QTest::keyClick(page()->resultView(), Qt::Key_Return);
        QCOMPARE(editor()->round(), m_past);
        // Hostile queries are words, not syntax.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("\"AND ( NEAR"));
        QTRY_VERIFY(page()->resultView()->isVisible());
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void printPrepSheetForTheSelectedOrNextRound()
    {
        QList<PrepSheetData> shown;
        PrepSheetPreview::setOverride([&shown](const PrepSheetData &sheet) { shown << sheet; });
        // From the board, nothing selected there: the next round ahead.
        notesTab()->printAction()->trigger();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.last().roundId, m_other);
        select(m_ahead);
        QTest::keyClicks(text("sellingPoints"), QStringLiteral("Typed just now"));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.last().roundId, m_ahead);
        QCOMPARE(shown.last().sellingPoints.items.first().text, QStringLiteral("Typed just now"));
        m_window->roundActions()->trigger(RoundActions::Provided::PrepSheet, m_past);
        QCOMPARE(shown.last().roundId, m_past);
        // "Open notes" from elsewhere selects the round here.
        m_window->showTab(m_window->tabs()->count() > 0 ? m_window->tab<PipelineTab>() : nullptr);
        m_window->roundActions()->trigger(RoundActions::Provided::Notes, m_other);
        QCOMPARE(editor()->round(), m_other);
        QCOMPARE(m_window->tabs()->currentIndex(), 2);
    }
};

QTEST_MAIN(TestNotesTab)
#include "tst_notestab.moc"
