#include "TestSupport.h"

#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "core/ical/IcsReader.h"
#include "core/notes/NotesStore.h"
#include "core/roundics/RoundCalendarExport.h"
#include "core/roundics/RoundCalendarImport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace {

// Floating and whole-day times are read in the system zone; a zone with summer time that is
// neither UTC nor any fixture's own zone shows whether that really happens. Set before main()
// so every part of Qt sees the same zone.
const bool systemZoneSet = [] {
    qputenv("TZ", "America/Chicago");
    return true;
}();

const QString chicago = QStringLiteral("America/Chicago");

QString fixturePath(const QString &name)
{
    return QStringLiteral(ICS_FIXTURES) + QLatin1Char('/') + name;
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QDateTime zoned(const QString &zone, int year, int month, int day, int hour, int minute = 0)
{
    return RoundValidator::localToInstant(QDate(year, month, day), QTime(hour, minute), zone);
}

RoundFields roundAt(const QString &zone, const QDateTime &start, int minutes)
{
    RoundFields fields;
    fields.kind = RoundKind::Technical;
    fields.start = start;
    fields.timeZoneId = zone;
    fields.durationMinutes = minutes;
    return fields;
}

PersonFields person(const QString &name, const QString &email = {}, const QString &title = {},
                    const QString &notes = {})
{
    PersonFields fields;
    fields.name = name;
    fields.email = email;
    fields.title = title;
    fields.notes = notes;
    return fields;
}

IcsEvent makeEvent(const QString &uid, const QString &summary, const QDateTime &start, int minutes)
{
    IcsEvent e;
    e.uid = uid;
    e.summary = summary;
    e.start = start;
    e.end = start.addSecs(qint64(minutes) * 60);
    return e;
}

QStringList emailsOf(const RoundInfo &round)
{
    QStringList emails;
    for (const PersonInfo &p : round.people) {
        if (!p.fields.email.isEmpty())
            emails << p.fields.email.toLower();
    }
    emails.sort();
    return emails;
}

int countRows(const Database &database, const QString &table)
{
    QSqlQuery query(database.sql());
    query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    query.next();
    return query.value(0).toInt();
}

IcsReadResult readFixture(const QString &name)
{
    return IcsReader::readFile(fixturePath(name));
}

} // namespace

class TestRoundCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exportedEventCarriesThePreparation();
    void exportWithoutPeopleAsksWhoAttends();
    void exportAllTakesScheduledUpcomingOnly();
    void exportRefusesMissingFolderAndEmptyExport();
    void roundTripThroughFile();
    void escapingAndFoldingSurvive();

    void wellFormedFixturesImport_data();
    void wellFormedFixturesImport();
    void outlookInvitationDetails();
    void googleInvitationDetails();
    void appleFloatingAndWholeDay();
    void durationsAreClampedAndReported();
    void cancelledAndRecurring();
    void malformedFixturesRefused_data();
    void malformedFixturesRefused();

    void secondOfThreeInvalidLeavesNothing();
    void databaseRefusalMidImportLeavesNothing();
    void unknownApplicationLeavesNothing();
    void uidAlreadyUsedGetsANewOne();
    void peopleMatchedByEmailIgnoringCase();
    void withoutPeople();
    void newApplicationUndoAndRedo();
    void undoAndRedoKeepWhatWasWrittenSince();
    void existingApplicationUndoRedoUndo();
    void newApplicationForExistingCompany();
    void zoneChoice();
    void meetingLinks();
};

void TestRoundCalendar::initTestCase()
{
    QVERIFY(systemZoneSet);
    QCOMPARE(RoundCalendarImport::systemZoneId(), chicago);
}

