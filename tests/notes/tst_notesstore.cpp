#include "NotesTestSupport.h"

#include "core/notes/NotesStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

class TestNotesStore : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestFile file;
        RoundStore rounds{file.database};
        NotesStore notes{file.database};
        qint64 application = 0;
        qint64 first = 0;
        qint64 second = 0;
        qint64 third = 0;

        Fixture()
        {
            application = file.add(QStringLiteral("Initech"), QStringLiteral("Tester"), 3);
            // Created out of date order: the numbering follows the dates.
            third = valueOf(
                rounds.createRound(application, roundAt(QDate(2026, 11, 30), QTime(10, 0))));
            first = valueOf(
                rounds.createRound(application, roundAt(QDate(2026, 11, 10), QTime(10, 0))));
            second = valueOf(
                rounds.createRound(application, roundAt(QDate(2026, 11, 18), QTime(14, 0))));
        }
        qint64 companyId() const { return valueOf(rounds.companyOfApplication(application)); }
    };

    static QString hostile()
    {
        return QStringLiteral("<b>bold</b> &amp; <script>x()</script> ' \" ; -- DROP TABLE "
                              "rounds;\n\u202Eevil\u202C \u200F tab\there \x01\x07 émoji 🙂 "
                              "%1 %2 \\n");
    }

