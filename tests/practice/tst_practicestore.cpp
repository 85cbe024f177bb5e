#include "PracticeTestSupport.h"
#include "TestSupport.h"

#include "core/practice/QuestionBank.h"
#include "core/practice/QuestionCategory.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPracticeStore : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return Clock::nowUtc(); }

private slots:
    void newFileHasTheShippedBank()
    {
        TestFile file;
        const Database &db = *file.database;
        QVERIFY(countRows(db, QStringLiteral("SELECT count(*) FROM questions WHERE category <> "
                                             "'to_ask'")) >= 120);
        QVERIFY(countRows(db, QStringLiteral("SELECT count(*) FROM questions WHERE category = "
                                             "'to_ask'")) >= 30);
        for (const QString &category : QuestionCategory::keys())
            QVERIFY2(countRows(db, QStringLiteral("SELECT count(*) FROM questions WHERE category "
                                                  "= '%1'")
                                       .arg(category)) >= 10,
                     qPrintable(category));
        for (const char *audience : {"hiring_manager", "peer", "executive"})
            QVERIFY(countRows(db, QStringLiteral("SELECT count(*) FROM questions WHERE "
                                                 "audience = '%1'")
                                      .arg(QLatin1String(audience))) >= 5);
        QCOMPARE(countRows(db, QStringLiteral("SELECT count(*) FROM questions WHERE text LIKE "
                                              "'Walk me through your background%'")),
                 1);
    }

    void existingFileGetsTheBankWhenUpdated()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(older));
        // The steps before the practice one: a file as the version before practice wrote it.
        const QStringList steps =
            QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
        for (const QString &name : steps) {
            if (name.contains(QStringLiteral("practice")))
                break;
            QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + name,
                                older + QLatin1Char('/') + name));
        }
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database::Options options;
            options.migrationsDirectory = older;
            auto db = Database::open(path, options);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY(QSqlQuery(db.value()->sql())
                        .exec(QStringLiteral(
                            "INSERT INTO settings (key, value) VALUES ('kept', 'yes')")));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(!db.value()->backupPath().isEmpty());
        QVERIFY(countRows(*db.value(), QStringLiteral("SELECT count(*) FROM questions")) >= 150);
        QCOMPARE(countRows(*db.value(),
                           QStringLiteral("SELECT count(*) FROM settings WHERE key = 'kept'")),
                 1);
        QVERIFY(db.value()->check().ok());
    }

    void bothLanguagesHoldTheSameQuestions()
    {
        auto en = QuestionBank::entries(QStringLiteral("en"));
        auto de = QuestionBank::entries(QStringLiteral("de"));
        QVERIFY2(en.ok(), qPrintable(en.error()));
        QVERIFY2(de.ok(), qPrintable(de.error()));
        QCOMPARE(en.value().size(), de.value().size());
        QSet<QString> texts;
        for (int i = 0; i < en.value().size(); ++i) {
            QCOMPARE(de.value().at(i).category, en.value().at(i).category);
            QCOMPARE(de.value().at(i).audience, en.value().at(i).audience);
            QVERIFY(de.value().at(i).text != en.value().at(i).text);
            texts.insert(QuestionFile::duplicateKey(en.value().at(i).text));
        }
        QCOMPARE(texts.size(), en.value().size()); // no duplicates in the bank
    }

    void germanUserInterfaceGetsTheGermanBank()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        {
            TestFile file;
            QCOMPARE(countRows(*file.database,
                               QStringLiteral("SELECT count(*) FROM questions WHERE text = "
                                              "'Wann könnten Sie anfangen?'")),
                     1);
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void addEditDeleteAndRestoreKeepsHistoryExact()
    {
        TestFile file;
        PracticeStore store(file.database);
        auto storyId = store.addStory({QStringLiteral("Migration rescue"),
                                       QStringLiteral("S"),
                                       QStringLiteral("T"),
                                       QStringLiteral("A"),
                                       QStringLiteral("R"),
                                       QStringLiteral("40 % faster"),
                                       {QStringLiteral("leadership")}});
        QVERIFY(storyId.ok());
        QuestionFields fields;
        fields.category = QStringLiteral("behavioural");
        fields.text = QStringLiteral("  <b>Tell</b> me about a rescue \x01 ");
        fields.answer = QStringLiteral("It went well.");
        fields.tags = {QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("b;c")};
        fields.storyIds = {storyId.value()};
        auto id = store.addQuestion(fields);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto info = store.question(id.value());
        QVERIFY(info.ok());
        QCOMPARE(info.value().fields.text, QStringLiteral("<b>Tell</b> me about a rescue"));
        QCOMPARE(info.value().fields.tags, (QStringList{"a", "bc"}));
        QCOMPARE(info.value().fields.storyIds, QList<qint64>{storyId.value()});

        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        QVERIFY(store.linkApplication(id.value(), app).ok());
        QVERIFY(
            store.rate(id.value(), Rating::Good, now(), 70, QStringLiteral("the numbers")).ok());
        QVERIFY(store.rate(id.value(), Rating::Again, now().addDays(3)).ok());

        const QStringList before = practiceDump(*file.database);
        auto snapshot = store.snapshotQuestion(id.value());
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot.value().reviews.size(), 2);
        QVERIFY(store.deleteQuestion(id.value()).ok());
        QCOMPARE(countRows(*file.database, QStringLiteral("SELECT count(*) FROM reviews")), 0);
        QVERIFY(store.restoreQuestion(snapshot.value()).ok());
        QCOMPARE(practiceDump(*file.database), before);

        // An edit written back from its snapshot.
        QuestionFields edited = fields;
        edited.text = QStringLiteral("Changed");
        edited.storyIds.clear();
        QVERIFY(store.updateQuestion(id.value(), edited).ok());
        QVERIFY(practiceDump(*file.database) != before);
        QVERIFY(store.restoreQuestion(snapshot.value()).ok());
        QCOMPARE(practiceDump(*file.database), before);
    }

    void refusesBadQuestions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::newRow("empty") << QString() << QStringLiteral("behavioural");
        QTest::newRow("spaces") << QStringLiteral(" \t\n ") << QStringLiteral("behavioural");
        QTest::newRow("controls only")
            << QStringLiteral("\x01\x02") << QStringLiteral("behavioural");
        QTest::newRow("huge") << QString(5000, QLatin1Char('x')) << QStringLiteral("behavioural");
        QTest::newRow("category") << QStringLiteral("Q") << QStringLiteral("'; DROP TABLE x");
    }

    void refusesBadQuestions()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        TestFile file;
        PracticeStore store(file.database);
        const QStringList before = practiceDump(*file.database);
        QuestionFields fields;
        fields.text = text;
        fields.category = category;
        QVERIFY(!store.addQuestion(fields).ok());
        QCOMPARE(practiceDump(*file.database), before);
    }

    void ratingUndoAndRedoAreExact()
    {
        TestFile file;
        PracticeStore store(file.database);
        const qint64 id = store.questionsInCategory(QStringLiteral("behavioural")).value().first();
        const QStringList before = practiceDump(*file.database);
        auto outcome = store.rate(id, Rating::Hard, now(), 95);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.value().reviewId > 0);
        const QStringList after = practiceDump(*file.database);
        QVERIFY(store.undoRating(outcome.value()).ok());
        QCOMPARE(practiceDump(*file.database), before);
        QVERIFY(store.redoRating(outcome.value()).ok());
        QCOMPARE(practiceDump(*file.database), after);
        QCOMPARE(store.question(id).value().card, outcome.value().after);
    }

    void retentionIsKeptInTheFileAndClamped()
    {
        TestFile file;
        PracticeStore store(file.database);
        QCOMPARE(store.desiredRetention(), 0.90);
        QVERIFY(store.setDesiredRetention(0.95).ok());
        QCOMPARE(store.desiredRetention(), 0.95);
        QVERIFY(store.setDesiredRetention(2).ok());
        QCOMPARE(store.desiredRetention(), 0.97);
    }

    void queueAndReadinessFollowTheInterview()
    {
        TestFile file;
        PracticeStore store(file.database);
        RoundStore rounds(file.database);
        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = addRound(rounds, app, now().addDays(10));
        const QList<qint64> behavioural =
            store.questionsInCategory(QStringLiteral("behavioural")).value();
        for (int i = 0; i < 4; ++i)
            QVERIFY(store.linkApplication(behavioural.at(i), app).ok());
        // Practised well a while ago, so FSRS alone would wait past the round.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(store.rate(behavioural.at(i), Rating::Easy, now().addDays(-20)).ok());
            QVERIFY(store.rate(behavioural.at(i), Rating::Easy, now().addDays(-12)).ok());
        }
        auto readiness = store.readiness(now());
        QVERIFY(readiness.ok());
        QCOMPARE(readiness.value().size(), 1);
        QCOMPARE(readiness.value().first().roundId, round);
        QCOMPARE(readiness.value().first().company, QStringLiteral("Acme"));
        QCOMPARE(readiness.value().first().number, 1);
        QCOMPARE(readiness.value().first().total, 4);
        QCOMPARE(readiness.value().first().ready, 3);

        // Today: only the new linked one (and a few new ones) are due.
        auto queue = store.dueQueue(now(), 2);
        QVERIFY(queue.ok());
        QCOMPARE(queue.value().first().questionId, behavioural.at(3));
        QCOMPARE(queue.value().size(), 3);
        // Inside the 72 hours: all four linked ones come first.
        auto later = store.dueQueue(now().addDays(8), 0);
        QVERIFY(later.ok());
        QList<qint64> ids;
        for (const QueueEntry &entry : later.value())
            ids << entry.questionId;
        for (int i = 0; i < 4; ++i)
            QVERIFY(ids.mid(0, 4).contains(behavioural.at(i)));
        auto readyLater = store.readiness(now().addDays(8));
        QCOMPARE(readyLater.value().first().ready, 0);
    }

    void roundSelectionBringsLinkedWeakestFirstAndQuestionsToAsk()
    {
        TestFile file;
        PracticeStore store(file.database);
        RoundStore rounds(file.database);
        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round =
            addRound(rounds, app, now().addDays(5), RoundKind::Final, RoundReason::ClearDoubt);
        const QList<qint64> culture =
            store.questionsInCategory(QStringLiteral("culture_fit")).value();
        const QList<qint64> toAsk = store.questionsInCategory(QStringLiteral("to_ask")).value();
        QVERIFY(store.linkApplication(culture.at(0), app, round).ok());
        QVERIFY(store.linkApplication(culture.at(1), app).ok());
        QVERIFY(store.rate(culture.at(1), Rating::Good, now()).ok());
        const qint64 forgotten =
            store.questionsInCategory(QStringLiteral("curveball")).value().first();
        QVERIFY(store.rate(forgotten, Rating::Good, now().addDays(-3)).ok());
        QVERIFY(store.rate(forgotten, Rating::Again, now()).ok());
        QVERIFY(store.setRoundQuestions(round, {toAsk.at(3), toAsk.at(1), toAsk.at(3)}).ok());
        auto ids = store.questionsForRound(round);
        QVERIFY(ids.ok());
        QVERIFY(ids.value().contains(culture.at(0)));
        QVERIFY(ids.value().contains(culture.at(1)));
        QVERIFY(ids.value().contains(forgotten));
        QVERIFY(ids.value().indexOf(culture.at(0)) < ids.value().indexOf(culture.at(1)));
        QCOMPARE(ids.value().mid(ids.value().size() - 2),
                 (QList<qint64>{toAsk.at(3), toAsk.at(1)}));
        // A final round also brings the later-round questions.
        QVERIFY(ids.value().contains(
            store.questionsInCategory(QStringLiteral("later_rounds")).value().first()));
        QCOMPARE(store.randomQuestions(7).value().size(), 7);
        QCOMPARE(store.randomQuestions(-1).value().size(), 0);
    }

    void importSkipsDuplicatesAndCounts()
    {
        TestFile file;
        PracticeStore store(file.database);
        const int before =
            countRows(*file.database, QStringLiteral("SELECT count(*) FROM questions"));
        QList<QuestionRow> rows{
            {QStringLiteral("  what salary are you EXPECTING?  "),
             QStringLiteral("salary_logistics"),
             {},
             {}},
            {QStringLiteral("A brand new one"),
             QStringLiteral("behavioural"),
             QStringLiteral("ans"),
             {QStringLiteral("x")}},
            {QStringLiteral("a brand new ONE"), QStringLiteral("behavioural"), {}, {}},
            {QStringLiteral("Another"), QStringLiteral("curveball"), {}, {}}};
        auto summary = store.importRows(rows);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().added, 2);
        QCOMPARE(summary.value().alreadyThere, 2);
        QCOMPARE(countRows(*file.database, QStringLiteral("SELECT count(*) FROM questions")),
                 before + 2);
        auto exported = store.exportRows();
        QVERIFY(exported.ok());
        QCOMPARE(exported.value().size(), before + 2);
        QCOMPARE(exported.value().last().text, QStringLiteral("Another"));
        QCOMPARE(store.findByText(QStringLiteral(" ANOTHER")).value(),
                 store.questionsInCategory(QStringLiteral("curveball")).value().size() > 0
                     ? store.findByText(QStringLiteral("another")).value()
                     : 0);
        QVERIFY(store.findByText(QStringLiteral("another")).value() > 0);
    }

    void applicationDeleteCascadeCanBeRestored()
    {
        TestFile file;
        PracticeStore store(file.database);
        RoundStore rounds(file.database);
        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = addRound(rounds, app, now().addDays(5));
        const qint64 q = store.questionsInCategory(QStringLiteral("behavioural")).value().first();
        const qint64 ask = store.questionsInCategory(QStringLiteral("to_ask")).value().first();
        QVERIFY(store.linkApplication(q, app, round).ok());
        QVERIFY(store.setRoundQuestions(round, {ask}).ok());
        const QStringList before = practiceDump(*file.database);

        auto appSnapshot = file.store->snapshot(app);
        QVERIFY(appSnapshot.ok());
        auto cascade = store.snapshotForApplications({app});
        QVERIFY(cascade.ok());
        QCOMPARE(cascade.value().applicationLinks.size(), 1);
        QCOMPARE(cascade.value().roundQuestions.size(), 1);
        auto roundSnapshot = rounds.snapshot(round);
        QVERIFY(file.store->deleteApplications({app}).ok());
        QCOMPARE(
            countRows(*file.database, QStringLiteral("SELECT count(*) FROM question_applications")),
            0);
        QVERIFY(file.store->restoreApplications({appSnapshot.value()}).ok());
        QVERIFY(rounds.restoreRound(roundSnapshot.value()).ok());
        QVERIFY(store.restoreCascade(cascade.value()).ok());
        QCOMPARE(practiceDump(*file.database), before);

        // A round delete sets the link's round to NULL and drops the chosen questions.
        auto roundCascade = store.snapshotForRounds({round});
        QVERIFY(roundCascade.ok());
        QVERIFY(rounds.deleteRound(round).ok());
        QCOMPARE(
            countRows(*file.database, QStringLiteral("SELECT count(*) FROM question_applications "
                                                     "WHERE round_id IS NULL")),
            1);
        QVERIFY(rounds.restoreRound(roundSnapshot.value()).ok());
        QVERIFY(store.restoreCascade(roundCascade.value()).ok());
        QCOMPARE(practiceDump(*file.database), before);
    }

    void chartFiguresCountReviews()
    {
        TestFile file;
        PracticeStore store(file.database);
        const QList<qint64> ids = store.questionsInCategory(QStringLiteral("behavioural")).value();
        QVERIFY(store.rate(ids.at(0), Rating::Good, now()).ok());
        QVERIFY(store.rate(ids.at(1), Rating::Again, now()).ok());
        QVERIFY(store.rate(ids.at(2), Rating::Easy, now().addDays(-2)).ok());
        QVERIFY(store.rate(ids.at(2), Rating::Easy, now().addDays(-40)).ok());
        auto perDay = store.reviewsPerDay(now().toLocalTime().date(), 30);
        QVERIFY(perDay.ok());
        QCOMPARE(perDay.value().size(), 30);
        QCOMPARE(perDay.value().last(), 2);
        QCOMPARE(perDay.value().at(27), 1);
        auto recall = store.recallByCategory();
        QVERIFY(recall.ok());
        QCOMPARE(recall.value().size(), 7);
        for (const CategoryRecall &entry : recall.value()) {
            if (entry.category == QStringLiteral("behavioural")) {
                QCOMPARE(entry.reviews, 4);
                QCOMPARE(entry.recalled, 3);
            } else {
                QCOMPARE(entry.reviews, 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPracticeStore)
#include "tst_practicestore.moc"
