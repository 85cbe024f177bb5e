#include "TestSupport.h"

#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/RoundValidator.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

namespace {
RoundFields roundAt(const QDateTime &start, int minutes = 60)
{
    RoundFields fields;
    fields.kind = RoundKind::Technical;
    fields.start = start;
    fields.timeZoneId = QString::fromUtf8(start.timeZone().id());
    fields.durationMinutes = minutes;
    return fields;
}

PersonFields named(const QString &name, const QString &title = {}, const QString &email = {})
{
    PersonFields person;
    person.name = name;
    person.title = title;
    person.email = email;
    return person;
}

QDateTime berlin(int month, int day, int hour, int minute = 0)
{
    return RoundValidator::localToInstant(QDate(2026, month, day), QTime(hour, minute),
                                          QStringLiteral("Europe/Berlin"));
}
} // namespace

class TestRoundStore : public QObject
{
    Q_OBJECT

private slots:
    void createReadAndNumberInDateOrder()
    {
        TestFile f;
        RoundStore store(f.database);
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 second = store.createRound(app, roundAt(berlin(12, 3, 14))).value();
        const qint64 first = store.createRound(app, roundAt(berlin(11, 25, 10))).value();
        auto rounds = store.roundsForApplication(app);
        QVERIFY(rounds.ok());
        QCOMPARE(rounds.value().size(), 2);
        QCOMPARE(rounds.value().at(0).id, first);
        QCOMPARE(rounds.value().at(0).number, 1);
        QCOMPARE(rounds.value().at(1).id, second);
        QCOMPARE(rounds.value().at(1).number, 2);
        const RoundInfo info = store.round(second).value();
        QCOMPARE(info.company, QStringLiteral("Acme"));
        QCOMPARE(info.fields.kind, RoundKind::Technical);
        QCOMPARE(info.fields.timeZoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(info.startUtc, QDateTime(QDate(2026, 12, 3), QTime(13, 0), Qt::UTC));
        QCOMPARE(info.fields.start.time(), QTime(14, 0));
        QVERIFY(info.uid.endsWith(QStringLiteral("@secondround")));
        QVERIFY(store.round(99).error().contains(QStringLiteral("no longer exists")));
    }

    void storedInUtcShownInOwnZone()
    {
        TestFile f;
        RoundStore store(f.database);
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const QDateTime ny = RoundValidator::localToInstant(QDate(2026, 11, 30), QTime(9, 0),
                                                            QStringLiteral("America/New_York"));
        const qint64 id = store.createRound(app, roundAt(ny)).value();
        QSqlQuery raw(f.database->sql());
        QVERIFY(raw.exec(QStringLiteral("SELECT starts_at, time_zone FROM rounds")) && raw.next());
        QCOMPARE(raw.value(0).toString(), QStringLiteral("2026-11-30T14:00:00.000Z"));
        QCOMPARE(raw.value(1).toString(), QStringLiteral("America/New_York"));
        QCOMPARE(store.round(id).value().startInOwnZone().time(), QTime(9, 0));
    }

    void daylightSavingTransitions()
    {
        // Spring forward in Berlin: 02:00–03:00 does not exist on 29 March 2026.
        QVERIFY(!berlin(3, 29, 2, 30).isValid());
        QCOMPARE(berlin(3, 29, 3, 0).toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
        QCOMPARE(berlin(3, 29, 1, 59).toUTC(),
                 QDateTime(QDate(2026, 3, 29), QTime(0, 59), Qt::UTC));
        // Fall back on 25 October: 02:30 happens twice; the first one is taken.
        QCOMPARE(berlin(10, 25, 2, 30).toUTC(),
                 QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
        QCOMPARE(berlin(10, 25, 3, 30).toUTC(),
                 QDateTime(QDate(2026, 10, 25), QTime(2, 30), Qt::UTC));
        // A round across the change keeps its real length.
        TestFile f;
        RoundStore store(f.database);
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 id = store.createRound(app, roundAt(berlin(10, 25, 2, 30), 90)).value();
        QCOMPARE(store.round(id).value().endUtc(),
                 QDateTime(QDate(2026, 10, 25), QTime(2, 0), Qt::UTC));
        RoundFields gap = roundAt(berlin(3, 29, 3, 0));
        gap.start = berlin(3, 29, 2, 30);
        const QStringList before = f.dump();
        QVERIFY(!store.createRound(app, gap).ok());
        QCOMPARE(f.dump(), before);
    }

    void validatorRefusesBadRounds_data()
    {
        QTest::addColumn<RoundFields>("fields");
        QTest::addColumn<int>("field");
        const RoundFields good = roundAt(berlin(12, 1, 10));
        auto with = [&](auto change) {
            RoundFields copy = good;
            change(copy);
            return copy;
        };
        using F = RoundValidator::Field;
        QTest::newRow("no start") << with([](RoundFields &r) { r.start = {}; }) << int(F::Start);
        QTest::newRow("no zone") << with([](RoundFields &r) { r.timeZoneId.clear(); })
                                 << int(F::TimeZone);
        QTest::newRow("bad zone") << with([](RoundFields &r) {
            r.timeZoneId = QStringLiteral("Mars/Base");
        }) << int(F::TimeZone);
        QTest::newRow("4 minutes")
            << with([](RoundFields &r) { r.durationMinutes = 4; }) << int(F::Duration);
        QTest::newRow("601 minutes")
            << with([](RoundFields &r) { r.durationMinutes = 601; }) << int(F::Duration);
        QTest::newRow("ftp link") << with([](RoundFields &r) {
            r.meetingUrl = QStringLiteral("ftp://x.org");
        }) << int(F::MeetingUrl);
        QTest::newRow("no host") << with([](RoundFields &r) {
            r.meetingUrl = QStringLiteral("https://");
        }) << int(F::MeetingUrl);
    }

    void validatorRefusesBadRounds()
    {
        QFETCH(RoundFields, fields);
        QFETCH(int, field);
        const auto problems = RoundValidator::validate(fields);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().field), field);
        QVERIFY(!problems.first().message.isEmpty());
        TestFile f;
        RoundStore store(f.database);
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const QStringList before = f.dump();
        auto refused = store.createRound(app, fields);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), problems.first().message);
        QCOMPARE(f.dump(), before);
    }

    void overlapsAreFound()
    {
        TestFile f;
        RoundStore store(f.database);
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 other = f.add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        const qint64 existing = store.createRound(app, roundAt(berlin(12, 1, 10), 90)).value();
        RoundFields cancelled = roundAt(berlin(12, 1, 10, 30));
        cancelled.status = RoundStatus::Cancelled;
        store.createRound(other, cancelled).value();
        auto hits = store.overlapping(roundAt(berlin(12, 1, 11)), 0);
        QVERIFY(hits.ok());
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().id, existing);
        QVERIFY(store.overlapping(roundAt(berlin(12, 1, 11, 30)), 0).value().isEmpty());
        QVERIFY(store.overlapping(roundAt(berlin(12, 1, 9), 60), 0).value().isEmpty());
        QCOMPARE(store.overlapping(roundAt(berlin(12, 1, 9), 61), 0).value().size(), 1);
        QVERIFY(store.overlapping(roundAt(berlin(12, 1, 10)), existing).value().isEmpty());
    }

    void upcomingAndBetween()
    {
        TestFile f; // clock: 2026-11-20 09:30 UTC
        RoundStore store(f.database);
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 past = store.createRound(app, roundAt(berlin(11, 10, 10))).value();
        const qint64 later = store.createRound(app, roundAt(berlin(12, 2, 10))).value();
        const qint64 soon = store.createRound(app, roundAt(berlin(11, 24, 10))).value();
        auto upcoming = store.upcoming(Clock::nowUtc(), 10).value();
        QCOMPARE(upcoming.size(), 2);
        QCOMPARE(upcoming.at(0).id, soon);
        QCOMPARE(upcoming.at(1).id, later);
        auto november = store.roundsBetween(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC),
                                            QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(november.value().size(), 2);
        QCOMPARE(november.value().at(0).id, past);
        // Archived applications leave the calendar.
        QVERIFY(f.store->archiveApplications({app}).ok());
        QVERIFY(store.upcoming(Clock::nowUtc(), 10).value().isEmpty());
    }

    void editRescheduleDeleteAndRestoreExactly()
    {
        TestFile f;
        RoundStore store(f.database);
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 company = store.companyOfApplication(app).value();
        const qint64 ana =
            store.createPerson(company, named(QStringLiteral("Ana"), QStringLiteral("CTO")))
                .value();
        RoundFields fields = roundAt(berlin(12, 1, 10));
        fields.peopleIds = {ana};
        const qint64 id = store.createRound(app, fields).value();
        const QStringList created = f.dump();
        const RoundSnapshot snapshot = store.snapshot(id).value();

        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC); });
        fields.status = RoundStatus::Done;
        fields.outcome = QStringLiteral("Went well");
        fields.peopleIds.clear();
        QVERIFY(store.updateRound(id, fields).ok());
        QCOMPARE(store.round(id).value().fields.outcome, QStringLiteral("Went well"));
        QVERIFY(store.round(id).value().people.isEmpty());
        QVERIFY(store.restoreRound(snapshot).ok());
        QCOMPARE(f.dump(), created);

        QVERIFY(store.reschedule(id, berlin(12, 4, 10).toUTC()).ok());
        QCOMPARE(store.round(id).value().startUtc.date(), QDate(2026, 12, 4));
        QVERIFY(store.restoreRound(snapshot).ok());
        QCOMPARE(f.dump(), created);

        QVERIFY(store.deleteRound(id).ok());
        QVERIFY(store.roundsForApplication(app).value().isEmpty());
        QVERIFY(store.restoreRound(snapshot).ok());
        QCOMPARE(f.dump(), created);
        QCOMPARE(store.round(id).value().people.first().fields.name, QStringLiteral("Ana"));
    }

    void peopleBelongToTheCompany()
    {
        TestFile f;
        RoundStore store(f.database);
        const qint64 acme = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 globex = f.add(QStringLiteral("Globex"), QStringLiteral("Analyst"));
        const qint64 stranger = store
                                    .createPerson(store.companyOfApplication(globex).value(),
                                                  named(QStringLiteral("Sam")))
                                    .value();
        RoundFields fields = roundAt(berlin(12, 1, 10));
        fields.peopleIds = {stranger};
        const QStringList before = f.dump();
        auto refused = store.createRound(acme, fields);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("company")));
        QCOMPARE(f.dump(), before);
    }

    void personValidationAndRounds()
    {
        TestFile f;
        RoundStore store(f.database);
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 company = store.companyOfApplication(app).value();
        QVERIFY(!store.createPerson(company, named(QStringLiteral("  "))).ok());
        PersonFields bad = named(QStringLiteral("Ana"));
        bad.email = QStringLiteral("ana-at-example");
        QVERIFY(store.createPerson(company, bad).error().contains(QStringLiteral("email")));
        bad.email.clear();
        bad.profileUrl = QStringLiteral("linkedin");
        QVERIFY(!store.createPerson(company, bad).ok());
        PersonFields good =
            named(QStringLiteral("Ana"), QStringLiteral("CTO"), QStringLiteral("ana@acme.example"));
        const qint64 ana = store.createPerson(company, good).value();
        QCOMPARE(store.person(ana).value().fields, good);
        QCOMPARE(store.peopleOfCompany(company).value().size(), 1);
        RoundFields fields = roundAt(berlin(12, 1, 10));
        fields.peopleIds = {ana};
        const qint64 r1 = store.createRound(app, fields).value();
        fields.start = berlin(12, 8, 10);
        const qint64 r2 = store.createRound(app, fields).value();
        auto rounds = store.roundsOfPerson(ana).value();
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds.at(0).id, r1);
        QCOMPARE(rounds.at(1).id, r2);
        QCOMPARE(rounds.at(1).number, 2);
        QVERIFY(!store.deletePerson(ana).ok());
        good.title = QStringLiteral("Chief technology officer");
        QVERIFY(store.updatePerson(ana, good).ok());
        QCOMPARE(store.person(ana).value().fields.title,
                 QStringLiteral("Chief technology officer"));
    }

    void catalogRoundTrips()
    {
        for (RoundKind kind : RoundCatalog::kinds())
            QCOMPARE(RoundCatalog::kindFromKey(RoundCatalog::key(kind)), kind);
        for (RoundStatus status : RoundCatalog::statuses())
            QCOMPARE(RoundCatalog::statusFromKey(RoundCatalog::key(status)), status);
        QSet<QString> advice;
        for (RoundReason reason : RoundCatalog::reasons()) {
            QCOMPARE(RoundCatalog::reasonFromKey(RoundCatalog::key(reason)), reason);
            advice.insert(RoundCatalog::advice(reason));
        }
        QCOMPARE(advice.size(), RoundCatalog::reasons().size());
        QVERIFY(RoundCatalog::prepChecklist(false).contains(QStringLiteral("Ask who will attend")));
        QVERIFY(!RoundCatalog::prepChecklist(true).contains(QStringLiteral("Ask who will attend")));
    }

    void migratesFoundationFileWithDataKept()
    {
        // A file as the foundation release wrote it: schema 1 only.
        QTemporaryDir dir;
        const QString onlyFirst = dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(onlyFirst));
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/0001_pipeline.sql"),
                            onlyFirst + QStringLiteral("/0001_pipeline.sql")));
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        qint64 app = 0;
        {
            Database::Options options;
            options.migrationsDirectory = onlyFirst;
            auto v1 = Database::open(path, options).take();
            QCOMPARE(v1->schemaVersion(), 1);
            PipelineStore store(v1);
            ApplicationFields fields;
            fields.company = QStringLiteral("Acme");
            fields.role = QStringLiteral("Engineer");
            fields.notes = QStringLiteral("Kept");
            app = store.createApplication(fields, store.stages().value().first().id).value();
        }
        auto db = Database::open(path).take();
        QVERIFY(db->schemaVersion() >= 2); // later steps may follow
        QVERIFY(!db->backupPath().isEmpty());
        QCOMPARE(PipelineStore(db).fields(app).value().notes, QStringLiteral("Kept"));
        RoundStore rounds(db);
        QVERIFY(rounds.createRound(app, roundAt(berlin(12, 1, 10))).ok());
        QVERIFY(db->check().ok());
    }
};

QTEST_GUILESS_MAIN(TestRoundStore)
#include "tst_roundstore.moc"
