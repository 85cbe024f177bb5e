#include "PracticeTestSupport.h"
#include "TestSupport.h"

#include "core/notes/PrepSheetLoader.h"
#include "core/practice/PracticePrepSheet.h"

#include <QTest>

// Sections 6 and 7 of the prep sheet, as the practice store fills them.
class TestPracticePrepSheet : public QObject
{
    Q_OBJECT

private slots:
    void likelyQuestionsWeakestFirstWithAnswersAndStories()
    {
        TestFile file;
        PracticeStore store(file.database);
        RoundStore rounds(file.database);
        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = addRound(rounds, app, Clock::nowUtc().addDays(4));
        const qint64 story = store
                                 .addStory({QStringLiteral("Zephyr <b>outage</b>"),
                                            {},
                                            {},
                                            {},
                                            {},
                                            QStringLiteral("4 h to 20 min"),
                                            {}})
                                 .value();
        QuestionFields strong;
        strong.text = QStringLiteral("Tell me about an outage you handled");
        strong.answer = QString(QStringLiteral("We rolled back first, then looked. ")).repeated(20);
        strong.storyIds = {story};
        const qint64 strongId = store.addQuestion(strong).value();
        QuestionFields weak;
        weak.text = QStringLiteral("Why are you leaving?");
        const qint64 weakId = store.addQuestion(weak).value();
        QVERIFY(store.linkApplication(strongId, app).ok());
        QVERIFY(store.linkApplication(weakId, app).ok());
        QVERIFY(store.rate(strongId, Rating::Easy, Clock::nowUtc().addDays(-1)).ok());
        const QList<qint64> toAsk = store.questionsInCategory(QStringLiteral("to_ask")).value();
        QVERIFY(store.setRoundQuestions(round, {toAsk.at(0), toAsk.at(12), toAsk.at(25)}).ok());

        auto sheet = PrepSheetLoader::load(file.database, round);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
        const QList<PrepSheetItem> &likely = sheet.value().likelyQuestions.items;
        QCOMPARE(likely.size(), 2);
        QCOMPARE(likely.at(0).text, weak.text); // never practised: weakest
        QCOMPARE(likely.at(0).detail, PracticePrepSheet::tr("No answer prepared yet."));
        QCOMPARE(likely.at(1).text, strong.text);
        QVERIFY(likely.at(1).detail.startsWith(QStringLiteral("We rolled back first")));
        QVERIFY(likely.at(1).detail.size() < PracticePrepSheet::AnswerExcerpt + 60);
        QVERIFY(likely.at(1).detail.endsWith(QStringLiteral("Stories: Zephyr <b>outage</b>")));

        const PrepSheetSection &ask = sheet.value().questionsToAsk;
        QCOMPARE(ask.items.size(), 3);
        QCOMPARE(ask.items.at(0).text, store.question(toAsk.at(0)).value().fields.text);
        QVERIFY(ask.items.at(0).detail.startsWith(QStringLiteral("For: ")));
        QVERIFY(ask.warning.isEmpty());
    }

    void fewQuestionsToAskKeepTheWarning()
    {
        TestFile file;
        PracticeStore store(file.database);
        RoundStore rounds(file.database);
        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = addRound(rounds, app, Clock::nowUtc().addDays(4));
        const QList<qint64> toAsk = store.questionsInCategory(QStringLiteral("to_ask")).value();
        QVERIFY(store.setRoundQuestions(round, {toAsk.at(3)}).ok());
        auto sheet = PrepSheetLoader::load(file.database, round);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().questionsToAsk.items.size(), 1);
        QVERIFY(!sheet.value().questionsToAsk.warning.isEmpty());
        QVERIFY(sheet.value().likelyQuestions.items.isEmpty());
    }

    void finalRoundBringsAtMostTwelve()
    {
        TestFile file;
        RoundStore rounds(file.database);
        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = addRound(rounds, app, Clock::nowUtc().addDays(4), RoundKind::Final);
        auto sheet = PrepSheetLoader::load(file.database, round);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().likelyQuestions.items.size(),
                 PracticePrepSheet::MaximumLikelyQuestions);
    }
};

QTEST_GUILESS_MAIN(TestPracticePrepSheet)
#include "tst_practiceprepsheet.moc"