void TestRoundCalendar::exportedEventCarriesThePreparation()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Backend engineer"));
    const qint64 company = store.companyOfApplication(app).value();
    const qint64 jane = store
                            .createPerson(company, person(QStringLiteral("Jane Doe"),
                                                          QStringLiteral("jane@acme.example"),
                                                          QStringLiteral("Engineering manager"),
                                                          QStringLiteral("clean code")))
                            .value();
    const qint64 sam = store.createPerson(company, person(QStringLiteral("Sam"))).value();
    RoundFields fields = roundAt(QStringLiteral("Europe/Berlin"),
                                 zoned(QStringLiteral("Europe/Berlin"), 2026, 12, 1, 10), 90);
    fields.reason = RoundReason::ClearDoubt;
    fields.location = QStringLiteral("Acme HQ, room 4");
    fields.meetingUrl = QStringLiteral("https://meet.example.com/abc");
    fields.peopleIds = {jane, sam};
    const qint64 id = store.createRound(app, fields).value();
    const RoundInfo round = store.round(id).value();

    const IcsEvent e = RoundCalendarExport::toEvent(round);
    QCOMPARE(e.uid, round.uid);
    QCOMPARE(e.summary, QStringLiteral("Round 1: Technical interview — Backend engineer at Acme"));
    QCOMPARE(e.start, utc(2026, 12, 1, 9, 0));
    QCOMPARE(e.start.timeSpec(), Qt::UTC);
    QCOMPARE(e.end, utc(2026, 12, 1, 10, 30));
    QCOMPARE(e.stamp, Clock::nowUtc());
    QCOMPARE(e.location, QStringLiteral("Acme HQ, room 4"));
    QCOMPARE(e.url, QUrl(QStringLiteral("https://meet.example.com/abc")));
    QCOMPARE(e.alarmMinutesBefore, (QList<int>{1440, 60}));
    QVERIFY(e.organizer.isEmpty());
    QCOMPARE(e.attendees.size(), 1);
    QCOMPARE(e.attendees.first().email, QStringLiteral("jane@acme.example"));
    QCOMPARE(e.attendees.first().name, QStringLiteral("Jane Doe"));
    QVERIFY(!e.cancelled);

    const QString text = e.description;
    QVERIFY2(text.contains(QStringLiteral("- Jane Doe, Engineering manager — cares about: clean "
                                          "code")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\n- Sam\n")));
    QVERIFY(text.contains(RoundCatalog::label(RoundReason::ClearDoubt)));
    QVERIFY(text.contains(RoundCatalog::advice(RoundReason::ClearDoubt)));
    for (const QString &item : RoundCatalog::prepChecklist(true))
        QVERIFY2(text.contains(item), qPrintable(item));
    QVERIFY(!text.contains(QStringLiteral("Ask who will attend")));
    QVERIFY(text.contains(QStringLiteral("https://meet.example.com/abc")));
    QVERIFY(text.contains(QStringLiteral("(Europe/Berlin)")));
    QVERIFY(text.indexOf(QStringLiteral("Who will attend")) < text.indexOf(QStringLiteral("Why")));
}

void TestRoundCalendar::exportWithoutPeopleAsksWhoAttends()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Analyst"));
    RoundFields fields = roundAt(QStringLiteral("Europe/London"),
                                 zoned(QStringLiteral("Europe/London"), 2026, 12, 2, 15), 30);
    fields.kind = RoundKind::PhoneScreen;
    fields.status = RoundStatus::Cancelled;
    const RoundInfo round = store.round(store.createRound(app, fields).value()).value();
    const IcsEvent e = RoundCalendarExport::toEvent(round);
    QVERIFY(e.description.contains(QStringLiteral("Who will attend: not known yet — ask")));
    QVERIFY(e.description.contains(QStringLiteral("Ask who will attend")));
    QVERIFY(e.description.contains(RoundCatalog::advice(RoundReason::Unknown)));
    QVERIFY(e.attendees.isEmpty());
    QVERIFY(e.url.isEmpty());
    QVERIFY(e.cancelled);
}

void TestRoundCalendar::exportAllTakesScheduledUpcomingOnly()
{
    TestFile file; // the clock stands at 2026-11-20 09:30 UTC
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Analyst"));
    const QString zone = QStringLiteral("Europe/Berlin");
    const qint64 past =
        store.createRound(app, roundAt(zone, zoned(zone, 2026, 11, 2, 10), 60)).value();
    const qint64 ahead =
        store.createRound(app, roundAt(zone, zoned(zone, 2026, 11, 25, 10), 60)).value();
    RoundFields cancelled = roundAt(zone, zoned(zone, 2026, 11, 26, 10), 60);
    cancelled.status = RoundStatus::Cancelled;
    store.createRound(app, cancelled).value();
    const qint64 later =
        store.createRound(app, roundAt(zone, zoned(zone, 2026, 12, 3, 10), 60)).value();

    const QString path = file.dir.filePath(QStringLiteral("all.ics"));
    auto exported = RoundCalendarExport::exportToFile(store, {}, path);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported.value(), 2);
    const IcsReadResult read = IcsReader::readFile(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.events.size(), 2);
    QCOMPARE(read.events[0].uid, store.round(ahead).value().uid);
    QCOMPARE(read.events[1].uid, store.round(later).value().uid);

    // Chosen ids are exported whatever their state, the past one included.
    auto chosen = RoundCalendarExport::exportToFile(store, {past}, path);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value(), 1);
    QCOMPARE(IcsReader::readFile(path).events.first().uid, store.round(past).value().uid);
}

void TestRoundCalendar::exportRefusesMissingFolderAndEmptyExport()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("Analyst"));
    const QString zone = QStringLiteral("Europe/Berlin");
    const qint64 id =
        store.createRound(app, roundAt(zone, zoned(zone, 2026, 12, 1, 10), 60)).value();

    const QString missing = file.dir.filePath(QStringLiteral("no/such/folder/out.ics"));
    auto refused = RoundCalendarExport::exportToFile(store, {id}, missing);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("does not exist")),
             qPrintable(refused.error()));
    QVERIFY(!QFile::exists(missing));

    auto folder = RoundCalendarExport::exportToFile(store, {id}, file.dir.path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().contains(QStringLiteral("folder")), qPrintable(folder.error()));

    TestFile empty;
    RoundStore emptyStore(empty.database);
    const QString path = empty.dir.filePath(QStringLiteral("nothing.ics"));
    auto nothing = RoundCalendarExport::exportToFile(emptyStore, {}, path);
    QVERIFY(!nothing.ok());
    QVERIFY(!nothing.error().isEmpty());
    QVERIFY(!QFile::exists(path));

    // An existing file is replaced whole, never left half-written.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    auto replaced = RoundCalendarExport::exportToFile(store, {id}, path);
    QVERIFY(replaced.ok());
    QVERIFY(IcsReader::readFile(path).ok);
}

