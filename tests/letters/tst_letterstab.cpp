#include "WindowTestSupport.h"

#include "core/RoundStore.h"
#include "core/letters/LetterStore.h"
#include "core/notes/NotesStore.h"
#include "models/BoardModel.h"
#include "models/letters/LetterListModel.h"
#include "ui/RoundActions.h"
#include "ui/letters/LetterEditor.h"
#include "ui/letters/LettersTab.h"
#include "ui/letters/LettersView.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

// The letters tab in the real window: its place, title, menu and shortcuts, and the shared
// round action other tabs use. Everything checked in the file.
class TestLettersTab : public WindowTestCase
{
    Q_OBJECT

    // A round of a new application that started `hoursAgo` hours before the fixed clock.
    qint64 addRound(const QString &company, double hoursAgo, const QStringList &people)
    {
        RoundStore rounds(m_file->database);
        const qint64 app = m_file->add(company, QStringLiteral("Engineer"));
        RoundFields fields;
        fields.kind = RoundKind::Video;
        fields.start = Clock::nowUtc().addSecs(qint64(-hoursAgo * 3600));
        fields.timeZoneId = QStringLiteral("UTC");
        fields.durationMinutes = 60;
        const qint64 company_ = rounds.companyOfApplication(app).value();
        for (const QString &name : people) {
            PersonFields person;
            person.name = name;
            fields.peopleIds << rounds.createPerson(company_, person).value();
        }
        return rounds.createRound(app, fields).value();
    }

    int lettersIndex() const
    {
        for (int i = 0; i < m_window->tabs()->count(); ++i)
            if (m_window->tabs()->widget(i) == m_window->tab<LettersTab>()->view())
                return i;
        return -1;
    }

    QString status(qint64 id) const
    {
        return LetterEnums::statusKey(LetterStore(m_file->database).letter(id).value().status);
    }

    QStringList menuTitles() const
    {
        QStringList titles;
        for (QAction *action : m_window->menuBar()->actions())
            titles << action->text().remove(QLatin1Char('&'));
        return titles;
    }

private slots:
    void init() { setUpWindowTest(); }
    void cleanup() { tearDownWindowTest(); }

