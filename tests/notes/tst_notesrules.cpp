#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesRules.h"

#include <QTest>

class TestNotesRules : public QObject
{
    Q_OBJECT

private slots:
    void itemsAreTrimmedNonEmptyLinesOnce()
    {
        QCOMPARE(NotesRules::items(QStringLiteral("  one \n\n two\r\none\n   \n<b>three</b>")),
                 QStringList({QStringLiteral("one"), QStringLiteral("two"),
                              QStringLiteral("<b>three</b>")}));
        QVERIFY(NotesRules::items(QString()).isEmpty());
        RoundNotes notes;
        notes.questionsToAsk = QStringLiteral("What does a good first month look like?\n\nWho "
                                              "would I work with?");
        QCOMPARE(NotesRules::questionCount(notes), 2);
    }

    void carriedOverKeepsRoundOrderAndDecisions()
    {
        NotesRules::EarlierRound first{11, 1, {}};
        first.notes.weakAnswers = QStringLiteral("Salary question\nWhy I left");
        first.notes.concerns = QStringLiteral("No team lead experience");
        NotesRules::EarlierRound second{12, 2, {}};
        second.notes.clues = QStringLiteral("They stressed on-call");
        second.notes.nextSteps = QStringLiteral("Decision by Friday");
        second.notes.weakAnswers = QStringLiteral("Why I left"); // again, in a later round

        const QList<CarriedItem> items = NotesRules::carriedOver(
            {first, second},
            {{11, QStringLiteral("weak_answers"), QStringLiteral("Why I left")},
             {99, QStringLiteral("clues"), QStringLiteral("They stressed on-call")}});
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.at(0).text, QStringLiteral("Salary question"));
        QCOMPARE(items.at(0).sourceRoundNumber, 1);
        QVERIFY(!items.at(0).dealtWith);
        QCOMPARE(items.at(1).text, QStringLiteral("Why I left"));
        QVERIFY(items.at(1).dealtWith);
        QCOMPARE(items.at(2).field, CarriedField::Concerns);
        // The same words from another round are their own item, still open.
        QCOMPARE(items.at(3).sourceRoundId, 12);
        QCOMPARE(items.at(3).text, QStringLiteral("Why I left"));
        QVERIFY(!items.at(3).dealtWith);
        // A decision for another round does not count for this one.
        QCOMPARE(items.at(4).field, CarriedField::Clues);
        QVERIFY(!items.at(4).dealtWith);
        QCOMPARE(items.at(5).field, CarriedField::NextSteps);
        QCOMPARE(NotesRules::stillOpen(items).size(), 5);
        QVERIFY(NotesRules::carriedOver({}, {}).isEmpty());
    }

    void readinessCountsKnownTicksAndListedPeople()
    {
        const int total = int(NotesChecklist::keys().size());
        QCOMPARE(NotesChecklist::readiness({}, false), (NotesChecklist::Readiness{0, total}));
        QCOMPARE(NotesChecklist::readiness({}, true), (NotesChecklist::Readiness{1, total}));
        const QSet<QString> ticked{QStringLiteral("copies"), QStringLiteral("news"),
                                   QStringLiteral("from-a-newer-version"),
                                   NotesChecklist::attendeesKey()};
        QCOMPARE(NotesChecklist::readiness(ticked, false), (NotesChecklist::Readiness{3, total}));
        QCOMPARE(NotesChecklist::readiness(ticked, true), (NotesChecklist::Readiness{3, total}));
        QCOMPARE(NotesChecklist::readinessText({5, 9}), QStringLiteral("Prep 5/9"));
        for (const QString &key : NotesChecklist::keys())
            QVERIFY(NotesChecklist::label(key) != key);
    }

    void debriefPromptOnlyAfterTheEndWhenNothingWritten()
    {
        const QDateTime end(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        RoundNotes notes;
        notes.sellingPoints = QStringLiteral("plan only");
        QVERIFY(!NotesRules::needsDebrief(end, false, notes, end.addSecs(-1)));
        QVERIFY(NotesRules::needsDebrief(end, false, notes, end));
        QVERIFY(!NotesRules::needsDebrief(end, true, notes, end.addDays(1)));
        notes.gutFeeling = 4;
        QVERIFY(!NotesRules::needsDebrief(end, false, notes, end.addDays(1)));
        QVERIFY(NotesRules::showDebriefFirst(end, end.addSecs(60)));
        QVERIFY(!NotesRules::showDebriefFirst(end, end.addSecs(-60)));
    }
};

QTEST_GUILESS_MAIN(TestNotesRules)
#include "tst_notesrules.moc"