void TestRoundCalendar::roundTripThroughFile()
{
    TestFile source;
    RoundStore store(source.database);
    const qint64 app = source.add(QStringLiteral("Smith, Jones & Co; \\ Ltd"),
                                  QStringLiteral("Backend engineer — “payments”"));
    const qint64 company = store.companyOfApplication(app).value();
    const qint64 jane =
        store
            .createPerson(company, person(QStringLiteral("Doe, Jane"),
                                          QStringLiteral("jane.doe@example.com"),
                                          QStringLiteral("Engineering manager"),
                                          QStringLiteral("Tests; naming, and \\ \"clean\" code")))
            .value();
    const qint64 mueller =
        store
            .createPerson(company, person(QStringLiteral("Dr. Müller; Head: Platform"),
                                          QStringLiteral("Mueller@Example.com")))
            .value();
    const qint64 sam = store.createPerson(company, person(QStringLiteral("Sam Recruiter"))).value();

    QList<RoundFields> originals;
    RoundFields first = roundAt(QStringLiteral("Europe/Berlin"),
                                zoned(QStringLiteral("Europe/Berlin"), 2026, 12, 1, 10), 90);
    first.location = QStringLiteral("Raum 4.12; Friedrichstraße 10, Berlin \\ Haus B — bitte am "
                                    "Empfang melden, Ausweis mitbringen");
    first.meetingUrl = QStringLiteral("https://meet.example.com/abc-defg?pwd=x1y2&lang=de");
    first.peopleIds = {jane, mueller, sam};
    RoundFields second = roundAt(QStringLiteral("America/New_York"),
                                 zoned(QStringLiteral("America/New_York"), 2026, 12, 3, 9), 45);
    second.kind = RoundKind::Video;
    second.meetingUrl = QStringLiteral("https://zoom.example/j/123456");
    second.peopleIds = {mueller};
    RoundFields third = roundAt(QStringLiteral("Asia/Tokyo"),
                                zoned(QStringLiteral("Asia/Tokyo"), 2026, 12, 10, 14, 30), 240);
    third.kind = RoundKind::OnSite;
    third.location = QStringLiteral("HQ, floor 3");
    QList<qint64> ids;
    for (const RoundFields &fields : {first, second, third}) {
        auto id = store.createRound(app, fields);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        ids << id.value();
    }

    const QString path = source.dir.filePath(QStringLiteral("rounds.ics"));
    auto exported = RoundCalendarExport::exportToFile(store, ids, path);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported.value(), 3);

    TestFile target;
    RoundStore targetStore(target.database);
    const qint64 targetApp = target.add(QStringLiteral("Elsewhere"), QStringLiteral("Analyst"));
    const IcsReadResult read = IcsReader::readFile(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    auto imported = RoundCalendarImport::importInto(targetStore, targetApp, read.events, true);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported.value().size(), 3);

    for (int i = 0; i < 3; ++i) {
        const RoundInfo original = store.round(ids.at(i)).value();
        const RoundInfo copy = targetStore.round(imported.value().at(i)).value();
        QCOMPARE(copy.startUtc, original.startUtc);
        QCOMPARE(copy.fields.durationMinutes, original.fields.durationMinutes);
        QCOMPARE(copy.fields.location, original.fields.location);
        QCOMPARE(copy.fields.meetingUrl, original.fields.meetingUrl);
        QCOMPARE(copy.uid, original.uid);
        QCOMPARE(copy.fields.status, original.fields.status);
        QCOMPARE(emailsOf(copy), emailsOf(original));
        QCOMPARE(copy.fields.kind,
                 original.fields.meetingUrl.isEmpty() ? RoundKind::Other : RoundKind::Video);
    }
    // The same interviewer in two rounds is one person, with the name as written.
    QCOMPARE(countRows(*target.database, QStringLiteral("people")), 2);
    const RoundInfo firstCopy = targetStore.round(imported.value().at(0)).value();
    QStringList names;
    for (const PersonInfo &p : firstCopy.people)
        names << p.fields.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Doe, Jane"),
                                 QStringLiteral("Dr. Müller; Head: Platform")}));
    QCOMPARE(firstCopy.people.at(1).fields.email, QStringLiteral("Mueller@Example.com"));
}

void TestRoundCalendar::escapingAndFoldingSurvive()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Müller & Söhne; Köln, \\ \"Süd\""),
                                QStringLiteral("Ingenieur:in für Zahlungsverkehr — Plattform, "
                                               "Team „Überweisungen“; Berlin"));
    const qint64 company = store.companyOfApplication(app).value();
    const qint64 someone =
        store
            .createPerson(company, person(QStringLiteral("Jörg Weiß, \"JW\"; Leitung"),
                                          QStringLiteral("joerg.weiss@example.com"),
                                          QStringLiteral("Teamleiter: Backend"),
                                          QStringLiteral("Line one\nline two; \\ three, four")))
            .value();
    RoundFields fields = roundAt(QStringLiteral("Europe/Berlin"),
                                 zoned(QStringLiteral("Europe/Berlin"), 2026, 12, 1, 10), 60);
    fields.location =
        QString(QStringLiteral("Straße 1, Hinterhaus; 3. OG \\ Tür „B“ ")).repeated(5).trimmed();
    fields.peopleIds = {someone};
    const qint64 id = store.createRound(app, fields).value();
    const RoundInfo round = store.round(id).value();

    const QString path = file.dir.filePath(QStringLiteral("escaped.ics"));
    QVERIFY(RoundCalendarExport::exportToFile(store, {id}, path).ok());
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.endsWith("\r\n"));
    for (const QByteArray &line : bytes.split('\n')) {
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY2(content.size() <= 75, content.constData());
    }
    QVERIFY(bytes.contains("\r\n "));

    const IcsReadResult read = IcsReader::readFile(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    const IcsEvent &e = read.events.first();
    QCOMPARE(e.summary, RoundCalendarExport::summary(round));
    QCOMPARE(e.description, RoundCalendarExport::description(round));
    QCOMPARE(e.location, fields.location);
    QCOMPARE(e.attendees.first().name, QStringLiteral("Jörg Weiß, \"JW\"; Leitung"));
    QVERIFY(
        e.description.contains(QStringLiteral("cares about: Line one line two; \\ three, four")));
}