private slots:
    void newRoundReadsAsEmptyNotes()
    {
        Fixture f;
        const RoundNotes notes = valueOf(f.notes.notes(f.first));
        QVERIFY(notes.isEmpty());
        QVERIFY(notes.debriefIsEmpty());
        QVERIFY(valueOf(f.notes.ticks(f.first)).isEmpty());
        QVERIFY(valueOf(f.notes.salary(f.application)).isEmpty());
        QVERIFY(valueOf(f.notes.research(f.companyId())).isEmpty());
    }

    void everyFieldRoundTripsLiterally()
    {
        Fixture f;
        RoundNotes notes = fullNotes(hostile());
        notes.clues = QString(5000, QChar(u'x')) + hostile();
        notes.logistics = QString(); // null is stored as empty
        QVERIFY(f.notes.saveNotes(f.first, notes).ok());
        RoundNotes back = valueOf(f.notes.notes(f.first));
        notes.logistics = QStringLiteral("");
        QCOMPARE(back, notes);
        QCOMPARE(back.sellingPoints, hostile() + QStringLiteral(" selling point"));

        // Writing the same again changes nothing, not even the time.
        const QStringList before = notesDump(f.file);
        Clock::setOverride([] { return QDateTime(QDate(2027, 1, 1), QTime(8, 0), Qt::UTC); });
        QVERIFY(f.notes.saveNotes(f.first, notes).ok());
        QCOMPARE(notesDump(f.file), before);

        notes.gutFeeling.reset();
        notes.followUpOn = QDate();
        QVERIFY(f.notes.saveNotes(f.first, notes).ok());
        back = valueOf(f.notes.notes(f.first));
        QVERIFY(!back.gutFeeling);
        QVERIFY(!back.followUpOn.isValid());
    }

    void refusalsLeaveEverythingUnchanged()
    {
        Fixture f;
        QVERIFY(f.notes.saveNotes(f.first, fullNotes(QStringLiteral("kept"))).ok());
        const QStringList before = notesDump(f.file);

        RoundNotes bad = fullNotes(QStringLiteral("bad"));
        bad.gutFeeling = 6;
        QVERIFY(!f.notes.saveNotes(f.first, bad).ok());
        bad.gutFeeling = 0;
        QVERIFY(!f.notes.saveNotes(f.first, bad).ok());
        bad.gutFeeling = 3;
        bad.weakAnswers = QString(200001, QChar(u'y'));
        const Status huge = f.notes.saveNotes(f.first, bad);
        QVERIFY(!huge.ok());
        QVERIFY(huge.error().contains(QStringLiteral("at most")));
        const Status gone = f.notes.saveNotes(987654, fullNotes(QStringLiteral("x")));
        QVERIFY(!gone.ok());
        QVERIFY(gone.error().contains(QStringLiteral("no longer exists")));

        SalaryFigures salary;
        salary.target = 50000;
        salary.walkAway = 60000;
        QVERIFY(!f.notes.saveSalary(f.application, salary).ok());
        salary.walkAway = -1;
        QVERIFY(!f.notes.saveSalary(f.application, salary).ok());
        QVERIFY(!f.notes.setTicked(f.first, QString(), true).ok());
        QCOMPARE(notesDump(f.file), before);
    }

    void researchIsSharedByTheCompanysRounds()
    {
        Fixture f;
        const qint64 other = f.file.add(QStringLiteral("initech"), QStringLiteral("Lead"), 1);
        QCOMPARE(valueOf(f.rounds.companyOfApplication(other)), f.companyId());
        CompanyResearch research;
        research.mission = hostile();
        research.products = QStringLiteral("TPS reports");
        QVERIFY(f.notes.saveResearch(f.companyId(), research).ok());
        QCOMPARE(valueOf(f.notes.research(valueOf(f.rounds.companyOfApplication(other)))),
                 research);
        research.news = QStringLiteral("Moved to a new building");
        QVERIFY(f.notes.saveResearch(f.companyId(), research).ok());
        QCOMPARE(valueOf(f.notes.research(f.companyId())).news, research.news);
    }

    void salaryIsPerApplicationAndClears()
    {
        Fixture f;
        SalaryFigures salary;
        salary.target = 72000;
        salary.walkAway = 65000;
        salary.currency = QStringLiteral(" EUR ");
        QVERIFY(f.notes.saveSalary(f.application, salary).ok());
        SalaryFigures back = valueOf(f.notes.salary(f.application));
        QCOMPARE(back.target, std::optional<qint64>(72000));
        QCOMPARE(back.walkAway, std::optional<qint64>(65000));
        QCOMPARE(back.currency, QStringLiteral("EUR"));
        salary.walkAway.reset();
        QVERIFY(f.notes.saveSalary(f.application, salary).ok());
        QVERIFY(!valueOf(f.notes.salary(f.application)).walkAway);
        QVERIFY(f.notes.saveSalary(f.application, SalaryFigures()).ok());
        QCOMPARE(rowCount(f.file, QStringLiteral("application_salary")), 0);
    }

    void ticksAndReadiness()
    {
        Fixture f;
        const int total = int(NotesChecklist::keys().size());
        QVERIFY(f.notes.setTicked(f.second, QStringLiteral("copies"), true).ok());
        QVERIFY(f.notes.setTicked(f.second, QStringLiteral("copies"), true).ok()); // twice: one
        QVERIFY(f.notes.setTicked(f.second, QStringLiteral("news"), true).ok());
        QVERIFY(f.notes.setTicked(f.second, QStringLiteral("news"), false).ok());
        QVERIFY(f.notes.setTicked(f.second, QStringLiteral("outfit"), true).ok());
        QCOMPARE(valueOf(f.notes.ticks(f.second)),
                 QSet<QString>({QStringLiteral("copies"), QStringLiteral("outfit")}));

        const qint64 person =
            valueOf(f.rounds.createPerson(f.companyId(), personNamed(QStringLiteral("Bill"))));
        RoundFields fields = valueOf(f.rounds.round(f.third)).fields;
        fields.peopleIds = {person};
        QVERIFY(f.rounds.updateRound(f.third, fields).ok());

        const auto readiness = valueOf(f.notes.readiness({f.first, f.second, f.third}));
        QCOMPARE(readiness.size(), 3);
        QCOMPARE(readiness.value(f.first), (NotesChecklist::Readiness{0, total}));
        QCOMPARE(readiness.value(f.second), (NotesChecklist::Readiness{2, total}));
        QCOMPARE(readiness.value(f.third), (NotesChecklist::Readiness{1, total}));
        QVERIFY(valueOf(f.notes.readiness({})).isEmpty());
    }

    void nextRoundReadinessIsTheBoardsNextRound()
    {
        Fixture f;
        const int total = int(NotesChecklist::keys().size());
        // Ticks on a past round do not count for the next one.
        QVERIFY(f.notes.setTicked(f.second, QStringLiteral("copies"), true).ok());
        QVERIFY(f.notes.setTicked(f.third, QStringLiteral("news"), true).ok());
        QVERIFY(f.notes.setTicked(f.third, QStringLiteral("outfit"), true).ok());
        // A key from a newer version is not counted.
        QVERIFY(f.notes.setTicked(f.third, QStringLiteral("from-the-future"), true).ok());
        const qint64 quiet = f.file.add(QStringLiteral("Quiet"), QStringLiteral("No rounds"));
        const qint64 other = f.file.add(QStringLiteral("Other"), QStringLiteral("Untouched"));
        const qint64 otherRound =
            valueOf(f.rounds.createRound(other, roundAt(QDate(2026, 11, 25), QTime(9, 0))));

        auto all = valueOf(f.notes.nextRoundReadiness(Clock::nowUtc()));
        QCOMPARE(all.size(), 2);
        QVERIFY(!all.contains(quiet));
        QCOMPARE(all.value(f.application), (NotesChecklist::Readiness{2, total}));
        QCOMPARE(all.value(other), (NotesChecklist::Readiness{0, total}));
        // The same round the board's card shows, and the same count as for that round alone.
        const CardInfo card = valueOf(f.file.store->card(f.application));
        QCOMPARE(card.nextRoundStart, valueOf(f.rounds.round(f.third)).startUtc);
        QCOMPARE(all.value(f.application), valueOf(f.notes.readiness({f.third})).value(f.third));

        // Someone listed ticks "ask who will attend" by itself.
        const qint64 person = valueOf(f.rounds.createPerson(
            valueOf(f.rounds.companyOfApplication(other)), personNamed(QStringLiteral("Ada"))));
        RoundFields fields = valueOf(f.rounds.round(otherRound)).fields;
        fields.peopleIds = {person};
        QVERIFY(f.rounds.updateRound(otherRound, fields).ok());
        all = valueOf(f.notes.nextRoundReadiness(Clock::nowUtc()));
        QCOMPARE(all.value(other), (NotesChecklist::Readiness{1, total}));

        // Once the third round has begun there is no next round; archived ones are left out.
        all = valueOf(f.notes.nextRoundReadiness(Clock::nowUtc().addDays(11)));
        QVERIFY(all.isEmpty());
        QVERIFY(f.file.store->archiveApplications({other}).ok());
        all = valueOf(f.notes.nextRoundReadiness(Clock::nowUtc()));
        QCOMPARE(all.keys(), QList<qint64>{f.application});
    }

    // What a tick re-reads: the one application of the round, the same as in the whole
    // board's reading, from any of its rounds; nothing for an archived one or an unknown round.
    void nextRoundReadinessAroundOneRound()
    {
        Fixture f;
        QVERIFY(f.notes.setTicked(f.third, QStringLiteral("news"), true).ok());
        const qint64 other = f.file.add(QStringLiteral("Other"), QStringLiteral("Untouched"));
        const qint64 otherRound =
            valueOf(f.rounds.createRound(other, roundAt(QDate(2026, 11, 25), QTime(9, 0))));
        const auto all = valueOf(f.notes.nextRoundReadiness(Clock::nowUtc()));
        for (const qint64 round : {f.second, f.third}) {
            const auto one = valueOf(f.notes.nextRoundReadinessAround(Clock::nowUtc(), round));
            QCOMPARE(one.keys(), QList<qint64>{f.application});
            QCOMPARE(one.value(f.application), all.value(f.application));
        }
        auto one = valueOf(f.notes.nextRoundReadinessAround(Clock::nowUtc(), otherRound));
        QCOMPARE(one.keys(), QList<qint64>{other});
        QCOMPARE(one.value(other), all.value(other));
        // People listed in a round count for its application alone.
        const qint64 person = valueOf(f.rounds.createPerson(
            valueOf(f.rounds.companyOfApplication(other)), personNamed(QStringLiteral("Ada"))));
        RoundFields fields = valueOf(f.rounds.round(otherRound)).fields;
        fields.peopleIds = {person};
        QVERIFY(f.rounds.updateRound(otherRound, fields).ok());
        const auto withPeople = valueOf(f.notes.nextRoundReadiness(Clock::nowUtc()));
        QVERIFY(!(withPeople.value(other) == all.value(other)));
        QCOMPARE(withPeople.value(f.application), all.value(f.application));
        one = valueOf(f.notes.nextRoundReadinessAround(Clock::nowUtc(), otherRound));
        QCOMPARE(one.value(other), withPeople.value(other));
        one = valueOf(f.notes.nextRoundReadinessAround(Clock::nowUtc(), f.second));
        QCOMPARE(one.value(f.application), withPeople.value(f.application));
        QVERIFY(valueOf(f.notes.nextRoundReadinessAround(Clock::nowUtc(), 987654)).isEmpty());
        QVERIFY(valueOf(f.notes.nextRoundReadinessAround(Clock::nowUtc(), 0)).isEmpty());
        QVERIFY(f.file.store->archiveApplications({other}).ok());
        QVERIFY(valueOf(f.notes.nextRoundReadinessAround(Clock::nowUtc(), otherRound)).isEmpty());
    }

    void carriedOverComesFromEarlierRoundsOnly()
    {
        Fixture f;
        RoundNotes one;
        one.weakAnswers = QStringLiteral("Why I left\nSalary");
        one.concerns = hostile();
        QVERIFY(f.notes.saveNotes(f.first, one).ok());
        RoundNotes two;
        two.nextSteps = QStringLiteral("Decision by Friday");
        QVERIFY(f.notes.saveNotes(f.second, two).ok());
        RoundNotes three;
        three.clues = QStringLiteral("Later round, not carried back");
        QVERIFY(f.notes.saveNotes(f.third, three).ok());

        QVERIFY(valueOf(f.notes.carriedOver(f.first)).isEmpty());
        // Two weak answers and the two lines of the concerns.
        QCOMPARE(valueOf(f.notes.carriedOver(f.second)).size(), 4);
        QList<CarriedItem> items = valueOf(f.notes.carriedOver(f.third));
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.at(2).text, hostile().split(QLatin1Char('\n')).first().trimmed());
        QCOMPARE(items.at(4).sourceRoundNumber, 2);

        QVERIFY(f.notes.setDealtWith(items.at(1), true).ok());
        QVERIFY(f.notes.setDealtWith(items.at(2), true).ok());
        items = valueOf(f.notes.carriedOver(f.third));
        QVERIFY(!items.at(0).dealtWith);
        QVERIFY(items.at(1).dealtWith);
        QVERIFY(items.at(2).dealtWith);
        QCOMPARE(NotesRules::stillOpen(items).size(), 3);
        QVERIFY(f.notes.setDealtWith(items.at(1), false).ok());
        QVERIFY(!valueOf(f.notes.carriedOver(f.third)).at(1).dealtWith);
        QVERIFY(!f.notes.carriedOver(424242).ok());
    }

    void searchFindsNotesApplicationsAndResearch()
    {
        Fixture f;
        RoundNotes notes;
        notes.concerns = QStringLiteral("They worry about my Kubernetes experience");
        QVERIFY(f.notes.saveNotes(f.second, notes).ok());
        ApplicationFields fields = f.file.store->fields(f.application).value();
        fields.description = QStringLiteral("We run Kubernetes clusters at scale");
        QVERIFY(f.file.store->updateApplication(f.application, fields).ok());
        CompanyResearch research;
        research.competitors = QStringLiteral("Initrode, also big on kubernetes");
        QVERIFY(f.notes.saveResearch(f.companyId(), research).ok());

        QList<NotesSearchHit> hits = valueOf(f.notes.search(QStringLiteral("kube")));
        QCOMPARE(hits.size(), 3);
        QSet<NotesSearchHit::Kind> kinds;
        for (const NotesSearchHit &hit : hits) {
            kinds.insert(hit.kind);
            QCOMPARE(hit.company, QStringLiteral("Initech"));
            QCOMPARE(hit.companyId, f.companyId());
            QVERIFY2(hit.excerpt.contains(NotesSearchHit::MatchStart), qPrintable(hit.excerpt));
            if (hit.kind == NotesSearchHit::Kind::RoundNotes) {
                QCOMPARE(hit.roundId, f.second);
                QCOMPARE(hit.applicationId, f.application);
                QCOMPARE(hit.role, QStringLiteral("Tester"));
            }
        }
        QCOMPARE(kinds.size(), 3);
        // Accents and case do not matter; every word must be there.
        QCOMPARE(valueOf(f.notes.search(QStringLiteral("KÜBERNETES worry"))).size(), 1);

        // Edits and deletes keep the index in step.
        notes.concerns = QStringLiteral("None left");
        QVERIFY(f.notes.saveNotes(f.second, notes).ok());
        QCOMPARE(valueOf(f.notes.search(QStringLiteral("kubernetes"))).size(), 2);
        QCOMPARE(valueOf(f.notes.search(QStringLiteral("none left"))).size(), 1);
        QVERIFY(f.rounds.deleteRound(f.second).ok());
        QVERIFY(valueOf(f.notes.search(QStringLiteral("none left"))).isEmpty());
        QVERIFY(f.file.store->deleteApplications({f.application}).ok());
        QCOMPARE(valueOf(f.notes.search(QStringLiteral("kubernetes"))).size(), 1);
    }

    void searchTreatsEveryInputAsWords_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"\"", "\"unterminated", "AND", "a AND (", "NEAR(a b)", "*", "-x", "col:value",
              "^start", "{a b}", "'; DROP TABLE rounds; --", "\u202E", "", "   ", "a\x01b"})
            QTest::newRow(text) << QString::fromUtf8(text);
        QTest::newRow("huge") << QString(100000, QChar(u'q'));
    }

    void searchTreatsEveryInputAsWords()
    {
        QFETCH(QString, text);
        Fixture f;
        RoundNotes notes;
        notes.clues = QStringLiteral("AND near col value start x");
        QVERIFY(f.notes.saveNotes(f.first, notes).ok());
        auto hits = f.notes.search(text);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
    }

    void readOnlyFileRefusesEveryWrite()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
        qint64 round = 0;
        qint64 application = 0;
        {
            auto db = Database::open(path).take();
            PipelineStore pipeline(db);
            ApplicationFields fields;
            fields.company = QStringLiteral("Initech");
            fields.role = QStringLiteral("Tester");
            application =
                pipeline.createApplication(fields, pipeline.stages().value().first().id).value();
            RoundStore rounds(db);
            round =
                valueOf(rounds.createRound(application, roundAt(QDate(2026, 11, 22), QTime(9, 0))));
            NotesStore notes(db);
            QVERIFY(notes.saveNotes(round, fullNotes(QStringLiteral("before"))).ok());
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        file.close();
        {
            auto db = Database::open(path).take();
            QVERIFY(db->isReadOnly());
            NotesStore notes(db);
            QCOMPARE(valueOf(notes.notes(round)), fullNotes(QStringLiteral("before")));
            const Status refused = notes.saveNotes(round, fullNotes(QStringLiteral("after")));
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().contains(QStringLiteral("read-only")));
            QVERIFY(!notes.setTicked(round, QStringLiteral("news"), true).ok());
            QVERIFY(!notes.saveResearch(1, CompanyResearch{QStringLiteral("m"), {}, {}, {}}).ok());
            QVERIFY(!notes.saveSalary(application, SalaryFigures{1, 1, {}}).ok());
            QVERIFY(!notes.restore(valueOf(notes.snapshotForRounds({round}))).ok());
            QVERIFY(valueOf(notes.search(QStringLiteral("before"))).size() == 1);
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    }

    void deletingARoundAndPuttingItBackKeepsItsNotesExactly()
    {
        Fixture f;
        QVERIFY(f.notes.saveNotes(f.first, fullNotes(hostile())).ok());
        QVERIFY(f.notes.saveNotes(f.second, fullNotes(QStringLiteral("second"))).ok());
        QVERIFY(f.notes.setTicked(f.first, QStringLiteral("news"), true).ok());
        QVERIFY(f.notes.setTicked(f.second, QStringLiteral("copies"), true).ok());
        const QList<CarriedItem> items = valueOf(f.notes.carriedOver(f.third));
        QVERIFY(items.size() >= 2);
        QVERIFY(f.notes.setDealtWith(items.first(), true).ok());
        const QStringList before = notesDump(f.file);

        const RoundSnapshot round = valueOf(f.rounds.snapshot(f.first));
        const NotesSnapshot notes = valueOf(f.notes.snapshotForRounds({f.first}));
        QCOMPARE(notes.roundNotes.size(), 1);
        QCOMPARE(notes.checklist.size(), 1);
        QCOMPARE(notes.decisions.size(), 1);
        QVERIFY(f.rounds.deleteRound(f.first).ok());
        QCOMPARE(rowCount(f.file, QStringLiteral("round_notes")), 1);
        QCOMPARE(rowCount(f.file, QStringLiteral("carried_decisions")), 0);
        QVERIFY(f.rounds.restoreRound(round).ok());
        QVERIFY(f.notes.restore(notes).ok());
        QCOMPARE(notesDump(f.file), before);
        // Restoring over rows that are there changes nothing either.
        QVERIFY(f.notes.restore(notes).ok());
        QCOMPARE(notesDump(f.file), before);
    }

    void deletingAnApplicationAndPuttingItBackKeepsItsNotesExactly()
    {
        Fixture f;
        const qint64 other = f.file.add(QStringLiteral("Umbrella"), QStringLiteral("Chemist"), 2);
        const qint64 otherRound =
            valueOf(f.rounds.createRound(other, roundAt(QDate(2026, 11, 25), QTime(9, 0))));
        QVERIFY(f.notes.saveNotes(otherRound, fullNotes(QStringLiteral("other"))).ok());
        for (qint64 round : {f.first, f.second, f.third})
            QVERIFY(f.notes.saveNotes(round, fullNotes(QString::number(round))).ok());
        QVERIFY(f.notes.setTicked(f.third, QStringLiteral("salary"), true).ok());
        QVERIFY(
            f.notes.saveSalary(f.application, SalaryFigures{90000, 80000, QStringLiteral("GBP")})
                .ok());
        QVERIFY(f.notes.saveSalary(other, SalaryFigures{1, 1, QStringLiteral("USD")}).ok());
        QVERIFY(f.notes.setDealtWith(valueOf(f.notes.carriedOver(f.third)).first(), true).ok());
        const QStringList before = notesDump(f.file);

        const ApplicationSnapshot application = valueOf(f.file.store->snapshot(f.application));
        QList<RoundSnapshot> rounds;
        for (qint64 round : {f.first, f.second, f.third})
            rounds << valueOf(f.rounds.snapshot(round));
        const NotesSnapshot notes = valueOf(f.notes.snapshotForApplications({f.application}));
        QCOMPARE(notes.roundNotes.size(), 3);
        QCOMPARE(notes.salaries.size(), 1);
        QVERIFY(f.file.store->deleteApplications({f.application}).ok());
        QCOMPARE(rowCount(f.file, QStringLiteral("round_notes")), 1);
        QCOMPARE(rowCount(f.file, QStringLiteral("application_salary")), 1);
        QVERIFY(f.file.store->restoreApplications({application}).ok());
        for (const RoundSnapshot &round : rounds)
            QVERIFY(f.rounds.restoreRound(round).ok());
        QVERIFY(f.notes.restore(notes).ok());
        QCOMPARE(notesDump(f.file), before);
    }

    void olderFilesBecomeSearchable()
    {
        // A file written before the notes existed: its applications are indexed on update.
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(older));
        for (const char *step : {"0001_pipeline.sql", "0002_rounds.sql"})
            QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + QLatin1String(step),
                                older + QLatin1Char('/') + QLatin1String(step)));
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            Database::Options options;
            options.migrationsDirectory = older;
            auto v2 = Database::open(path, options).take();
            QCOMPARE(v2->schemaVersion(), 2);
            PipelineStore store(v2);
            ApplicationFields fields;
            fields.company = QStringLiteral("Acme");
            fields.role = QStringLiteral("Engineer");
            fields.description = QStringLiteral("Rust and embedded firmware");
            QVERIFY(store.createApplication(fields, store.stages().value().first().id).ok());
        }
        auto db = Database::open(path).take();
        QVERIFY(db->schemaVersion() >= 3);
        const QList<NotesSearchHit> hits =
            valueOf(NotesStore(db).search(QStringLiteral("firmware")));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, NotesSearchHit::Kind::Application);
        QCOMPARE(hits.first().company, QStringLiteral("Acme"));
    }

    void debriefPromptForRecentRoundsWithoutOne()
    {
        Fixture f; // the clock says 2026-11-20 09:30 UTC
        // first: 10 Nov (ended), second: 18 Nov (ended), third: 30 Nov (ahead)
        QCOMPARE(valueOf(f.notes.roundsNeedingDebrief(Clock::nowUtc())),
                 QList<qint64>({f.second, f.first}));
        RoundNotes plan;
        plan.sellingPoints = QStringLiteral("A plan is not a debrief");
        QVERIFY(f.notes.saveNotes(f.second, plan).ok());
        QCOMPARE(valueOf(f.notes.roundsNeedingDebrief(Clock::nowUtc())),
                 QList<qint64>({f.second, f.first}));
        RoundNotes debrief;
        debrief.gutFeeling = 2;
        QVERIFY(f.notes.saveNotes(f.first, debrief).ok());
        QCOMPARE(valueOf(f.notes.roundsNeedingDebrief(Clock::nowUtc())), QList<qint64>({f.second}));
        // Long ago is no longer "fresh".
        QVERIFY(valueOf(f.notes.roundsNeedingDebrief(Clock::nowUtc().addDays(40))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotesStore)
#include "tst_notesstore.moc"
