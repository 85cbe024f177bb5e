#include "FakePrompter.h"
#include "PracticeTestSupport.h"
#include "TestSupport.h"

#include "core/notes/NotesStore.h"
#include "core/practice/QuestionCategory.h"
#include "models/practice/QuestionBankProxy.h"
#include "ui/practice/PracticeChart.h"
#include "ui/practice/PracticePage.h"
#include "ui/practice/PracticeSession.h"
#include "ui/practice/QuestionDialog.h"
#include "ui/practice/RoundQuestionsDialog.h"
#include "ui/practice/StoryDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

class TestPracticePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<PracticeStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<PracticePage> m_page;

    int count(const QString &where = QStringLiteral("1"))
    {
        return countRows(*m_file->database,
                         QStringLiteral("SELECT count(*) FROM questions WHERE %1").arg(where));
    }

private slots:
    void init()
    {
        m_file = std::make_unique<TestFile>();
        m_store = std::make_unique<PracticeStore>(m_file->database);
        m_undo = std::make_unique<QUndoStack>();
        m_prompter = std::make_unique<FakePrompter>();
        m_page = std::make_unique<PracticePage>(m_store.get(), m_undo.get());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->reload();
    }

    void cleanup()
    {
        m_page.reset();
        m_prompter.reset();
        m_undo.reset();
        m_store.reset();
        m_file.reset();
    }

    void bankListsTheShippedQuestionsAndFilters()
    {
        QAbstractItemModelTester tester(m_page->bankProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = m_page->bankProxy()->rowCount();
        // Shipped order: the first question of the bank comes first.
        QCOMPARE(m_page->bankProxy()->questionId(m_page->bankProxy()->index(0, 0)), qint64(1));
        QCOMPARE(all, count());
        QTest::keyClicks(m_page->searchEdit(), QStringLiteral("salary"));
        QVERIFY(m_page->bankProxy()->rowCount() > 0);
        QVERIFY(m_page->bankProxy()->rowCount() < all);
        m_page->searchEdit()->clear();
        m_page->categoryFilter()->setCurrentIndex(
            m_page->categoryFilter()->findData(QStringLiteral("curveball")));
        QCOMPARE(m_page->bankProxy()->rowCount(), count(QStringLiteral("category = 'curveball'")));
        const QModelIndex first = m_page->bankProxy()->index(0, 1);
        QCOMPARE(first.data().toString(), QuestionCategory::name(QStringLiteral("curveball")));
        QVERIFY(!(m_page->bankProxy()->flags(first) & Qt::ItemIsEditable));
        // Delete and Return in the search field edit the search, never the bank.
        m_page->searchEdit()->setFocus();
        QTest::keyClicks(m_page->searchEdit(), QStringLiteral("ab"));
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Home);
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Delete);
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Return);
        QCOMPARE(m_page->searchEdit()->text(), QStringLiteral("b"));
        QCOMPARE(m_undo->count(), 0);
        m_page->searchEdit()->clear();
        // Markup in a search is just text.
        QTest::keyClicks(m_page->searchEdit(), QStringLiteral("<b>"));
        QCOMPARE(m_page->bankProxy()->rowCount(), 0);
    }

    void newQuestionByKeyboardWithUndo()
    {
        const int before = count();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            auto &form = static_cast<QuestionDialog &>(dialog);
            form.categoryBox()->setCurrentIndex(
                form.categoryBox()->findData(QStringLiteral("behavioural")));
            QTest::keyClicks(form.textEdit(),
                             QStringLiteral("<i>Tell me</i> about the Zephyr outage"));
            const QString answer = QString(QStringLiteral("word ")).repeated(500);
            form.answerEdit()->setPlainText(answer);
            if (!form.speakingLabel()->text().contains(QStringLiteral("too long")))
                return int(QDialog::Rejected);
            form.accept();
            return dialog.result();
        };
        m_page->bankView()->setFocus();
        QTest::keySequence(m_page->bankView(), QKeySequence::New);
        QCOMPARE(count(), before + 1);
        QCOMPARE(count(QStringLiteral("text = '<i>Tell me</i> about the Zephyr outage'")), 1);
        QVERIFY(m_page->detailView()->toPlainText().startsWith(QStringLiteral("<i>Tell me</i>")));
        m_undo->undo();
        QCOMPARE(count(), before);
        m_undo->redo();
        QCOMPARE(count(), before + 1);
    }

    void emptyQuestionIsRefusedInTheForm()
    {
        const int before = count();
        bool refused = false;
        m_prompter->dialogHandler = [&refused](QDialog &dialog) {
            auto &form = static_cast<QuestionDialog &>(dialog);
            form.textEdit()->setText(QStringLiteral("   "));
            form.accept();
            refused = dialog.isVisible() && dialog.result() != QDialog::Accepted;
            return int(QDialog::Rejected);
        };
        m_page->newQuestion();
        QVERIFY(refused);
        QCOMPARE(count(), before);
        QCOMPARE(m_undo->count(), 0);
    }

    void deleteKeyAndUndoKeepHistoryExact()
    {
        const qint64 id = m_page->currentQuestion();
        QVERIFY(id > 0);
        QVERIFY(
            m_store->rate(id, Rating::Good, Clock::nowUtc().addDays(-4), 60, QStringLiteral("x"))
                .ok());
        QVERIFY(m_store->rate(id, Rating::Hard, Clock::nowUtc().addDays(-1)).ok());
        m_page->reload();
        m_page->selectQuestion(id);
        QVERIFY(m_page->detailView()->toPlainText().contains(QStringLiteral("forgot: x")));
        const QStringList before = practiceDump(*m_file->database);
        m_page->bankView()->setFocus();
        QTest::keyClick(m_page->bankView(), Qt::Key_Delete);
        QCOMPARE(count(QStringLiteral("id = %1").arg(id)), 0);
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM reviews")), 0);
        m_undo->undo();
        QCOMPARE(practiceDump(*m_file->database), before);
        m_undo->redo();
        m_undo->undo();
        QCOMPARE(practiceDump(*m_file->database), before);
    }

    void storyEditorAndLinking()
    {
        m_prompter->dialogHandler = [](QDialog &dialog) {
            auto &form = static_cast<StoryDialog &>(dialog);
            QTest::keyClicks(form.titleEdit(), QStringLiteral("Zephyr outage"));
            form.actionEdit()->setPlainText(QString(QStringLiteral("step ")).repeated(300));
            if (!form.speakingLabel()->text().contains(QStringLiteral("2:00")))
                return int(QDialog::Rejected);
            form.accept();
            return dialog.result();
        };
        m_page->newStory();
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM stories")), 1);
        QCOMPARE(m_page->storyView()->model()->rowCount(), 1);
        // Link it from the question form.
        const qint64 id = m_page->currentQuestion();
        m_prompter->dialogHandler = [](QDialog &dialog) {
            auto &form = static_cast<QuestionDialog &>(dialog);
            form.storyList()->item(0)->setCheckState(Qt::Checked);
            form.accept();
            return dialog.result();
        };
        m_page->editQuestion();
        QCOMPARE(
            countRows(*m_file->database,
                      QStringLiteral("SELECT count(*) FROM question_stories WHERE question_id = %1")
                          .arg(id)),
            1);
        QVERIFY(
            m_page->detailView()->toPlainText().contains(QStringLiteral("Stories: Zephyr outage")));
        m_undo->undo();
        QCOMPARE(
            countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM question_stories")),
            0);
        m_undo->undo();
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM stories")), 0);
    }

    void practiceSessionByKeyboard()
    {
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(PracticePage::Random));
        m_page->countBox()->setValue(3);
        m_page->secondsBox()->setValue(60);
        m_page->startPractice();
        PracticeSession *session = m_page->session();
        QVERIFY(session->isVisible());
        QVERIFY(session->isRunning());
        QTRY_VERIFY(session->hasFocus() || session->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(session->countdownLabel()->text(), QStringLiteral("1:00"));
        session->tick();
        session->tick();
        QCOMPARE(session->countdownLabel()->text(), QStringLiteral("0:58"));
        QTest::keyClick(session, Qt::Key_P);
        QVERIFY(session->isPaused());
        session->tick();
        QCOMPARE(session->remainingSeconds(), 58);
        QTest::keyClick(session, Qt::Key_P);
        QVERIFY(!session->answerView()->isVisible());
        // Rating before looking only shows the answer.
        QTest::keyClick(session, Qt::Key_3);
        QVERIFY(session->isRevealed());
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM reviews")), 0);
        // What I forgot; typing digits and spaces there neither rates nor reveals.
        session->forgotEdit()->setFocus();
        QTest::keyClicks(session->forgotEdit(), QStringLiteral("the 2 numbers"));
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM reviews")), 0);
        QTest::keyClick(session->forgotEdit(), Qt::Key_Return);
        QTest::keyClick(session, Qt::Key_1);
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM reviews")), 1);
        QCOMPARE(countRows(*m_file->database,
                           QStringLiteral("SELECT count(*) FROM reviews WHERE rating = 1 AND "
                                          "forgot = 'the 2 numbers' AND seconds = 2")),
                 1);
        QTest::keyClick(session, Qt::Key_Space);
        QTest::keyClick(session, Qt::Key_4);
        QTest::keyClick(session, Qt::Key_Space);
        QTest::keyClick(session, Qt::Key_3);
        QVERIFY(!session->isRunning());
        QVERIFY(session->summaryLabel()->text().contains(
            PracticeSession::tr("%n question(s) practised.", nullptr, 3)));
        QVERIFY(session->summaryLabel()->text().contains(
            QStringLiteral("Again 1 · Hard 0 · Good 1 · Easy 1")));
        QVERIFY(session->summaryLabel()->text().contains(QStringLiteral("the 2 numbers")));
        // Every rating is undoable.
        QCOMPARE(m_undo->count(), 3);
        m_undo->undo();
        QCOMPARE(countRows(*m_file->database, QStringLiteral("SELECT count(*) FROM reviews")), 2);
        QTest::keyClick(session, Qt::Key_Escape);
        QVERIFY(!session->isVisible());
    }

    void readinessAndRoundPractice()
    {
        PipelineStore pipeline(m_file->database);
        RoundStore rounds(m_file->database);
        const qint64 app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = addRound(rounds, app, Clock::nowUtc().addDays(3));
        const QList<qint64> ids =
            m_store->questionsInCategory(QStringLiteral("behavioural")).value();
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->linkApplication(ids.at(i), app).ok());
        QVERIFY(m_store->rate(ids.at(0), Rating::Easy, Clock::nowUtc()).ok());
        m_page->reload();
        QCOMPARE(m_page->readinessList()->count(), 1);
        const QString text = m_page->readinessList()->item(0)->text();
        QVERIFY2(text.startsWith(QStringLiteral("Acme, round 1, ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(": 1 of 3 question")), qPrintable(text));
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(PracticePage::ForRound));
        QCOMPARE(m_page->choiceBox()->currentData().toLongLong(), round);
        m_page->startPractice();
        QVERIFY(m_page->session()->isRunning());
        QCOMPARE(m_page->session()->currentQuestion(),
                 ids.at(1)); // weakest (never practised) first
    }

    void linkToApplicationAndChooseQuestionsToAsk()
    {
        RoundStore rounds(m_file->database);
        const qint64 app =
            m_file->add(QStringLiteral("Acme <b>Inc</b>"), QStringLiteral("Engineer"));
        const qint64 round = addRound(rounds, app, Clock::nowUtc().addDays(5));
        m_page->reload();
        const qint64 id = m_page->currentQuestion();
        const QStringList before = practiceDump(*m_file->database);
        m_prompter->chooseAnswer = 0;
        m_page->bankView()->setFocus();
        QTest::keyClick(m_page->bankView(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(m_prompter->offered, QStringList{QStringLiteral("Acme <b>Inc</b>, Engineer")});
        QCOMPARE(countRows(*m_file->database,
                           QStringLiteral("SELECT count(*) FROM question_applications WHERE "
                                          "question_id = %1 AND application_id = %2")
                               .arg(id)
                               .arg(app)),
                 1);
        QVERIFY(m_page->detailView()->toPlainText().contains(
            QStringLiteral("Asked at: Acme <b>Inc</b>, Engineer")));
        m_undo->undo();
        QCOMPARE(practiceDump(*m_file->database), before);
        m_undo->redo();

        // Three questions to ask for the round, by ticking them.
        m_prompter->dialogHandler = [](QDialog &dialog) {
            auto &form = static_cast<RoundQuestionsDialog &>(dialog);
            for (int row : {4, 1, 2})
                form.list()->item(row)->setCheckState(Qt::Checked);
            dialog.accept();
            return int(QDialog::Accepted);
        };
        m_page->chooseQuestionsToAsk();
        QCOMPARE(m_store->roundQuestions(round).value().size(), 3);
        m_undo->undo();
        QCOMPARE(m_store->roundQuestions(round).value().size(), 0);
    }

    void questionsFromADebriefGoIntoTheBankLinked()
    {
        RoundStore rounds(m_file->database);
        NotesStore notes(m_file->database);
        const qint64 app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = addRound(rounds, app, Clock::nowUtc().addDays(-3));
        RoundNotes debrief;
        debrief.questionsAsked = QStringLiteral("How would you shard <b>our</b> database?\n"
                                                "  what salary are you EXPECTING?  \n");
        QVERIFY(notes.saveNotes(round, debrief).ok());
        const int before = count();
        const QStringList dumpBefore = practiceDump(*m_file->database);
        m_prompter->chooseAnswer = 0;
        m_page->addFromDebriefs();
        QCOMPARE(count(), before + 1);
        QCOMPARE(countRows(*m_file->database,
                           QStringLiteral("SELECT count(*) FROM question_applications WHERE "
                                          "application_id = %1")
                               .arg(app)),
                 2);
        QCOMPARE(countRows(*m_file->database,
                           QStringLiteral("SELECT count(*) FROM question_applications WHERE "
                                          "round_id = %1")
                               .arg(round)),
                 1);
        QCOMPARE(m_undo->count(), 1); // one step
        m_undo->undo();
        QCOMPARE(practiceDump(*m_file->database), dumpBefore);
    }

    void retentionSpinBoxSavesToTheFile()
    {
        m_page->tabs()->setCurrentIndex(2);
        m_page->retentionBox()->setValue(0.95);
        QCOMPARE(m_store->desiredRetention(), 0.95);
        m_page->retentionBox()->setValue(0.5);
        QCOMPARE(m_store->desiredRetention(), 0.80);
    }

    void chartShowsTheLast30Days()
    {
        const qint64 id = m_page->currentQuestion();
        QVERIFY(m_store->rate(id, Rating::Good, Clock::nowUtc()).ok());
        m_page->reload();
        QCOMPARE(m_page->chart()->reviewsPerDay().size(), 30);
        QCOMPARE(m_page->chart()->reviewsPerDay().last(), 1);
        QVERIFY(m_page->chart()->summary().contains(
            PracticeChart::tr("%n review(s) in the last 30 days", nullptr, 1)));
        m_page->tabs()->setCurrentIndex(2);
        QVERIFY(!m_page->chart()->grab().isNull());
    }

    void importAndExportFromTheFileMenu()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "question,category,answer,tags\n\"What salary are you expecting?\",salary_logistics,,\n"
            "New one,behavioural,,\n");
        file.close();
        const int before = count();
        m_prompter->fileAnswer = csv;
        m_page->fileActions().at(0)->trigger();
        QCOMPARE(count(), before + 1);
        m_undo->undo();
        QCOMPARE(count(), before);
        m_undo->redo();
        QCOMPARE(count(), before + 1);
        // A bad file: an error naming the line, nothing imported.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("question,category,answer,tags\nok,behavioural,,\n\"broken,behavioural,,\n");
        file.close();
        m_page->fileActions().at(0)->trigger();
        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY(m_prompter->errors.first().contains(QStringLiteral("Line 3")));
        QCOMPARE(count(), before + 1);
        // Export to CSV and to Anki.
        m_prompter->fileAnswer = dir.filePath(QStringLiteral("out.csv"));
        m_page->fileActions().at(1)->trigger();
        QVERIFY(QFile::exists(m_prompter->fileAnswer));
        m_prompter->fileAnswer = dir.filePath(QStringLiteral("anki.txt"));
        m_page->fileActions().at(2)->trigger();
        QFile anki(m_prompter->fileAnswer);
        QVERIFY(anki.open(QIODevice::ReadOnly));
        QVERIFY(anki.readAll().startsWith("#separator:tab\n"));
    }

    // With SECONDROUND_SCREENSHOTS=folder set, saves the README's pictures of the bank, a
    // practice card and the chart there.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("SECONDROUND_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("Set SECONDROUND_SCREENSHOTS to a folder to save screenshots.");
        // English plural forms ("68 questions due") come from the built translation.
        QTranslator english;
        if (english.load(QCoreApplication::applicationDirPath() +
                         QStringLiteral("/../../app/secondround_en.qm")))
            QCoreApplication::installTranslator(&english);
        RoundStore rounds(m_file->database);
        const qint64 acme =
            m_file->add(QStringLiteral("Acme Analytics"), QStringLiteral("Data engineer"));
        const qint64 globex =
            m_file->add(QStringLiteral("Globex"), QStringLiteral("Platform lead"));
        addRound(rounds, acme, Clock::nowUtc().addDays(-9));
        addRound(rounds, acme, Clock::nowUtc().addDays(2), RoundKind::Final,
                 RoundReason::ClearDoubt);
        addRound(rounds, globex, Clock::nowUtc().addDays(9), RoundKind::Panel);
        const qint64 story =
            m_store
                ->addStory(
                    {QStringLiteral("Nightly load rescue"),
                     QStringLiteral("The nightly load failed three times a week."),
                     QStringLiteral("Make it reliable before quarter end."),
                     QStringLiteral(
                         "I split the job, added retries and alerts, and wrote the runbook."),
                     QStringLiteral("No failed night in four months."),
                     QStringLiteral("Failures from 3 a week to 0"),
                     {QStringLiteral("ownership"), QStringLiteral("reliability")}})
                .value();
        const QList<qint64> behavioural =
            m_store->questionsInCategory(QStringLiteral("behavioural")).value();
        QuestionFields fields = m_store->question(behavioural.at(1)).value().fields;
        fields.answer = QStringLiteral(
            "The migration to the new warehouse slipped twice. I said early that the "
            "date was at risk, split the work into two releases and kept the "
            "business running on the old reports until the second one landed. "
            "We finished three weeks late instead of three months, and nobody "
            "lost a report.");
        fields.storyIds = {story};
        fields.tags = {QStringLiteral("failure"), QStringLiteral("delivery")};
        QVERIFY(m_store->updateQuestion(behavioural.at(1), fields).ok());
        QRandomGenerator random(3);
        const QList<qint64> all = m_store->randomQuestions(60).value();
        for (int i = 0; i < all.size(); ++i) {
            const QDateTime first =
                Clock::nowUtc().addDays(-29 + random.bounded(0, 20)).addSecs(-3600 * (i % 7));
            QVERIFY(m_store->rate(all.at(i), Rating(random.bounded(1, 5)), first, 80).ok());
            if (i % 2 == 0)
                QVERIFY(m_store
                            ->rate(all.at(i), Rating(random.bounded(2, 5)),
                                   first.addDays(random.bounded(1, 6)), 95)
                            .ok());
        }
        for (int i = 0; i < 8; ++i)
            QVERIFY(m_store->linkApplication(behavioural.at(i), acme).ok());
        for (int i = 8; i < 14; ++i)
            QVERIFY(m_store->linkApplication(behavioural.at(i), globex).ok());
        m_page->reload();
        m_page->resize(1100, 680);
        m_page->selectQuestion(behavioural.at(1));
        QVERIFY(m_page->grab().save(folder + QStringLiteral("/screenshot-practice-bank.png")));
        m_page->tabs()->setCurrentIndex(2);
        m_page->reload();
        QVERIFY(m_page->grab().save(folder + QStringLiteral("/screenshot-practice-chart.png")));
        m_page->tabs()->setCurrentIndex(0);
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(PracticePage::Category));
        m_page->startPractice();
        m_page->session()->start({behavioural.at(1)}, 120,
                                 QStringLiteral("Acme Analytics, round 2"));
        for (int i = 0; i < 47; ++i)
            m_page->session()->tick();
        m_page->session()->reveal();
        QTest::keyClicks(m_page->session()->forgotEdit(),
                         QStringLiteral("say the three weeks first"));
        QVERIFY(m_page->grab().save(folder + QStringLiteral("/screenshot-practice-card.png")));
    }
};

QTEST_MAIN(TestPracticePage)
#include "tst_practicepage.moc"