void TestRoundCalendar::wellFormedFixturesImport_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("events");
    QTest::newRow("Outlook, Windows zone") << QStringLiteral("outlook-invitation.ics") << 1;
    QTest::newRow("Outlook, custom zones") << QStringLiteral("outlook-custom-tzid.ics") << 3;
    QTest::newRow("Google, UTC") << QStringLiteral("google-invitation.ics") << 1;
    QTest::newRow("Apple, VTIMEZONE and floating") << QStringLiteral("apple-calendar.ics") << 4;
    QTest::newRow("several kinds of blocks") << QStringLiteral("multi-event.ics") << 4;
    QTest::newRow("durations") << QStringLiteral("durations.ics") << 6;
}

void TestRoundCalendar::wellFormedFixturesImport()
{
    QFETCH(QString, name);
    QFETCH(int, events);
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Contoso"), QStringLiteral("Engineer"));
    const IcsReadResult read = readFixture(name);
    QVERIFY2(read.ok, qPrintable(read.error));
    auto plan = RoundCalendarImport::plan(read);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().rounds.size(), events);
    for (const PlannedRound &round : plan.value().rounds)
        QVERIFY2(RoundValidator::validate(round.fields).isEmpty(),
                 qPrintable(RoundCalendarImport::displayTitle(round.event)));

    auto imported = RoundCalendarImport::importInto(store, app, read.events, true);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported.value().size(), events);
    const QList<RoundInfo> rounds = store.roundsForApplication(app).value();
    QCOMPARE(rounds.size(), events);
    for (int i = 0; i < events; ++i) {
        const RoundInfo round = store.round(imported.value().at(i)).value();
        QCOMPARE(round.startUtc, plan.value().rounds.at(i).fields.start.toUTC());
        QCOMPARE(round.uid, read.events.at(i).uid);
    }
    QCOMPARE(file.database->check().ok(), true);
}

void TestRoundCalendar::outlookInvitationDetails()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Contoso GmbH"), QStringLiteral("Senior Backend"));
    const IcsReadResult read = readFixture(QStringLiteral("outlook-invitation.ics"));
    const qint64 id =
        RoundCalendarImport::importInto(store, app, read.events, true).value().first();
    const RoundInfo round = store.round(id).value();
    QCOMPARE(round.fields.timeZoneId, QStringLiteral("Europe/Berlin"));
    QCOMPARE(round.startUtc, utc(2026, 3, 10, 9, 0));
    QCOMPARE(round.startInOwnZone().time(), QTime(10, 0));
    QCOMPARE(round.fields.durationMinutes, 90);
    QCOMPARE(round.fields.location,
             QStringLiteral("Contoso GmbH, Raum 4.12; Friedrichstraße 10, Berlin"));
    QVERIFY(round.fields.meetingUrl.isEmpty());
    QCOMPARE(round.fields.kind, RoundKind::Other);
    QCOMPARE(round.fields.status, RoundStatus::Scheduled);
    QCOMPARE(round.fields.reason, RoundReason::Unknown);
    QCOMPARE(round.people.size(), 3);
    QCOMPARE(round.people[0].fields.name, QStringLiteral("Maria Schmidt"));
    QCOMPARE(round.people[0].fields.email, QStringLiteral("maria.schmidt@contoso.example"));
    QCOMPARE(round.people[2].fields.name, QStringLiteral("Jörg Weiß"));
    QCOMPARE(round.people[2].companyId, store.companyOfApplication(app).value());
}

void TestRoundCalendar::googleInvitationDetails()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Example"), QStringLiteral("Backend"));
    const IcsReadResult read = readFixture(QStringLiteral("google-invitation.ics"));
    const qint64 id =
        RoundCalendarImport::importInto(store, app, read.events, true).value().first();
    const RoundInfo round = store.round(id).value();
    // UTC keeps its instant and is shown in the user's zone.
    QCOMPARE(round.startUtc, utc(2026, 3, 12, 14, 0));
    QCOMPARE(round.fields.timeZoneId, chicago);
    QCOMPARE(round.fields.durationMinutes, 60);
    QCOMPARE(round.fields.meetingUrl, QStringLiteral("https://meet.google.com/abc-defg-hij"));
    QCOMPARE(round.fields.kind, RoundKind::Video);
    QVERIFY(round.fields.location.isEmpty());
    QStringList names;
    for (const PersonInfo &p : round.people)
        names << p.fields.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Talent Team"), QStringLiteral("Doe, Jane"),
                                 QStringLiteral("Dr. Müller; Head of Engineering: Platform"),
                                 QStringLiteral("alex")}));
    QCOMPARE(round.people[2].fields.email, QStringLiteral("Mueller@Example.com"));
    QCOMPARE(round.people[3].fields.email, QStringLiteral("alex@example.org"));
}