    void titleCountsWhatIsDue()
    {
        addRound(QStringLiteral("Acme"), 3,
                 {QStringLiteral("Anna Weber"), QStringLiteral("Bo Berg")});
        QVERIFY(openWindow());
        const int index = lettersIndex();
        QVERIFY(index >= 0);
        // The drafts were proposed when the file opened, before the tab was ever shown.
        QTRY_COMPARE(m_window->tabs()->tabText(index), QStringLiteral("&Letters (2)"));
        QVERIFY(!menuTitles().contains(QStringLiteral("Letter")));
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), index);
        QVERIFY(menuTitles().contains(QStringLiteral("Letter")));
    }

    void wholeJobByKeyboard()
    {
        const qint64 round = addRound(QStringLiteral("Acme"), 3,
                                      {QStringLiteral("Anna Weber"), QStringLiteral("Bo Berg")});
        const qint64 other = addRound(QStringLiteral("Quiet"), -48, {QStringLiteral("Cy")});
        const qint64 app = RoundStore(m_file->database).round(round).value().applicationId;
        const qint64 otherApp = RoundStore(m_file->database).round(other).value().applicationId;
        QVERIFY(openWindow());
        // The board's card says a thank-you is due, as the file does.
        const auto thankYouDue = [this](qint64 application) {
            return boardModel()->cardIndex(application).data(BoardModel::ThankYouDueRole).toBool();
        };
        const auto dueInFile = [this] {
            return LetterStore(m_file->database)
                .applicationsWithLettersDue(Clock::nowUtc())
                .value();
        };
        QTRY_VERIFY(thankYouDue(app));
        QVERIFY(!thankYouDue(otherApp));
        QCOMPARE(dueInFile(), QSet<qint64>{app});
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const int index = lettersIndex();
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        LettersView *view = m_window->tab<LettersTab>()->view();
        view->list()->setFocus();
        QTRY_VERIFY(view->list()->hasFocus());
        const qint64 anna = view->selectedLetter();
        QVERIFY(anna > 0);

        // Ctrl+Return accepts the proposal; Ctrl+Z takes it back.
        QTest::keyClick(view->list(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(status(anna), QStringLiteral("draft"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(status(anna), QStringLiteral("proposed"));

        // Tab to the subject, Tab to the text, F3 to the gap, type, mark sent.
        QTest::keyClick(view->list(), Qt::Key_Tab);
        QTRY_VERIFY(view->editor()->subjectEdit()->hasFocus());
        QTest::keyClick(view->editor()->subjectEdit(), Qt::Key_Tab);
        QTRY_VERIFY(view->editor()->bodyEdit()->hasFocus());
        QTest::keyClick(view->editor()->bodyEdit(), Qt::Key_F3);
        QCOMPARE(view->editor()->bodyEdit()->textCursor().selectedText(),
                 QStringLiteral("{topic}"));
        QTest::keyClicks(view->editor()->bodyEdit(), QStringLiteral("your data platform"));
        m_prompter->confirmAnswer = true;
        QTest::keyClick(view->editor()->bodyEdit(), Qt::Key_Return,
                        Qt::ControlModifier | Qt::ShiftModifier);
        const LetterInfo sent = LetterStore(m_file->database).letter(anna).value();
        QCOMPARE(sent.status, LetterStatus::Sent);
        QVERIFY(sent.fields.body.contains(QStringLiteral("your data platform")));
        QTRY_COMPARE(m_window->tabs()->tabText(index), QStringLiteral("&Letters (1)"));
        QVERIFY(thankYouDue(app)); // Bo's is still open

        // Delete in the list discards the other one.
        view->list()->setFocus();
        view->list()->setCurrentIndex(view->model()->index(0, 0, view->model()->index(0, 0)));
        const qint64 bo = view->selectedLetter();
        QVERIFY(bo != anna);
        QTest::keyClick(view->list(), Qt::Key_Delete);
        QCOMPARE(status(bo), QStringLiteral("discarded"));
        QTRY_COMPARE(m_window->tabs()->tabText(index), QStringLiteral("&Letters"));
        QTRY_VERIFY(!thankYouDue(app));
        QVERIFY(dueInFile().isEmpty());
        // Undo brings the letter, and the card's pill, back.
        m_window->undoStack()->undo();
        QTRY_VERIFY(thankYouDue(app));
    }

    // Drafts are proposed when the round ends, the debrief comes later: its words fill the
    // gaps left, as one undo step.
    void gapsFilledFromALaterDebrief()
    {
        const qint64 round = addRound(QStringLiteral("Acme"), 3, {QStringLiteral("Anna Weber")});
        QVERIFY(openWindow());
        const int index = lettersIndex();
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        LettersView *view = m_window->tab<LettersTab>()->view();
        const qint64 anna = view->selectedLetter();
        QVERIFY(anna > 0);
        LetterStore letters(m_file->database);
        QVERIFY(letters.letter(anna).value().fields.body.contains(QStringLiteral("{topic}")));
        const QStringList before = m_file->dump();
        auto *fill = view->findChild<QAction *>(QStringLiteral("fillFromDebriefAction"));
        QVERIFY(fill && fill->isEnabled());
        fill->trigger(); // nothing written yet: nothing changes
        QCOMPARE(m_file->dump(), before);

        RoundNotes debrief;
        debrief.clues = QStringLiteral("Anna: their <i>data</i> platform");
        QVERIFY(NotesStore(m_file->database).saveNotes(round, debrief).ok());
        const QStringList withDebrief = m_file->dump();
        fill->trigger();
        const LetterInfo filled = letters.letter(anna).value();
        QVERIFY2(filled.fields.body.contains(QStringLiteral("their <i>data</i> platform")),
                 qPrintable(filled.fields.body));
        QVERIFY(!filled.fields.body.contains(QStringLiteral("{topic}")));
        m_window->undoStack()->undo();
        QCOMPARE(m_file->dump(), withDebrief);
    }

    void sentQuestionNamesTheLetterSensibly()
    {
        LetterInfo letter;
        letter.personName = QStringLiteral("Anna <b>Weber</b>");
        QCOMPARE(LettersView::sentQuestion(letter),
                 QStringLiteral("Did you send the letter to Anna <b>Weber</b>?"));
        letter.personName.clear();
        letter.fields.subject = QStringLiteral("Thank you\nfor the interview");
        QCOMPARE(
            LettersView::sentQuestion(letter),
            QStringLiteral("Did you send the letter \u201cThank you for the interview\u201d?"));
        letter.fields.subject = QStringLiteral("  ");
        QCOMPARE(LettersView::sentQuestion(letter), QStringLiteral("Did you send this letter?"));
    }

    void otherTabsAskForARoundsLetters()
    {
        // Ended ten days ago: too old to be proposed by itself.
        const qint64 round = addRound(QStringLiteral("Acme"), 240, {QStringLiteral("Anna Weber")});
        QVERIFY(openWindow());
        QVERIFY(m_window->roundActions()->provides(RoundActions::Provided::Letters));
        QCOMPARE(LetterStore(m_file->database).lettersOfRound(round).value().size(), 0);
        m_window->roundActions()->trigger(RoundActions::Provided::Letters, round);
        QCOMPARE(m_window->tabs()->currentIndex(), lettersIndex());
        QCOMPARE(LetterStore(m_file->database).lettersOfRound(round).value().size(), 1);
        QCOMPARE(m_window->tab<LettersTab>()->selectedRound(), round);
        // One undo step.
        m_window->undoStack()->undo();
        QCOMPARE(LetterStore(m_file->database).lettersOfRound(round).value().size(), 0);
    }
};

QTEST_MAIN(TestLettersTab)
#include "tst_letterstab.moc"