void TestRoundCalendar::appleFloatingAndWholeDay()
{
    const auto plan = RoundCalendarImport::plan(readFixture(QStringLiteral("apple-calendar.ics")));
    QVERIFY(plan.ok());
    const QList<PlannedRound> &rounds = plan.value().rounds;
    QCOMPARE(rounds.size(), 4);

    QCOMPARE(rounds[0].fields.timeZoneId, QStringLiteral("Europe/Berlin"));
    QCOMPARE(rounds[0].fields.start.toUTC(), utc(2026, 4, 15, 7, 30));
    QCOMPARE(rounds[0].fields.location,
             QStringLiteral("Apple Park Visitor Center, 10600 N Tantau Ave, Cupertino"));
    QCOMPARE(rounds[0].fields.meetingUrl,
             QStringLiteral("https://jobs.example.com/apply/4711?ref=calendar&lang=de"));
    QCOMPARE(rounds[1].fields.timeZoneId, QStringLiteral("America/New_York"));

    // Floating: 12:00 on the user's clock (Chicago, summer time).
    const PlannedRound &lunch = rounds[2];
    QCOMPARE(lunch.fields.timeZoneId, chicago);
    QCOMPARE(lunch.fields.start.toUTC(), utc(2026, 4, 16, 17, 0));
    QCOMPARE(lunch.fields.durationMinutes, 60);
    QVERIFY(lunch.notes.isEmpty());

    // Whole days: 09:00 on the first day in the user's zone, a working day long, noted.
    const PlannedRound &visit = rounds[3];
    QVERIFY(visit.allDay);
    QCOMPARE(visit.fields.timeZoneId, chicago);
    QCOMPARE(visit.fields.start.toUTC(), utc(2026, 4, 20, 14, 0));
    QCOMPARE(visit.fields.durationMinutes, RoundCalendarImport::AllDayMinutes);
    QCOMPARE(visit.notes.size(), 1);
    QVERIFY2(visit.notes.first().contains(QStringLiteral("2 days")),
             qPrintable(visit.notes.first()));
    QVERIFY(!visit.durationClamped);

    // The note gives the time the way the user's locale writes it.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto american =
        RoundCalendarImport::plan(readFixture(QStringLiteral("apple-calendar.ics")));
    QLocale::setDefault(before);
    QVERIFY(american.ok());
    const QString note = american.value().rounds[3].notes.value(0);
    QVERIFY2(note.contains(QStringLiteral("9:00")) && note.contains(QStringLiteral("AM")) &&
                 !note.contains(QStringLiteral("09:00")),
             qPrintable(note));
}

void TestRoundCalendar::durationsAreClampedAndReported()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Example"), QStringLiteral("Engineer"));
    const IcsReadResult read = readFixture(QStringLiteral("durations.ics"));
    const auto plan = RoundCalendarImport::plan(read);
    QVERIFY(plan.ok());
    const QList<PlannedRound> &rounds = plan.value().rounds;
    QCOMPARE(rounds[0].fields.durationMinutes, 90);
    QCOMPARE(rounds[1].fields.durationMinutes, 45);
    // 23 hours across the switch to summer time, clamped.
    QCOMPARE(rounds[4].eventMinutes, 23 * 60);
    QCOMPARE(rounds[4].fields.durationMinutes, RoundValidator::MaxDuration);
    QVERIFY(rounds[4].durationClamped);
    // No end: a moment, clamped up to the shortest round.
    QCOMPARE(rounds[5].eventMinutes, 0);
    QCOMPARE(rounds[5].fields.durationMinutes, RoundValidator::MinDuration);
    QVERIFY(rounds[5].durationClamped);
    QCOMPARE(plan.value().clampedCount(), 2);
    QVERIFY(plan.value().notes().join(QLatin1Char('\n')).contains(QStringLiteral("600 minutes")));

    auto outcome =
        RoundCalendarImport::importEvents(store, ImportTarget{app, {}, {}, 0}, read.events, true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(outcome.value().notes, plan.value().notes());
    QCOMPARE(store.round(outcome.value().roundIds.at(4)).value().fields.durationMinutes, 600);
}

void TestRoundCalendar::cancelledAndRecurring()
{
    const auto plan = RoundCalendarImport::plan(readFixture(QStringLiteral("multi-event.ics")));
    QVERIFY(plan.ok());
    const QList<PlannedRound> &rounds = plan.value().rounds;
    QCOMPARE(rounds[0].fields.status, RoundStatus::Scheduled);
    QCOMPARE(rounds[1].fields.timeZoneId, QStringLiteral("Europe/London"));
    QVERIFY(rounds[1].notes.join(QString()).contains(QStringLiteral("first occurrence")));
    QCOMPARE(rounds[2].fields.status, RoundStatus::Cancelled);
    QCOMPARE(rounds[3].fields.timeZoneId, QStringLiteral("America/Los_Angeles"));
}

void TestRoundCalendar::malformedFixturesRefused_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = QDir(QStringLiteral(ICS_FIXTURES))
                                  .entryList({QStringLiteral("malformed-*.ics")}, QDir::Files);
    QVERIFY(names.size() >= 8);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
    QTest::newRow("not-icalendar.ics") << QStringLiteral("not-icalendar.ics");
}

void TestRoundCalendar::malformedFixturesRefused()
{
    QFETCH(QString, name);
    TestFile file;
    RoundStore store(file.database);
    file.add(QStringLiteral("Contoso"), QStringLiteral("Engineer"));
    const QStringList before = file.dump();

    const IcsReadResult read = readFixture(name);
    QVERIFY(!read.ok);
    QVERIFY(read.errorLine > 0);
    auto plan = RoundCalendarImport::plan(read);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(QStringLiteral("Line %1").arg(read.errorLine)),
             qPrintable(plan.error()));
    QVERIFY(plan.error().contains(read.error) || read.error.isEmpty());
    // The reader hands out no events from a refused file, so nothing could be imported.
    QVERIFY(read.events.isEmpty());
    QCOMPARE(file.dump(), before);
}

void TestRoundCalendar::secondOfThreeInvalidLeavesNothing()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Contoso"), QStringLiteral("Engineer"));
    const QStringList before = file.dump();
    IcsEvent firstEvent =
        makeEvent(QStringLiteral("one@test"), QStringLiteral("First"), utc(2026, 12, 1, 9, 0), 60);
    firstEvent.attendees << IcsPerson{
        QStringLiteral("Ann"), QStringLiteral("ann@contoso.example"), {}};
    IcsEvent broken =
        makeEvent(QStringLiteral("two@test"), QStringLiteral("Second"), QDateTime(), 60);
    const IcsEvent third = makeEvent(QStringLiteral("three@test"), QStringLiteral("Third"),
                                     utc(2026, 12, 3, 9, 0), 60);
    auto imported = RoundCalendarImport::importInto(store, app, {firstEvent, broken, third}, true);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(QStringLiteral("Second")), qPrintable(imported.error()));
    QCOMPARE(file.dump(), before);
}

void TestRoundCalendar::databaseRefusalMidImportLeavesNothing()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Contoso"), QStringLiteral("Engineer"));
    // Only the database can refuse this one, after the first round and its people are in.
    QSqlQuery trigger(file.database->sql());
    QVERIFY2(trigger.exec(QStringLiteral(
                 "CREATE TRIGGER refuse_second BEFORE INSERT ON rounds WHEN NEW.uid = "
                 "'two@test' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
             qPrintable(trigger.lastError().text()));
    const QStringList before = file.dump();

    QList<IcsEvent> events;
    for (int i = 0; i < 3; ++i) {
        IcsEvent e =
            makeEvent(QStringList{QStringLiteral("one@test"), QStringLiteral("two@test"),
                                  QStringLiteral("three@test")}
                          .at(i),
                      QStringLiteral("Event %1").arg(i + 1), utc(2026, 12, 1 + i, 9, 0), 60);
        e.organizer = IcsPerson{
            QStringLiteral("Org %1").arg(i), QStringLiteral("org%1@contoso.example").arg(i), {}};
        events << e;
    }
    auto outcome =
        RoundCalendarImport::importEvents(store, ImportTarget{app, {}, {}, 0}, events, true);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(QStringLiteral("Event 2")), qPrintable(outcome.error()));
    QVERIFY2(outcome.error().contains(QStringLiteral("refused by the test")),
             qPrintable(outcome.error()));
    QCOMPARE(file.dump(), before);
    QCOMPARE(countRows(*file.database, QStringLiteral("rounds")), 0);
    QCOMPARE(countRows(*file.database, QStringLiteral("people")), 0);

    // The same with a new application: it goes too.
    auto withNew = RoundCalendarImport::importEvents(
        store, ImportTarget{0, QStringLiteral("Fresh Co"), QStringLiteral("Tester"), 0}, events,
        true);
    QVERIFY(!withNew.ok());
    QCOMPARE(file.dump(), before);

    // And the connection is usable afterwards: no transaction was left open.
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_second")));
    auto retried = RoundCalendarImport::importInto(store, app, events, true);
    QVERIFY2(retried.ok(), qPrintable(retried.error()));
    QCOMPARE(retried.value().size(), 3);
}

void TestRoundCalendar::unknownApplicationLeavesNothing()
{
    TestFile file;
    RoundStore store(file.database);
    file.add(QStringLiteral("Contoso"), QStringLiteral("Engineer"));
    const QStringList before = file.dump();
    const IcsReadResult read = readFixture(QStringLiteral("google-invitation.ics"));
    auto imported = RoundCalendarImport::importInto(store, 999, read.events, true);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(QStringLiteral("999")), qPrintable(imported.error()));
    QCOMPARE(file.dump(), before);

    auto nothingChosen = RoundCalendarImport::importInto(store, 1, {}, true);
    QVERIFY(!nothingChosen.ok());
    auto badNew = RoundCalendarImport::importEvents(
        store, ImportTarget{0, QStringLiteral("Fresh Co"), QStringLiteral("  "), 0}, read.events,
        true);
    QVERIFY(!badNew.ok());
    QCOMPARE(file.dump(), before);
}

void TestRoundCalendar::uidAlreadyUsedGetsANewOne()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Contoso"), QStringLiteral("Engineer"));
    const IcsReadResult read = readFixture(QStringLiteral("google-invitation.ics"));
    const qint64 first =
        RoundCalendarImport::importInto(store, app, read.events, true).value().first();
    const qint64 second =
        RoundCalendarImport::importInto(store, app, read.events, true).value().first();
    QCOMPARE(store.round(first).value().uid, read.events.first().uid);
    const QString fresh = store.round(second).value().uid;
    QVERIFY(fresh != read.events.first().uid);
    QVERIFY(fresh.endsWith(QStringLiteral("@secondround")));
    // The people are found again, not added twice.
    QCOMPARE(countRows(*file.database, QStringLiteral("people")), 4);

    // Twice the same UID in one file, and none at all.
    IcsEvent a =
        makeEvent(QStringLiteral("same@test"), QStringLiteral("A"), utc(2026, 12, 1, 9, 0), 30);
    IcsEvent b =
        makeEvent(QStringLiteral("same@test"), QStringLiteral("B"), utc(2026, 12, 2, 9, 0), 30);
    IcsEvent c = makeEvent(QString(), QStringLiteral("C"), utc(2026, 12, 3, 9, 0), 30);
    auto ids = RoundCalendarImport::importInto(store, app, {a, b, c}, true);
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    QCOMPARE(store.round(ids.value()[0]).value().uid, QStringLiteral("same@test"));
    QVERIFY(store.round(ids.value()[1]).value().uid != QStringLiteral("same@test"));
    QVERIFY(!store.round(ids.value()[2]).value().uid.isEmpty());
}

void TestRoundCalendar::peopleMatchedByEmailIgnoringCase()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Example"), QStringLiteral("Backend"));
    const qint64 company = store.companyOfApplication(app).value();
    const qint64 known = store
                             .createPerson(company, person(QStringLiteral("J. Doe"),
                                                           QStringLiteral("JANE.DOE@example.com"),
                                                           QStringLiteral("Manager")))
                             .value();
    // Someone at another company with the same address is not this company's person.
    const qint64 other = file.add(QStringLiteral("Elsewhere"), QStringLiteral("Role"));
    store
        .createPerson(store.companyOfApplication(other).value(),
                      person(QStringLiteral("Talent"), QStringLiteral("talent@example.com")))
        .value();

    const IcsReadResult read = readFixture(QStringLiteral("google-invitation.ics"));
    auto outcome =
        RoundCalendarImport::importEvents(store, ImportTarget{app, {}, {}, 0}, read.events, true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(outcome.value().createdPeopleIds.size(), 3);
    const RoundInfo round = store.round(outcome.value().roundIds.first()).value();
    QCOMPARE(round.people.size(), 4);
    QCOMPARE(round.people[1].id, known);
    // Matching does not overwrite what the user entered.
    QCOMPARE(round.people[1].fields.name, QStringLiteral("J. Doe"));
    QCOMPARE(round.people[1].fields.title, QStringLiteral("Manager"));
    for (const PersonInfo &p : round.people)
        QCOMPARE(p.companyId, company);
}

void TestRoundCalendar::withoutPeople()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Example"), QStringLiteral("Backend"));
    const IcsReadResult read = readFixture(QStringLiteral("google-invitation.ics"));
    auto outcome =
        RoundCalendarImport::importEvents(store, ImportTarget{app, {}, {}, 0}, read.events, false);
    QVERIFY(outcome.ok());
    QVERIFY(outcome.value().createdPeopleIds.isEmpty());
    QVERIFY(store.round(outcome.value().roundIds.first()).value().people.isEmpty());
    QCOMPARE(countRows(*file.database, QStringLiteral("people")), 0);
}

void TestRoundCalendar::newApplicationUndoAndRedo()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 existing = file.add(QStringLiteral("Acme"), QStringLiteral("Analyst"), 3);
    const QStringList before = file.dump();
    const IcsReadResult read = readFixture(QStringLiteral("outlook-invitation.ics"));

    auto outcome = RoundCalendarImport::importEvents(
        store, ImportTarget{0, QStringLiteral("Contoso GmbH"), QStringLiteral("Senior Backend"), 0},
        read.events, true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    const ImportOutcome &done = outcome.value();
    QVERIFY(done.createdApplication);
    QVERIFY(done.createdCompany);
    QCOMPARE(done.createdPeopleIds.size(), 3);
    // The new card goes on top of the "Interviewing" column, above the one already there.
    const CardInfo card = file.store->card(done.applicationId).value();
    QCOMPARE(card.company, QStringLiteral("Contoso GmbH"));
    QCOMPARE(card.role, QStringLiteral("Senior Backend"));
    QCOMPARE(card.stageId, file.stageId(3));
    QCOMPARE(file.column(3), (QList<qint64>{done.applicationId, existing}));
    QCOMPARE(file.historyCount(done.applicationId), 1);
    QCOMPARE(card.nextRoundNumber, 0); // the round is in the past of the test clock
    const QStringList after = file.dump();

    auto removed = RoundCalendarImport::remove(store, done);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(file.dump(), before);
    QVERIFY(RoundCalendarImport::restore(store, removed.value()).ok());
    QCOMPARE(file.dump(), after);
    QVERIFY(RoundCalendarImport::remove(store, done).ok());
    QCOMPARE(file.dump(), before);
}

void TestRoundCalendar::undoAndRedoKeepWhatWasWrittenSince()
{
    // Notes are saved as they are typed, outside the undo history: what the user wrote about
    // the imported round and the new company must survive undo and redo of the import.
    TestFile file;
    RoundStore store(file.database);
    NotesStore notes(file.database);
    file.add(QStringLiteral("Acme"), QStringLiteral("Analyst"), 3);
    const QStringList before = file.dump();
    const IcsReadResult read = readFixture(QStringLiteral("outlook-invitation.ics"));
    auto outcome = RoundCalendarImport::importEvents(
        store, ImportTarget{0, QStringLiteral("Contoso GmbH"), QStringLiteral("Backend"), 0},
        read.events, true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    const ImportOutcome &done = outcome.value();
    QVERIFY(done.createdCompany);
    QCOMPARE(done.createdPeopleIds.size(), 3);
    CompanyResearch research;
    research.mission = QStringLiteral("Cloud software for hospitals");
    QVERIFY(notes.saveResearch(done.companyId, research).ok());
    RoundNotes plan;
    plan.sellingPoints = QStringLiteral("Ran the billing migration");
    QVERIFY(notes.saveNotes(done.roundIds.first(), plan).ok());
    const QStringList after = file.dump();

    for (int pass = 0; pass < 2; ++pass) {
        auto removed = RoundCalendarImport::remove(store, done);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(file.dump(), before);
        QVERIFY(RoundCalendarImport::restore(store, removed.value()).ok());
        QCOMPARE(file.dump(), after);
    }
    QCOMPARE(notes.research(done.companyId).value(), research);
}

void TestRoundCalendar::existingApplicationUndoRedoUndo()
{
    TestFile file;
    RoundStore store(file.database);
    const qint64 app = file.add(QStringLiteral("Example"), QStringLiteral("Backend"), 3);
    const qint64 companyId = store.companyOfApplication(app).value();
    // One of the invitation's people is known already; the others are new.
    PersonFields known;
    known.name = QStringLiteral("Talent Team");
    known.email = QStringLiteral("TALENT@example.com");
    const qint64 knownId = store.createPerson(companyId, known).value();
    RoundFields earlier;
    earlier.start = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    earlier.timeZoneId = QStringLiteral("UTC");
    earlier.peopleIds = {knownId};
    QVERIFY(store.createRound(app, earlier).ok());
    const QStringList before = file.dump();

    const IcsReadResult read = readFixture(QStringLiteral("google-invitation.ics"));
    auto outcome =
        RoundCalendarImport::importEvents(store, ImportTarget{app, {}, {}, 0}, read.events, true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    const ImportOutcome &done = outcome.value();
    QVERIFY(!done.createdApplication);
    QVERIFY(!done.createdPeopleIds.isEmpty());
    QVERIFY(!done.createdPeopleIds.contains(knownId));
    NotesStore notes(file.database);
    RoundNotes plan;
    plan.questionsToAsk = QStringLiteral("Who owns the on-call rota?");
    QVERIFY(notes.saveNotes(done.roundIds.first(), plan).ok());
    const QStringList after = file.dump();

    auto removed = RoundCalendarImport::remove(store, done);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(file.dump(), before);
    QVERIFY(RoundCalendarImport::restore(store, removed.value()).ok());
    QCOMPARE(file.dump(), after);
    QVERIFY(RoundCalendarImport::remove(store, done).ok());
    QCOMPARE(file.dump(), before);
}

void TestRoundCalendar::newApplicationForExistingCompany()
{
    TestFile file;
    RoundStore store(file.database);
    file.add(QStringLiteral("Contoso GmbH"), QStringLiteral("Analyst"));
    const QStringList before = file.dump();
    const IcsReadResult read = readFixture(QStringLiteral("outlook-invitation.ics"));
    auto outcome = RoundCalendarImport::importEvents(
        store, ImportTarget{0, QStringLiteral("contoso gmbh"), QStringLiteral("Backend"), 0},
        read.events, false);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QVERIFY(outcome.value().createdApplication);
    QVERIFY(!outcome.value().createdCompany);
    QCOMPARE(countRows(*file.database, QStringLiteral("companies")), 1);
    QVERIFY(RoundCalendarImport::remove(store, outcome.value()).ok());
    QCOMPARE(file.dump(), before);
}

void TestRoundCalendar::zoneChoice()
{
    IcsEvent fixed =
        makeEvent(QStringLiteral("fixed@test"), QStringLiteral("Fixed offset"),
                  QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone(5 * 3600 + 1800)), 60);
    fixed.timeZoneId = QStringLiteral("UTC+05:30");
    const PlannedRound planned = RoundCalendarImport::planEvent(fixed);
    QCOMPARE(planned.fields.timeZoneId, chicago);
    QCOMPARE(planned.fields.start.toUTC(), utc(2026, 12, 1, 4, 30));
    QCOMPARE(planned.notes.size(), 1);

    IcsEvent tokyo =
        makeEvent(QStringLiteral("tokyo@test"), QStringLiteral("Tokyo"),
                  QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone("Asia/Tokyo")), 60);
    tokyo.timeZoneId = QStringLiteral("Asia/Tokyo");
    const PlannedRound inTokyo = RoundCalendarImport::planEvent(tokyo);
    QCOMPARE(inTokyo.fields.timeZoneId, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(inTokyo.fields.start.time(), QTime(10, 0));
    QVERIFY(inTokyo.notes.isEmpty());
    QVERIFY(RoundValidator::validate(inTokyo.fields).isEmpty());
}

void TestRoundCalendar::meetingLinks()
{
    QCOMPARE(RoundCalendarImport::findWebLink(QStringLiteral(
                 "Join: <https://teams.microsoft.com/l/meetup-join/19%3ameeting_x>")),
             QStringLiteral("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x"));
    QCOMPARE(RoundCalendarImport::findWebLink(QStringLiteral("See https://zoom.us/j/123.")),
             QStringLiteral("https://zoom.us/j/123"));
    QCOMPARE(RoundCalendarImport::findWebLink(QStringLiteral("(HTTPS://Meet.Example/abc), or")),
             QStringLiteral("HTTPS://Meet.Example/abc"));
    QVERIFY(RoundCalendarImport::findWebLink(QStringLiteral("ftp://files.example/x")).isEmpty());
    QVERIFY(RoundCalendarImport::findWebLink(QStringLiteral("Room 4.12, Berlin")).isEmpty());

    // A URL that is no web address gives way to a link in the location, then the description.
    IcsEvent e =
        makeEvent(QStringLiteral("link@test"), QStringLiteral("Call"), utc(2026, 12, 1, 9, 0), 30);
    e.url = QUrl(QStringLiteral("mailto:someone@example.com"));
    e.location = QStringLiteral("Online: https://meet.example.com/from-location");
    e.description = QStringLiteral("Or https://meet.example.com/from-description");
    QCOMPARE(RoundCalendarImport::planEvent(e).fields.meetingUrl,
             QStringLiteral("https://meet.example.com/from-location"));
    e.location = QStringLiteral("Online");
    const PlannedRound fromDescription = RoundCalendarImport::planEvent(e);
    QCOMPARE(fromDescription.fields.meetingUrl,
             QStringLiteral("https://meet.example.com/from-description"));
    QCOMPARE(fromDescription.fields.kind, RoundKind::Video);
    e.description.clear();
    const PlannedRound none = RoundCalendarImport::planEvent(e);
    QVERIFY(none.fields.meetingUrl.isEmpty());
    QCOMPARE(none.fields.kind, RoundKind::Other);
}

QTEST_GUILESS_MAIN(TestRoundCalendar)
#include "tst_roundcalendar.moc"
