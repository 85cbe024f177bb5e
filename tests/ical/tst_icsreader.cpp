#include "core/ical/IcsReader.h"
#include "core/ical/WindowsTimeZones.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <initializer_list>

namespace QTest {
template<> char *toString(const IcsPerson &person)
{
    const QString text = QStringLiteral("IcsPerson(name \"%1\", email \"%2\", role \"%3\")")
                             .arg(person.name, person.email, person.role);
    return qstrdup(text.toUtf8().constData());
}
} // namespace QTest

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(ICS_FIXTURES) + QLatin1Char('/') + name;
}

QByteArray fixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray joinLines(std::initializer_list<const char *> lines)
{
    QByteArray out;
    for (const char *line : lines) {
        out += line;
        out += "\r\n";
    }
    return out;
}

// Lines 1-4 are the calendar header and BEGIN:VEVENT, so the first given line is line 5.
QByteArray calendarWithEvent(std::initializer_list<const char *> eventLines)
{
    QByteArray out = joinLines(
        {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SecondRound//Tests//EN", "BEGIN:VEVENT"});
    out += joinLines(eventLines);
    out += joinLines({"END:VEVENT", "END:VCALENDAR"});
    return out;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

IcsEvent readSingle(const QByteArray &data)
{
    const IcsReadResult result = IcsReader::read(data);
    if (!result.ok)
        qWarning("Unexpected error: %s", qPrintable(result.error));
    return result.ok && result.events.size() == 1 ? result.events.first() : IcsEvent();
}

} // namespace

class TestIcsReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void outlookInvitation();
    void outlookCustomTimeZones();
    void googleInvitation();
    void appleCalendar();
    void multipleEvents();
    void durationsFixture();

    void durationValues_data();
    void durationValues();
    void lineEndingsAndFolding_data();
    void lineEndingsAndFolding();
    void parameters_data();
    void parameters();
    void escapedText_data();
    void escapedText();

    void windowsZoneNames_data();
    void windowsZoneNames();
    void windowsZoneTable();
    void otherTzidForms_data();
    void otherTzidForms();
    void daylightSavingTransitions_data();
    void daylightSavingTransitions();
    void customTimeZoneMatchedByRules();
    void customTimeZoneNamedLikeAWord();
    void customTimeZoneWithoutMatchUsesFixedOffset();

    void floatingAndAllDay();
    void endDefaults();
    void people_data();
    void people();
    void alarms();
    void recurrence();
    void cancellation();
    void unknownContentIgnored();

    void refusesMalformed_data();
    void refusesMalformed();
    void refusesMalformedFixtures_data();
    void refusesMalformedFixtures();
    void refusesBinaryGarbage();
    void refusesOversizedData();
    void refusesDeepNesting();
    void readFile();
};

void TestIcsReader::initTestCase()
{
    QVERIFY2(QDir(QStringLiteral(ICS_FIXTURES)).exists(), ICS_FIXTURES);
    QVERIFY2(QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid(),
             "These tests need the IANA time zone database (tzdata).");
}

void TestIcsReader::outlookInvitation()
{
    const IcsReadResult result = IcsReader::read(fixture(QStringLiteral("outlook-invitation.ics")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.errorLine, 0);
    QCOMPARE(result.events.size(), 1);
    const IcsEvent &event = result.events.first();

    QCOMPARE(event.uid,
             QStringLiteral("040000008200E00074C5B7101A82E0080000000010D1A4C8E2ADDA0100000000000000"
                            "0010000000A3C5B3F0D5E8B44A9C1E2F3A4B5C6D7E"));
    QCOMPARE(event.summary,
             QStringLiteral("Zweites Gespräch – Senior Backend Engineer (Zahlungsverkehr)"));
    QCOMPARE(event.location, QStringLiteral("Contoso GmbH, Raum 4.12; Friedrichstraße 10, Berlin"));
    QCOMPARE(event.description,
             QStringLiteral("Hallo Alex,\n\nwir freuen uns auf das zweite Gespräch mit Ihnen.\n"
                            "Bitte bringen Sie Ihre Arbeitsproben mit.\n\nViele Grüße\nMaria "
                            "Schmidt\n"));

    // "W. Europe Standard Time" is Windows for Europe/Berlin; March 10 is still winter time.
    QCOMPARE(event.timeZoneId, QStringLiteral("Europe/Berlin"));
    QCOMPARE(event.start.timeSpec(), Qt::TimeZone);
    QCOMPARE(event.start.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
    QCOMPARE(event.start.time(), QTime(10, 0));
    QCOMPARE(event.start.toUTC(), utc(2026, 3, 10, 9, 0));
    QCOMPARE(event.end.toUTC(), utc(2026, 3, 10, 10, 30));
    QVERIFY(!event.floating);
    QVERIFY(!event.allDay);
    QCOMPARE(event.stamp, utc(2026, 3, 2, 8, 15));
    QCOMPARE(event.stamp.timeSpec(), Qt::UTC);

    QCOMPARE(event.organizer, (IcsPerson{QStringLiteral("Maria Schmidt"),
                                         QStringLiteral("maria.schmidt@contoso.example"),
                                         {}}));
    QCOMPARE(event.attendees.size(), 2);
    QCOMPARE(event.attendees[0], (IcsPerson{QStringLiteral("Alex Kandidat"),
                                            QStringLiteral("alex.kandidat@example.org"),
                                            QStringLiteral("REQ-PARTICIPANT")}));
    // This line was folded in the middle of the two bytes of "ß".
    QCOMPARE(event.attendees[1],
             (IcsPerson{QStringLiteral("Jörg Weiß"), QStringLiteral("joerg.weiss@contoso.example"),
                        QStringLiteral("OPT-PARTICIPANT")}));
    QCOMPARE(event.alarmMinutesBefore, QList<int>{15});
    QVERIFY(!event.cancelled);
    QVERIFY(!event.isRecurring());
    QVERIFY(event.url.isEmpty());
}

void TestIcsReader::outlookCustomTimeZones()
{
    const IcsReadResult result =
        IcsReader::read(fixture(QStringLiteral("outlook-custom-tzid.ics")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 3);

    // The custom name is matched by its rules to a zone named after its first city.
    const QStringList centralEurope{QStringLiteral("Europe/Amsterdam"),
                                    QStringLiteral("Europe/Berlin")};
    const IcsEvent &summer = result.events[0];
    QVERIFY2(centralEurope.contains(summer.timeZoneId), qPrintable(summer.timeZoneId));
    QCOMPARE(summer.start.time(), QTime(14, 0));
    QCOMPARE(summer.start.offsetFromUtc(), 2 * 3600);
    QCOMPARE(summer.start.toUTC(), utc(2026, 6, 15, 12, 0));
    QCOMPARE(summer.end.toUTC(), utc(2026, 6, 15, 13, 30));
    QCOMPARE(summer.summary, QStringLiteral("Final round with the CTO"));
    QCOMPARE(summer.alarmMinutesBefore, QList<int>{30});
    QVERIFY(summer.description.startsWith(QStringLiteral("Hi Alex,\n\nthank you")));
    QVERIFY(summer.description.endsWith(
        QStringLiteral("Join on your computer, mobile app or room device\n")));

    const IcsEvent &winter = result.events[1];
    QVERIFY2(centralEurope.contains(winter.timeZoneId), qPrintable(winter.timeZoneId));
    QCOMPARE(winter.start.offsetFromUtc(), 3600);
    QCOMPARE(winter.start.toUTC(), utc(2027, 1, 12, 8, 0));

    // "Customized Time Zone" names no city; its US rules pick the best-known US zone.
    const IcsEvent &newYork = result.events[2];
    QCOMPARE(newYork.timeZoneId, QStringLiteral("America/New_York"));
    QCOMPARE(newYork.start.offsetFromUtc(), -4 * 3600);
    QCOMPARE(newYork.start.toUTC(), utc(2026, 4, 2, 15, 0));
}

void TestIcsReader::googleInvitation()
{
    const IcsReadResult result = IcsReader::read(fixture(QStringLiteral("google-invitation.ics")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 1);
    const IcsEvent &event = result.events.first();

    QCOMPARE(event.uid, QStringLiteral("7kq3b2m9v8c1r4t6y0u2i5o7p9@google.com"));
    QCOMPARE(event.summary, QStringLiteral("Technical interview – Backend team"));
    QCOMPARE(event.start, utc(2026, 3, 12, 14, 0));
    QCOMPARE(event.start.timeSpec(), Qt::UTC);
    QCOMPARE(event.end, utc(2026, 3, 12, 15, 0));
    QVERIFY(event.timeZoneId.isEmpty());
    QVERIFY(!event.floating);
    QVERIFY(event.location.isEmpty());
    QVERIFY(event.description.contains(
        QStringLiteral("Please bring: laptop, ID; notes \\ questions.\n")));
    QVERIFY(event.description.contains(QStringLiteral("https://meet.google.com/abc-defg-hij")));

    QCOMPARE(event.organizer.name, QStringLiteral("Talent Team"));
    QCOMPARE(event.organizer.email, QStringLiteral("talent@example.com"));
    QCOMPARE(event.attendees.size(), 3);
    QCOMPARE(event.attendees[0],
             (IcsPerson{QStringLiteral("Doe, Jane"), QStringLiteral("jane.doe@example.com"),
                        QStringLiteral("REQ-PARTICIPANT")}));
    QCOMPARE(event.attendees[1],
             (IcsPerson{QStringLiteral("Dr. Müller; Head of Engineering: Platform"),
                        QStringLiteral("Mueller@Example.com"), QStringLiteral("REQ-PARTICIPANT")}));
    QCOMPARE(event.attendees[2].email, QStringLiteral("alex@example.org"));
    QCOMPARE(event.attendees[2].role, QStringLiteral("OPT-PARTICIPANT"));

    // The e-mail alarm's ATTENDEE belongs to the alarm, not to the event.
    QCOMPARE(event.alarmMinutesBefore, (QList<int>{30, 24 * 60}));
}

void TestIcsReader::appleCalendar()
{
    const IcsReadResult result = IcsReader::read(fixture(QStringLiteral("apple-calendar.ics")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 4);

    const IcsEvent &review = result.events[0];
    QCOMPARE(review.summary, QStringLiteral("Portfolio review"));
    QCOMPARE(review.timeZoneId, QStringLiteral("Europe/Berlin"));
    QCOMPARE(review.start.toUTC(), utc(2026, 4, 15, 7, 30));
    QCOMPARE(review.end.toUTC(), utc(2026, 4, 15, 8, 30));
    QCOMPARE(review.location,
             QStringLiteral("Apple Park Visitor Center\n10600 N Tantau Ave, Cupertino"));
    QCOMPARE(review.url,
             QUrl(QStringLiteral("https://jobs.example.com/apply/4711?ref=calendar&lang=de")));
    // The switched-off default alarm (ACTION:NONE) is not a reminder.
    QCOMPARE(review.alarmMinutesBefore, QList<int>{60});

    // "America/New York" is no IANA id; X-LIC-LOCATION says which zone is meant.
    const IcsEvent &screen = result.events[1];
    QCOMPARE(screen.timeZoneId, QStringLiteral("America/New_York"));
    QCOMPARE(screen.start.toUTC(), utc(2026, 4, 20, 13, 0));
    QCOMPARE(screen.end.toUTC(), utc(2026, 4, 20, 14, 0));

    const IcsEvent &lunch = result.events[2];
    QVERIFY(lunch.floating);
    QVERIFY(!lunch.allDay);
    QVERIFY(lunch.timeZoneId.isEmpty());
    QCOMPARE(lunch.start.timeSpec(), Qt::LocalTime);
    QCOMPARE(lunch.start.date(), QDate(2026, 4, 16));
    QCOMPARE(lunch.start.time(), QTime(12, 0));
    QCOMPARE(lunch.end.time(), QTime(13, 0));

    const IcsEvent &visit = result.events[3];
    QVERIFY(visit.allDay);
    QVERIFY(visit.floating);
    QCOMPARE(visit.summary, QStringLiteral("Onsite visit – Cupertino"));
    QCOMPARE(visit.start, QDate(2026, 4, 20).startOfDay());
    QCOMPARE(visit.end, QDate(2026, 4, 22).startOfDay());
}

void TestIcsReader::multipleEvents()
{
    // LF-only line ends, a byte order mark, lower-case names and foreign components.
    const IcsReadResult result = IcsReader::read(fixture(QStringLiteral("multi-event.ics")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 4);

    QCOMPARE(result.events[0].uid, QStringLiteral("screen-1@portal.example.com"));
    QCOMPARE(result.events[0].start, utc(2026, 3, 4, 8, 0));

    const IcsEvent &weekly = result.events[1];
    QVERIFY(weekly.isRecurring());
    QCOMPARE(weekly.recurrenceRule, QStringLiteral("FREQ=WEEKLY;COUNT=4;BYDAY=MO"));
    QCOMPARE(weekly.timeZoneId, QStringLiteral("Europe/London"));
    // The first occurrence, on British summer time.
    QCOMPARE(weekly.start.toUTC(), utc(2026, 4, 6, 16, 0));
    QCOMPARE(weekly.end.toUTC(), utc(2026, 4, 6, 16, 30));

    QCOMPARE(result.events[2].summary, QStringLiteral("Team lunch (cancelled)"));
    QVERIFY(result.events[2].cancelled);
    QVERIFY(!result.events[0].cancelled);

    const IcsEvent &pacific = result.events[3];
    QCOMPARE(pacific.uid, QStringLiteral("pacific-1@portal.example.com"));
    QCOMPARE(pacific.summary, QStringLiteral("System design round"));
    QCOMPARE(pacific.timeZoneId, QStringLiteral("America/Los_Angeles"));
    // March 9 is after the US switch to daylight saving time (March 8, 2026).
    QCOMPARE(pacific.start.toUTC(), utc(2026, 3, 9, 16, 0));

    for (const IcsEvent &event : result.events) {
        QVERIFY(event.summary != QStringLiteral("Send references"));
        QVERIFY(event.summary != QStringLiteral("Vendor extension block"));
    }
}

void TestIcsReader::durationsFixture()
{
    const IcsReadResult result = IcsReader::read(fixture(QStringLiteral("durations.ics")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 6);

    QCOMPARE(result.events[0].end, utc(2026, 5, 4, 10, 30));
    QCOMPARE(result.events[1].start.secsTo(result.events[1].end), 45 * 60);
    QCOMPARE(result.events[1].end.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));

    QVERIFY(result.events[2].allDay);
    QCOMPARE(result.events[2].end, QDate(2026, 5, 7).startOfDay());
    QCOMPARE(result.events[3].end, QDate(2026, 6, 15).startOfDay());

    // P1D is a calendar day: same wall-clock time the next day, only 23 hours across the
    // switch to summer time.
    const IcsEvent &overSwitch = result.events[4];
    QCOMPARE(overSwitch.end.time(), QTime(10, 0));
    QCOMPARE(overSwitch.end.date(), QDate(2026, 3, 29));
    QCOMPARE(overSwitch.start.secsTo(overSwitch.end), 23 * 3600);

    QCOMPARE(result.events[5].end, result.events[5].start);
}

void TestIcsReader::durationValues_data()
{
    QTest::addColumn<QByteArray>("duration");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("hours and minutes") << QByteArray("PT1H30M") << qint64(5400);
    QTest::newRow("minutes") << QByteArray("PT45M") << qint64(2700);
    QTest::newRow("seconds") << QByteArray("PT90S") << qint64(90);
    QTest::newRow("one day") << QByteArray("P1D") << qint64(86400);
    QTest::newRow("one week") << QByteArray("P1W") << qint64(7 * 86400);
    QTest::newRow("day and time") << QByteArray("P1DT2H") << qint64(93600);
    QTest::newRow("google style") << QByteArray("P0DT0H30M0S") << qint64(1800);
    QTest::newRow("explicit plus") << QByteArray("+PT10M") << qint64(600);
    QTest::newRow("zero") << QByteArray("PT0S") << qint64(0);
    QTest::newRow("negative zero") << QByteArray("-PT0M") << qint64(0);
    QTest::newRow("lower case") << QByteArray("pt2h") << qint64(7200);
    QTest::newRow("week and days") << QByteArray("P1W2D") << qint64(9 * 86400);
}

void TestIcsReader::durationValues()
{
    QFETCH(QByteArray, duration);
    QFETCH(qint64, seconds);
    const QByteArray durationLine = "DURATION:" + duration;
    const IcsEvent event = readSingle(
        calendarWithEvent({"UID:d", "DTSTART:20260701T080000Z", durationLine.constData()}));
    QVERIFY(event.start.isValid());
    QCOMPARE(event.start.secsTo(event.end), seconds);
}

void TestIcsReader::lineEndingsAndFolding_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("summary");

    const QByteArray body =
        joinLines({"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTART:20260310T090000Z",
                   "SUMMARY:Zweites Gespräch", "END:VEVENT", "END:VCALENDAR"});
    const QString plain = QStringLiteral("Zweites Gespräch");

    QByteArray lfOnly = body;
    lfOnly.replace("\r\n", "\n");
    QByteArray crOnly = body;
    crOnly.replace("\r\n", "\r");
    QByteArray noFinalBreak = body;
    noFinalBreak.chop(2);

    QTest::newRow("CRLF") << body << plain;
    QTest::newRow("LF only") << lfOnly << plain;
    QTest::newRow("CR only") << crOnly << plain;
    QTest::newRow("no final line break") << noFinalBreak << plain;
    QTest::newRow("UTF-8 byte order mark") << QByteArray("\xEF\xBB\xBF") + body << plain;

    QStringEncoder toUtf16Le(QStringEncoder::Utf16LE);
    QStringEncoder toUtf16Be(QStringEncoder::Utf16BE);
    const QByteArray utf16Le = toUtf16Le.encode(QString::fromUtf8(body));
    const QByteArray utf16Be = toUtf16Be.encode(QString::fromUtf8(body));
    QTest::newRow("UTF-16LE with mark") << QByteArray("\xFF\xFE") + utf16Le << plain;
    QTest::newRow("UTF-16BE with mark") << QByteArray("\xFE\xFF") + utf16Be << plain;
    QTest::newRow("UTF-16LE without mark") << utf16Le << plain;

    QByteArray folded = body;
    folded.replace("SUMMARY:Zweites Gespräch", "SUMMARY:Zwei\r\n tes Ge\r\n\tspräch");
    QTest::newRow("space and tab folds") << folded << plain;

    // "ä" is C3 A4; some writers fold between the two bytes.
    QByteArray splitCharacter = body;
    splitCharacter.replace("Gespräch", "Gespr\xC3\r\n \xA4"
                                       "ch");
    QTest::newRow("fold inside a UTF-8 sequence") << splitCharacter << plain;

    QByteArray foldedLfOnly = folded;
    foldedLfOnly.replace("\r\n", "\n");
    QTest::newRow("folds with LF only") << foldedLfOnly << plain;

    QByteArray blankLines = body;
    blankLines.replace("SUMMARY:", "\r\n\r\nSUMMARY:");
    blankLines.append("\r\n\r\n");
    QTest::newRow("blank lines") << blankLines << plain;

    QByteArray latin1 = body;
    latin1.replace("Gespr\xC3\xA4"
                   "ch",
                   "Gespr\xE4"
                   "ch");
    QTest::newRow("Latin-1 instead of UTF-8") << latin1 << plain;

    QByteArray folded75 = body;
    folded75.replace("SUMMARY:Zweites Gespräch", "SUMMARY:Zweites Gespr\xC3\xA4"
                                                 "ch \xE2\x80\x93 sehr langer Titel, der "
                                                 "auf mehrere Zeilen\r\n  umbrochen wurde");
    QTest::newRow("space kept after fold")
        << folded75
        << QStringLiteral("Zweites Gespräch – sehr langer Titel, der auf mehrere "
                          "Zeilen umbrochen wurde");
}

void TestIcsReader::lineEndingsAndFolding()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, summary);
    const IcsReadResult result = IcsReader::read(data);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.first().summary, summary);
    QCOMPARE(result.events.first().start, utc(2026, 3, 10, 9, 0));
}

void TestIcsReader::parameters_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("role");

    QTest::newRow("quoted comma")
        << QByteArray("ATTENDEE;CN=\"Doe, Jane\";ROLE=REQ-PARTICIPANT:mailto:jane@example.com")
        << QStringLiteral("Doe, Jane") << QStringLiteral("jane@example.com")
        << QStringLiteral("REQ-PARTICIPANT");
    QTest::newRow("quoted colon and semicolon")
        << QByteArray("ATTENDEE;CN=\"Team: Hiring; EU\":mailto:hiring@example.com")
        << QStringLiteral("Team: Hiring; EU") << QStringLiteral("hiring@example.com") << QString();
    QTest::newRow("unquoted") << QByteArray(
                                     "ATTENDEE;ROLE=CHAIR;CN=Jane Doe:mailto:jane@example.com")
                              << QStringLiteral("Jane Doe") << QStringLiteral("jane@example.com")
                              << QStringLiteral("CHAIR");
    QTest::newRow("lower-case names")
        << QByteArray("attendee;cn=Jane;role=opt-participant:MailTo:jane@example.com")
        << QStringLiteral("Jane") << QStringLiteral("jane@example.com")
        << QStringLiteral("OPT-PARTICIPANT");
    QTest::newRow("RFC 6868 caret escapes")
        << QByteArray("ATTENDEE;CN=\"Jo ^'JJ^' Smith^^2\":mailto:jo@example.com")
        << QStringLiteral("Jo \"JJ\" Smith^2") << QStringLiteral("jo@example.com") << QString();
    QTest::newRow("list-valued parameters")
        << QByteArray("ATTENDEE;DELEGATED-FROM=\"mailto:a@example.com\",\"mailto:b@example.com\";"
                      "CN=Ann:mailto:ann@example.com")
        << QStringLiteral("Ann") << QStringLiteral("ann@example.com") << QString();
    QTest::newRow("valueless parameter")
        << QByteArray("ATTENDEE;X-FLAG;CN=Ann:mailto:ann@example.com") << QStringLiteral("Ann")
        << QStringLiteral("ann@example.com") << QString();
    QTest::newRow("empty parameter value")
        << QByteArray("ATTENDEE;CN=;ROLE=CHAIR:mailto:ann@example.com") << QString()
        << QStringLiteral("ann@example.com") << QStringLiteral("CHAIR");
    QTest::newRow("address without mailto")
        << QByteArray("ATTENDEE;CN=Ann:ann@example.com") << QStringLiteral("Ann")
        << QStringLiteral("ann@example.com") << QString();
    QTest::newRow("address in EMAIL parameter")
        << QByteArray("ATTENDEE;CN=Ann;EMAIL=ann@example.com:urn:uuid:1b4e28ba-2fa1-11d2-883f")
        << QStringLiteral("Ann") << QStringLiteral("ann@example.com") << QString();
    QTest::newRow("no address") << QByteArray("ATTENDEE;CN=Ann:invalid:nomail")
                                << QStringLiteral("Ann") << QString() << QString();
}

void TestIcsReader::parameters()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, role);
    const IcsEvent event =
        readSingle(calendarWithEvent({"DTSTART:20260310T090000Z", line.constData()}));
    QCOMPARE(event.attendees.size(), 1);
    QCOMPARE(event.attendees.first().name, name);
    QCOMPARE(event.attendees.first().email, email);
    QCOMPARE(event.attendees.first().role, role);
}

void TestIcsReader::escapedText_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("newline") << QByteArray("one\\ntwo") << QStringLiteral("one\ntwo");
    QTest::newRow("capital N newline") << QByteArray("one\\Ntwo") << QStringLiteral("one\ntwo");
    QTest::newRow("comma") << QByteArray("a\\, b") << QStringLiteral("a, b");
    QTest::newRow("semicolon") << QByteArray("a\\; b") << QStringLiteral("a; b");
    QTest::newRow("backslash") << QByteArray("C:\\\\Temp") << QStringLiteral("C:\\Temp");
    QTest::newRow("backslash before n") << QByteArray("\\\\n") << QStringLiteral("\\n");
    QTest::newRow("needless escape") << QByteArray("10\\:30") << QStringLiteral("10:30");
    QTest::newRow("unescaped comma")
        << QByteArray("Berlin, Germany") << QStringLiteral("Berlin, Germany");
    QTest::newRow("colon in value") << QByteArray("Call: 10:30") << QStringLiteral("Call: 10:30");
    QTest::newRow("trailing backslash") << QByteArray("end\\") << QStringLiteral("end\\");
    QTest::newRow("all together") << QByteArray("a\\;b\\,c\\\\d\\ne")
                                  << QStringLiteral("a;b,c\\d\ne");
    QTest::newRow("non-ASCII") << QByteArray("二次面接\\, 東京")
                               << QStringLiteral("二次面接, 東京");
}

void TestIcsReader::escapedText()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, text);
    const QByteArray summary = "SUMMARY:" + value;
    const QByteArray description = "DESCRIPTION;LANGUAGE=en:" + value;
    const QByteArray location = "LOCATION:" + value;
    const IcsEvent event =
        readSingle(calendarWithEvent({"DTSTART:20260310T090000Z", summary.constData(),
                                      description.constData(), location.constData()}));
    QCOMPARE(event.summary, text);
    QCOMPARE(event.description, text);
    QCOMPARE(event.location, text);
}

void TestIcsReader::windowsZoneNames_data()
{
    QTest::addColumn<QString>("windowsName");
    QTest::addColumn<QStringList>("ianaIds");
    QTest::addColumn<int>("januaryOffset");
    QTest::addColumn<int>("julyOffset");

    const int h = 3600;
    auto row = [](const char *windows, QStringList ids, int january, int july) {
        QTest::newRow(windows) << QString::fromLatin1(windows) << ids << january << july;
    };
    const auto id = [](const char *name) {
        return QStringList{QString::fromLatin1(name)};
    };
    row("Pacific Standard Time", id("America/Los_Angeles"), -8 * h, -7 * h);
    row("W. Europe Standard Time", id("Europe/Berlin"), h, 2 * h);
    row("GMT Standard Time", id("Europe/London"), 0, h);
    row("Eastern Standard Time", id("America/New_York"), -5 * h, -4 * h);
    row("Central Europe Standard Time", id("Europe/Budapest"), h, 2 * h);
    row("Romance Standard Time", id("Europe/Paris"), h, 2 * h);
    row("Central European Standard Time", id("Europe/Warsaw"), h, 2 * h);
    row("India Standard Time", {QStringLiteral("Asia/Kolkata"), QStringLiteral("Asia/Calcutta")},
        5 * h + 1800, 5 * h + 1800);
    row("Tokyo Standard Time", id("Asia/Tokyo"), 9 * h, 9 * h);
    row("AUS Eastern Standard Time", id("Australia/Sydney"), 11 * h, 10 * h);
    row("China Standard Time", id("Asia/Shanghai"), 8 * h, 8 * h);
    row("Central Standard Time", id("America/Chicago"), -6 * h, -5 * h);
    row("Mountain Standard Time", id("America/Denver"), -7 * h, -6 * h);
    row("US Mountain Standard Time", id("America/Phoenix"), -7 * h, -7 * h);
    row("Alaskan Standard Time", id("America/Anchorage"), -9 * h, -8 * h);
    row("Hawaiian Standard Time", id("Pacific/Honolulu"), -10 * h, -10 * h);
    row("Atlantic Standard Time", id("America/Halifax"), -4 * h, -3 * h);
    row("E. South America Standard Time", id("America/Sao_Paulo"), -3 * h, -3 * h);
    row("SE Asia Standard Time", id("Asia/Bangkok"), 7 * h, 7 * h);
    row("Singapore Standard Time", id("Asia/Singapore"), 8 * h, 8 * h);
    row("Israel Standard Time", id("Asia/Jerusalem"), 2 * h, 3 * h);
    row("Russian Standard Time", id("Europe/Moscow"), 3 * h, 3 * h);
    row("FLE Standard Time", {QStringLiteral("Europe/Kyiv"), QStringLiteral("Europe/Kiev")}, 2 * h,
        3 * h);
    row("GTB Standard Time", id("Europe/Bucharest"), 2 * h, 3 * h);
    row("South Africa Standard Time", id("Africa/Johannesburg"), 2 * h, 2 * h);
    row("New Zealand Standard Time", id("Pacific/Auckland"), 13 * h, 12 * h);
    row("Arabian Standard Time", id("Asia/Dubai"), 4 * h, 4 * h);
    row("Korea Standard Time", id("Asia/Seoul"), 9 * h, 9 * h);
    row("Nepal Standard Time", {QStringLiteral("Asia/Kathmandu"), QStringLiteral("Asia/Katmandu")},
        5 * h + 2700, 5 * h + 2700);
    row("Newfoundland Standard Time", id("America/St_Johns"), -3 * h - 1800, -2 * h - 1800);
    row("Turkey Standard Time", id("Europe/Istanbul"), 3 * h, 3 * h);
    row("w. europe standard time", id("Europe/Berlin"), h, 2 * h);
    // Windows' own name for UTC means UTC times, not a zone.
    row("UTC", QStringList{QString()}, 0, 0);
}

void TestIcsReader::windowsZoneNames()
{
    QFETCH(QString, windowsName);
    QFETCH(QStringList, ianaIds);
    QFETCH(int, januaryOffset);
    QFETCH(int, julyOffset);

    const QByteArray name = windowsName.toUtf8();
    const QByteArray data = joinLines({"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT"}) +
                            "DTSTART;TZID=" + name + ":20260115T120000\r\n" +
                            joinLines({"END:VEVENT", "BEGIN:VEVENT"}) + "DTSTART;TZID=\"" + name +
                            "\":20260715T120000\r\n" + joinLines({"END:VEVENT", "END:VCALENDAR"});
    const IcsReadResult result = IcsReader::read(data);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 2);
    const IcsEvent &january = result.events[0];
    const IcsEvent &july = result.events[1];
    QVERIFY2(ianaIds.contains(january.timeZoneId), qPrintable(january.timeZoneId));
    QCOMPARE(july.timeZoneId, january.timeZoneId);
    QCOMPARE(january.start.time(), QTime(12, 0));
    QCOMPARE(january.start.offsetFromUtc(), januaryOffset);
    QCOMPARE(july.start.offsetFromUtc(), julyOffset);
    QCOMPARE(january.start.toUTC(), utc(2026, 1, 15, 12, 0).addSecs(-januaryOffset));
    QCOMPARE(july.start.toUTC(), utc(2026, 7, 15, 12, 0).addSecs(-julyOffset));
    if (january.timeZoneId.isEmpty())
        QCOMPARE(january.start.timeSpec(), Qt::UTC);
}

void TestIcsReader::windowsZoneTable()
{
    QCOMPARE(WindowsTimeZones::ianaId(u"Tokyo Standard Time"), QByteArrayLiteral("Asia/Tokyo"));
    QCOMPARE(WindowsTimeZones::ianaId(u"  tokyo standard time "), QByteArrayLiteral("Asia/Tokyo"));
    QVERIFY(WindowsTimeZones::ianaId(u"Atlantis Standard Time").isEmpty());
    QVERIFY(WindowsTimeZones::ianaId(u"").isEmpty());

    const QList<QByteArray> &representative = WindowsTimeZones::representativeIanaIds();
    QVERIFY(representative.size() > 100);
    QVERIFY(representative.contains(QByteArrayLiteral("Europe/Berlin")));
    QCOMPARE(representative.count(QByteArrayLiteral("America/Mexico_City")), 1);
    for (const QByteArray &id : representative)
        QVERIFY2(QTimeZone(id).isValid(), id.constData());
}

void TestIcsReader::otherTzidForms_data()
{
    QTest::addColumn<QByteArray>("tzid");
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<int>("offset");

    QTest::newRow("IANA") << QByteArray("Europe/Berlin") << QStringLiteral("Europe/Berlin") << 3600;
    QTest::newRow("IANA in quotes")
        << QByteArray("\"America/Chicago\"") << QStringLiteral("America/Chicago") << -6 * 3600;
    QTest::newRow("IANA in wrong case")
        << QByteArray("europe/berlin") << QStringLiteral("Europe/Berlin") << 3600;
    QTest::newRow("Mozilla prefix") << QByteArray("/mozilla.org/20050126_1/Europe/Berlin")
                                    << QStringLiteral("Europe/Berlin") << 3600;
    QTest::newRow("softwarestudio prefix")
        << QByteArray("/softwarestudio.org/Olson_20011030_5/America/New_York")
        << QStringLiteral("America/New_York") << -5 * 3600;
    QTest::newRow("System V name")
        << QByteArray("EST5EDT") << QStringLiteral("America/New_York") << -5 * 3600;
    QTest::newRow("System V name, lower case")
        << QByteArray("cet") << QStringLiteral("Europe/Brussels") << 3600;
    QTest::newRow("Outlook display name without VTIMEZONE")
        << QByteArray("\"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\"")
        << QStringLiteral("Europe/Amsterdam") << 3600;
    QTest::newRow("Outlook display name, southern hemisphere")
        << QByteArray("\"(UTC+10:00) Canberra, Melbourne, Sydney\"")
        << QStringLiteral("Australia/Melbourne") << 11 * 3600;
    QTest::newRow("Exchange Online prefix")
        << QByteArray("\"tzone://Microsoft/Tokyo Standard Time\"") << QStringLiteral("Asia/Tokyo")
        << 9 * 3600;
    QTest::newRow("Exchange Online UTC")
        << QByteArray("\"tzone://Microsoft/Utc\"") << QString() << 0;
    QTest::newRow("Outlook display name of UTC")
        << QByteArray("(UTC) Coordinated Universal Time") << QString() << 0;
    QTest::newRow("UTC") << QByteArray("UTC") << QString() << 0;
    QTest::newRow("Etc/UTC") << QByteArray("Etc/UTC") << QString() << 0;
    QTest::newRow("GMT") << QByteArray("GMT") << QString() << 0;
}

void TestIcsReader::otherTzidForms()
{
    QFETCH(QByteArray, tzid);
    QFETCH(QString, zoneId);
    QFETCH(int, offset);
    const QByteArray line = "DTSTART;TZID=" + tzid + ":20260115T120000";
    const IcsEvent event = readSingle(calendarWithEvent({line.constData()}));
    QVERIFY(event.start.isValid());
    QCOMPARE(event.timeZoneId, zoneId);
    QCOMPARE(event.start.offsetFromUtc(), offset);
    QCOMPARE(event.start.time(), QTime(12, 0));
    QVERIFY(!event.floating);
}

void TestIcsReader::daylightSavingTransitions_data()
{
    QTest::addColumn<QByteArray>("tzid");
    QTest::addColumn<QByteArray>("localTime");
    QTest::addColumn<QDateTime>("expectedUtc");
    QTest::addColumn<int>("expectedOffset");

    // RFC 5545 3.3.5: a skipped time uses the offset from before the gap (so 02:30 becomes
    // 03:30 summer time); a repeated time means its first occurrence (summer time).
    QTest::newRow("Berlin, skipped 02:30")
        << QByteArray("Europe/Berlin") << QByteArray("20260329T023000") << utc(2026, 3, 29, 1, 30)
        << 7200;
    QTest::newRow("Berlin, skipped 02:00")
        << QByteArray("Europe/Berlin") << QByteArray("20260329T020000") << utc(2026, 3, 29, 1, 0)
        << 7200;
    QTest::newRow("Berlin, last second before the gap")
        << QByteArray("Europe/Berlin") << QByteArray("20260329T015959")
        << utc(2026, 3, 29, 0, 59, 59) << 3600;
    QTest::newRow("Berlin, first time after the gap")
        << QByteArray("Europe/Berlin") << QByteArray("20260329T030000") << utc(2026, 3, 29, 1, 0)
        << 7200;
    QTest::newRow("Berlin, repeated 02:30")
        << QByteArray("Europe/Berlin") << QByteArray("20261025T023000") << utc(2026, 10, 25, 0, 30)
        << 7200;
    QTest::newRow("Berlin, repeated 02:00")
        << QByteArray("Europe/Berlin") << QByteArray("20261025T020000") << utc(2026, 10, 25, 0, 0)
        << 7200;
    QTest::newRow("Berlin, 03:00 after the repeat")
        << QByteArray("Europe/Berlin") << QByteArray("20261025T030000") << utc(2026, 10, 25, 2, 0)
        << 3600;
    QTest::newRow("Windows name, skipped time")
        << QByteArray("W. Europe Standard Time") << QByteArray("20260329T023000")
        << utc(2026, 3, 29, 1, 30) << 7200;
    // The two examples RFC 5545 itself gives.
    QTest::newRow("RFC example, skipped time")
        << QByteArray("America/New_York") << QByteArray("20070311T023000")
        << utc(2007, 3, 11, 7, 30) << -4 * 3600;
    QTest::newRow("RFC example, repeated time")
        << QByteArray("America/New_York") << QByteArray("20071104T013000")
        << utc(2007, 11, 4, 5, 30) << -4 * 3600;
    QTest::newRow("Sydney, skipped time")
        << QByteArray("Australia/Sydney") << QByteArray("20261004T023000")
        << utc(2026, 10, 3, 16, 30) << 11 * 3600;
    QTest::newRow("Sydney, repeated time")
        << QByteArray("Australia/Sydney") << QByteArray("20260405T023000")
        << utc(2026, 4, 4, 15, 30) << 11 * 3600;
}

void TestIcsReader::daylightSavingTransitions()
{
    QFETCH(QByteArray, tzid);
    QFETCH(QByteArray, localTime);
    QFETCH(QDateTime, expectedUtc);
    QFETCH(int, expectedOffset);
    const QByteArray start = "DTSTART;TZID=" + tzid + ':' + localTime;
    const IcsEvent event = readSingle(calendarWithEvent({start.constData(), "DURATION:PT1H"}));
    QVERIFY(event.start.isValid());
    QCOMPARE(event.start.toUTC(), expectedUtc);
    QCOMPARE(event.start.offsetFromUtc(), expectedOffset);
    QCOMPARE(event.start.secsTo(event.end), 3600);
}

void TestIcsReader::customTimeZoneMatchedByRules()
{
    // A southern-hemisphere zone under a made-up name: summer time from the first Sunday of
    // October to the first Sunday of April.
    const QByteArray data = joinLines({
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:Eastern Australia (custom)",
        "BEGIN:STANDARD",
        "DTSTART:16010405T030000",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4",
        "TZOFFSETFROM:+1100",
        "TZOFFSETTO:+1000",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16011004T020000",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10",
        "TZOFFSETFROM:+1000",
        "TZOFFSETTO:+1100",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Eastern Australia (custom):20260210T090000",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Eastern Australia (custom):20260810T090000",
        "END:VEVENT",
        "END:VCALENDAR",
    });
    const IcsReadResult result = IcsReader::read(data);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events[0].timeZoneId, QStringLiteral("Australia/Sydney"));
    QCOMPARE(result.events[0].start.toUTC(), utc(2026, 2, 9, 22, 0));
    QCOMPARE(result.events[1].start.toUTC(), utc(2026, 8, 9, 23, 0));
}

void TestIcsReader::customTimeZoneNamedLikeAWord()
{
    // A one-word TZID must be looked up in the file, not handed to Qt as a POSIX rule.
    const QByteArray data = joinLines({
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Customized:20260310T100000",
        "END:VEVENT",
        "BEGIN:VTIMEZONE",
        "TZID:Customized",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0530",
        "TZOFFSETTO:+0530",
        "END:STANDARD",
        "END:VTIMEZONE",
        "END:VCALENDAR",
    });
    const IcsReadResult result = IcsReader::read(data);
    QVERIFY2(result.ok, qPrintable(result.error));
    const IcsEvent &event = result.events.first();
    QCOMPARE(event.start.offsetFromUtc(), 5 * 3600 + 1800);
    QCOMPARE(event.start.toUTC(), utc(2026, 3, 10, 4, 30));
    QVERIFY2(QTimeZone(event.timeZoneId.toLatin1()).isValid(), qPrintable(event.timeZoneId));
}

void TestIcsReader::customTimeZoneWithoutMatchUsesFixedOffset()
{
    // No IANA zone is at +03:45, so the block's standard offset is the best there is.
    const QByteArray data = joinLines({
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:Research Station Time",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0345",
        "TZOFFSETTO:+0345",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Research Station Time:20260610T090000",
        "DTEND;TZID=Research Station Time:20260610T100000",
        "END:VEVENT",
        "END:VCALENDAR",
    });
    const IcsReadResult result = IcsReader::read(data);
    QVERIFY2(result.ok, qPrintable(result.error));
    const IcsEvent &event = result.events.first();
    QCOMPARE(event.start.offsetFromUtc(), 3 * 3600 + 45 * 60);
    QCOMPARE(event.start.toUTC(), utc(2026, 6, 10, 5, 15));
    QCOMPARE(event.end.toUTC(), utc(2026, 6, 10, 6, 15));
    QVERIFY(!event.timeZoneId.isEmpty());
    QVERIFY(!event.floating);
}

void TestIcsReader::floatingAndAllDay()
{
    const IcsEvent floating =
        readSingle(calendarWithEvent({"DTSTART:20260310T093000", "DTEND:20260310T103000"}));
    QVERIFY(floating.floating);
    QVERIFY(!floating.allDay);
    QCOMPARE(floating.start.timeSpec(), Qt::LocalTime);
    QCOMPARE(floating.start, QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::LocalTime));
    QCOMPARE(floating.end, QDateTime(QDate(2026, 3, 10), QTime(10, 30), Qt::LocalTime));

    const IcsEvent oneDay = readSingle(calendarWithEvent({"DTSTART;VALUE=DATE:20260310"}));
    QVERIFY(oneDay.allDay);
    QVERIFY(oneDay.floating);
    QCOMPARE(oneDay.start, QDate(2026, 3, 10).startOfDay());
    QCOMPARE(oneDay.end, QDate(2026, 3, 11).startOfDay());

    const IcsEvent sameDayEnd =
        readSingle(calendarWithEvent({"DTSTART;VALUE=DATE:20260310", "DTEND;VALUE=DATE:20260310"}));
    QCOMPARE(sameDayEnd.end, QDate(2026, 3, 11).startOfDay());

    const IcsEvent threeDays =
        readSingle(calendarWithEvent({"DTSTART;VALUE=DATE:20261230", "DTEND;VALUE=DATE:20270102"}));
    QCOMPARE(threeDays.start.date(), QDate(2026, 12, 30));
    QCOMPARE(threeDays.end, QDate(2027, 1, 2).startOfDay());

    // A time zone on a date is meaningless; the day stays the same.
    const IcsEvent zonedDate =
        readSingle(calendarWithEvent({"DTSTART;TZID=Asia/Tokyo;VALUE=DATE:20260310"}));
    QVERIFY(zonedDate.allDay);
    QCOMPARE(zonedDate.start.date(), QDate(2026, 3, 10));
    QVERIFY(zonedDate.timeZoneId.isEmpty());

    // RFC 5545 permits 60 seconds for a leap second.
    const IcsEvent leapSecond = readSingle(calendarWithEvent({"DTSTART:20261231T235960Z"}));
    QCOMPARE(leapSecond.start, utc(2026, 12, 31, 23, 59, 59));
}

void TestIcsReader::endDefaults()
{
    const IcsEvent moment = readSingle(calendarWithEvent({"DTSTART:20260310T093000Z"}));
    QCOMPARE(moment.end, moment.start);

    const IcsEvent bothGiven = readSingle(
        calendarWithEvent({"DTSTART:20260310T093000Z", "DTEND:20260310T100000Z", "DURATION:PT3H"}));
    QCOMPARE(bothGiven.end, utc(2026, 3, 10, 10, 0));

    const IcsEvent crossZone =
        readSingle(calendarWithEvent({"DTSTART;TZID=Europe/Berlin:20260310T100000",
                                      "DTEND;TZID=Europe/London:20260310T090000"}));
    QCOMPARE(crossZone.start, crossZone.end);
    QCOMPARE(crossZone.timeZoneId, QStringLiteral("Europe/Berlin"));
}

void TestIcsReader::people_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");

    QTest::newRow("lower-case mailto")
        << QByteArray("ORGANIZER;CN=Ann:mailto:ann@example.com") << QStringLiteral("Ann")
        << QStringLiteral("ann@example.com");
    QTest::newRow("upper-case mailto")
        << QByteArray("ORGANIZER;CN=Ann:MAILTO:ann@example.com") << QStringLiteral("Ann")
        << QStringLiteral("ann@example.com");
    QTest::newRow("mixed-case mailto") << QByteArray("ORGANIZER:mAiLtO:ann@example.com")
                                       << QString() << QStringLiteral("ann@example.com");
    QTest::newRow("quoted name with comma")
        << QByteArray("ORGANIZER;CN=\"Schmidt, Maria (HR)\":mailto:maria@example.com")
        << QStringLiteral("Schmidt, Maria (HR)") << QStringLiteral("maria@example.com");
    QTest::newRow("non-ASCII name")
        << QByteArray("ORGANIZER;CN=山田 太郎:mailto:yamada@example.jp")
        << QStringLiteral("山田 太郎") << QStringLiteral("yamada@example.jp");
}

void TestIcsReader::people()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    QFETCH(QString, email);
    const IcsEvent event =
        readSingle(calendarWithEvent({"DTSTART:20260310T090000Z", line.constData()}));
    QCOMPARE(event.organizer.name, name);
    QCOMPARE(event.organizer.email, email);
    QVERIFY(event.attendees.isEmpty());
}

void TestIcsReader::alarms()
{
    const IcsEvent event = readSingle(calendarWithEvent({
        "DTSTART:20260310T090000Z",
        "DTEND:20260310T100000Z",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT10M",
        "END:VALARM",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DURATION;RELATED=END:-PT2H",
        "END:VALARM",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DATE-TIME:20260309T090000Z",
        "END:VALARM",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:PT0S",
        "END:VALARM",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:PT5M",
        "END:VALARM",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=END:PT0M",
        "END:VALARM",
        "BEGIN:VALARM",
        "ACTION:AUDIO",
        "TRIGGER:-PT10M",
        "END:VALARM",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-P2W",
        "END:VALARM",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "END:VALARM",
    }));
    // -PT2H from the end of a one-hour event is one hour before the start; triggers after
    // the start are dropped, and the repeated -PT10M is listed once.
    QCOMPARE(event.alarmMinutesBefore, (QList<int>{10, 60, 24 * 60, 0, 14 * 24 * 60}));
}

void TestIcsReader::recurrence()
{
    // The series plus two changed occurrences: the first one (moved by an hour) and a later
    // one. Only the first occurrence is imported, with the change applied.
    const QByteArray series = joinLines({
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:series@example.com",
        "DTSTART:20260302T090000Z",
        "DTEND:20260302T093000Z",
        "RRULE:FREQ=WEEKLY;COUNT=6",
        "SUMMARY:Weekly interview slot",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:series@example.com",
        "RECURRENCE-ID:20260302T090000Z",
        "DTSTART:20260302T100000Z",
        "DTEND:20260302T103000Z",
        "SUMMARY:Weekly interview slot (moved)",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:series@example.com",
        "RECURRENCE-ID:20260316T090000Z",
        "DTSTART:20260316T130000Z",
        "SUMMARY:Weekly interview slot (third, moved)",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:lonely@example.com",
        "RECURRENCE-ID:20260401T090000Z",
        "DTSTART:20260401T110000Z",
        "SUMMARY:Only this occurrence was sent",
        "END:VEVENT",
        "END:VCALENDAR",
    });
    const IcsReadResult result = IcsReader::read(series);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 2);
    const IcsEvent &first = result.events[0];
    QCOMPARE(first.uid, QStringLiteral("series@example.com"));
    QCOMPARE(first.summary, QStringLiteral("Weekly interview slot (moved)"));
    QCOMPARE(first.start, utc(2026, 3, 2, 10, 0));
    QCOMPARE(first.recurrenceRule, QStringLiteral("FREQ=WEEKLY;COUNT=6"));
    QVERIFY(first.isRecurring());
    QCOMPARE(result.events[1].uid, QStringLiteral("lonely@example.com"));
    QCOMPARE(result.events[1].start, utc(2026, 4, 1, 11, 0));
    QVERIFY(!result.events[1].isRecurring());
}

void TestIcsReader::cancellation()
{
    const QByteArray cancelMail = joinLines({
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "METHOD:CANCEL",
        "BEGIN:VEVENT",
        "UID:cancelled@example.com",
        "DTSTART:20260310T090000Z",
        "SUMMARY:Canceled: Interview",
        "END:VEVENT",
        "END:VCALENDAR",
    });
    const IcsEvent viaMethod = readSingle(cancelMail);
    QVERIFY(viaMethod.cancelled);

    const IcsEvent viaStatus =
        readSingle(calendarWithEvent({"DTSTART:20260310T090000Z", "STATUS:cancelled"}));
    QVERIFY(viaStatus.cancelled);
    const IcsEvent confirmed =
        readSingle(calendarWithEvent({"DTSTART:20260310T090000Z", "STATUS:CONFIRMED"}));
    QVERIFY(!confirmed.cancelled);
}

void TestIcsReader::unknownContentIgnored()
{
    const IcsEvent event = readSingle(calendarWithEvent({
        "DTSTART:20260310T090000Z",
        "X-WR-SOMETHING;X-PARAM=\"a:b\":value; with: colons",
        "CATEGORIES:Interview,Job",
        "ATTACH;FMTTYPE=application/pdf;ENCODING=BASE64;VALUE=BINARY:JVBERi0xLjQK",
        "BEGIN:X-VENDOR-BLOCK",
        "SUMMARY:Not the event summary",
        "BEGIN:X-NESTED",
        "FOO:bar",
        "END:X-NESTED",
        "END:X-VENDOR-BLOCK",
        "SUMMARY:The real summary",
        "URL:not a url with spaces",
    }));
    QCOMPARE(event.summary, QStringLiteral("The real summary"));
    QCOMPARE(event.start, utc(2026, 3, 10, 9, 0));
    QVERIFY(event.url.isEmpty());
}

void TestIcsReader::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QByteArray() << 0 << QStringLiteral("empty");
    QTest::newRow("only blank lines")
        << QByteArray("\r\n   \r\n\r\n") << 0 << QStringLiteral("empty");
    QTest::newRow("HTML page") << QByteArray(
                                      "<!DOCTYPE html>\n<html><body>Not found</body></html>\n")
                               << 1 << QStringLiteral("BEGIN:VCALENDAR");
    QTest::newRow("text before the calendar")
        << QByteArray("\r\nHello,\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") << 2
        << QStringLiteral("BEGIN:VCALENDAR");
    QTest::newRow("hour 25") << calendarWithEvent({"UID:x", "DTSTART:20260310T250000"}) << 6
                             << QStringLiteral("the start time \"20260310T250000\" is not a real "
                                               "time of day");
    QTest::newRow("minute 60") << calendarWithEvent({"DTSTART:20260310T106000Z"}) << 5
                               << QStringLiteral("not a real time of day");
    QTest::newRow("February 30")
        << calendarWithEvent({"DTSTART:20260230T100000"}) << 5
        << QStringLiteral("Line 5: the start date \"20260230T100000\" is not a real date.");
    QTest::newRow("month 13 in the end")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DTEND:20261310T110000Z"}) << 6
        << QStringLiteral("the end date \"20261310T110000Z\" is not a real date");
    QTest::newRow("February 29 in a common year")
        << calendarWithEvent({"DTSTART;VALUE=DATE:20270229"}) << 5
        << QStringLiteral("not a real date");
    QTest::newRow("ISO format") << calendarWithEvent({"DTSTART:2026-03-10T10:00:00"}) << 5
                                << QStringLiteral("not in the iCalendar date format");
    QTest::newRow("short time") << calendarWithEvent({"DTSTART:20260310T1000Z"}) << 5
                                << QStringLiteral("not in the iCalendar date format");
    QTest::newRow("empty start") << calendarWithEvent({"DTSTART:"}) << 5
                                 << QStringLiteral("not in the iCalendar date format");
    QTest::newRow("bad stamp") << calendarWithEvent(
                                      {"DTSTART:20260310T100000Z", "DTSTAMP:20260399T000000Z"})
                               << 6 << QStringLiteral("in DTSTAMP is not a real date");
    QTest::newRow("no colon") << calendarWithEvent({"DTSTART:20260310T100000Z", "SUMMARY Hello"})
                              << 6 << QStringLiteral("has no colon");
    QTest::newRow("no colon on a folded line")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "SUMMARY Hello, this line is long",
                              "  and continues here"})
        << 6 << QStringLiteral("has no colon");
    QTest::newRow("no colon after parameters")
        << calendarWithEvent({"DTSTART;VALUE=DATE"}) << 5 << QStringLiteral("has no colon");
    QTest::newRow("no property name") << calendarWithEvent({"DTSTART:20260310T100000Z", ":x"}) << 6
                                      << QStringLiteral("does not start with a property name");
    QTest::newRow("bad property name")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "SUM MARY:x"}) << 6
        << QStringLiteral("not start with a valid property name");
    QTest::newRow("unclosed quote")
        << calendarWithEvent(
               {"DTSTART:20260310T100000Z", "ATTENDEE;CN=\"Doe, Jane:mailto:jane@example.com"})
        << 6 << QStringLiteral("never closed");
    QTest::newRow("text after a quoted parameter")
        << calendarWithEvent(
               {"DTSTART:20260310T100000Z", "ATTENDEE;CN=\"Doe\"x:mailto:jane@example.com"})
        << 6 << QStringLiteral("parameters");
    QTest::newRow("missing start") << calendarWithEvent({"UID:x", "SUMMARY:No start"}) << 4
                                   << QStringLiteral("no start time (DTSTART)");
    QTest::newRow("end before start")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DTEND:20260310T095959Z"}) << 6
        << QStringLiteral("ends (20260310T095959Z) before it starts (20260310T100000Z)");
    QTest::newRow("end before start in another zone")
        << calendarWithEvent(
               {"DTSTART;TZID=Europe/Berlin:20260310T100000", "DTEND:20260310T085959Z"})
        << 6 << QStringLiteral("before it starts");
    QTest::newRow("whole-day start, timed end")
        << calendarWithEvent({"DTSTART;VALUE=DATE:20260310", "DTEND:20260310T100000Z"}) << 6
        << QStringLiteral("whole days");
    QTest::newRow("duration without unit")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:PT1H30"}) << 6
        << QStringLiteral("the duration \"PT1H30\" is not valid");
    QTest::newRow("duration without P")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:1H"}) << 6
        << QStringLiteral("is not valid");
    QTest::newRow("duration P alone")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:P"}) << 6
        << QStringLiteral("is not valid");
    QTest::newRow("duration PT alone")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:PT"}) << 6
        << QStringLiteral("is not valid");
    QTest::newRow("duration hours without T")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:P1H"}) << 6
        << QStringLiteral("is not valid");
    QTest::newRow("duration with fraction")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:PT1.5H"}) << 6
        << QStringLiteral("is not valid");
    QTest::newRow("duration units out of order")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:PT30M1H"}) << 6
        << QStringLiteral("is not valid");
    QTest::newRow("duration with inner sign")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:P-1D"}) << 6
        << QStringLiteral("is not valid");
    QTest::newRow("negative duration")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "DURATION:-PT1H"}) << 6
        << QStringLiteral("is negative");
    QTest::newRow("bad alarm trigger")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "BEGIN:VALARM", "ACTION:DISPLAY",
                              "TRIGGER:-PT15", "END:VALARM"})
        << 8 << QStringLiteral("reminder time \"-PT15\"");
    QTest::newRow("unknown time zone")
        << calendarWithEvent({"DTSTART;TZID=Mars/Olympus_Mons:20260310T100000"}) << 5
        << QStringLiteral("the time zone \"Mars/Olympus_Mons\" is unknown");
    // Qt would take a bare word for a POSIX rule at UTC+0.
    QTest::newRow("bare word as time zone")
        << calendarWithEvent({"DTSTART;TZID=Customized:20260310T100000"}) << 5
        << QStringLiteral("the time zone \"Customized\" is unknown");
    // Only the standard offset is in the name; without a city the summer rules are unknown.
    QTest::newRow("display name without a known city")
        << calendarWithEvent({"DTSTART;TZID=\"(UTC-08:00) Pacific Time (US & Canada)\":"
                              "20260310T100000"})
        << 5 << QStringLiteral("is unknown");
    QTest::newRow("display name with a city at another offset")
        << calendarWithEvent({"DTSTART;TZID=\"(UTC+05:00) Berlin\":20260310T100000"}) << 5
        << QStringLiteral("is unknown");
    QTest::newRow("path as time zone")
        << calendarWithEvent({"DTSTART;TZID=../../../etc/passwd:20260310T100000"}) << 5
        << QStringLiteral("is unknown");
    QTest::newRow("mismatched END")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "BEGIN:VALARM", "END:VTODO"}) << 7
        << QStringLiteral("END:VTODO does not match BEGIN:VALARM on line 6");
    QTest::newRow("END without BEGIN")
        << calendarWithEvent({"DTSTART:20260310T100000Z"}) + "END:VCALENDAR\r\n"
        << 8 << QStringLiteral("no matching BEGIN");
    QTest::newRow("text after the calendar")
        << calendarWithEvent({"DTSTART:20260310T100000Z"}) + "SUMMARY:Stray\r\n"
        << 8 << QStringLiteral("after the end of the calendar");
    QTest::newRow("event after the calendar")
        << calendarWithEvent({"DTSTART:20260310T100000Z"}) + "BEGIN:VEVENT\r\n"
        << 8 << QStringLiteral("after the end of the calendar");
    QTest::newRow("BEGIN without name")
        << calendarWithEvent({"DTSTART:20260310T100000Z", "BEGIN:", "END:"}) << 6
        << QStringLiteral("name of a section");
    QTest::newRow("truncated in an alarm")
        << joinLines({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260310T100000Z", "BEGIN:VALARM",
                      "TRIGGER:-PT5M"})
        << 5 << QStringLiteral("without END:VALARM for the BEGIN:VALARM on line 4");
    QTest::newRow("truncated with trailing blank lines")
        << joinLines({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260310T100000Z", "", ""}) << 3
        << QStringLiteral("END:VEVENT");
    QTest::newRow("no events") << joinLines({"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VTIMEZONE",
                                             "TZID:Europe/Berlin", "END:VTIMEZONE",
                                             "END:VCALENDAR"})
                               << 1 << QStringLiteral("no events");
    QTest::newRow("events only in a to-do")
        << joinLines({"BEGIN:VCALENDAR", "BEGIN:VTODO", "BEGIN:VEVENT", "DTSTART:20260310T100000Z",
                      "END:VEVENT", "END:VTODO", "END:VCALENDAR"})
        << 1 << QStringLiteral("no events");
    QTest::newRow("control character")
        << calendarWithEvent({"DTSTART:20260310T100000Z"}).replace("DTSTART", "DT\x01START") << 5
        << QStringLiteral("binary data");
    QByteArray nulInFold =
        calendarWithEvent({"DTSTART:20260310T100000Z", "SUMMARY:Hello", " world"});
    nulInFold.replace(" world", QByteArray(" wor\0ld", 7));
    QTest::newRow("NUL byte on a continuation line")
        << nulInFold << 7 << QStringLiteral("binary data");
}

void TestIcsReader::refusesMalformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const IcsReadResult result = IcsReader::read(data);
    QVERIFY(!result.ok);
    QVERIFY(result.events.isEmpty());
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
    // Messages are sentences for the user, naming the line whenever one is to blame.
    QVERIFY2(result.error.endsWith(QLatin1Char('.')), qPrintable(result.error));
    if (line > 0)
        QVERIFY2(result.error.startsWith(QStringLiteral("Line %1: ").arg(line)),
                 qPrintable(result.error));
}

void TestIcsReader::refusesMalformedFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("truncated") << QStringLiteral("malformed-truncated.ics") << 10
                               << QStringLiteral(
                                      "without END:VEVENT for the BEGIN:VEVENT on line 4");
    QTest::newRow("mismatched") << QStringLiteral("malformed-mismatched.ics") << 10
                                << QStringLiteral("END:VTODO does not match BEGIN:VEVENT");
    QTest::newRow("no events") << QStringLiteral("malformed-no-events.ics") << 1
                               << QStringLiteral("no events");
    QTest::newRow("impossible date")
        << QStringLiteral("malformed-impossible-date.ics") << 14
        << QStringLiteral("Line 14: the start date \"20260230T100000\" is not a real date.");
    QTest::newRow("missing start")
        << QStringLiteral("malformed-missing-dtstart.ics") << 4 << QStringLiteral("no start time");
    QTest::newRow("end before start") << QStringLiteral("malformed-end-before-start.ics") << 8
                                      << QStringLiteral("before it starts");
    QTest::newRow("bad duration") << QStringLiteral("malformed-bad-duration.ics") << 8
                                  << QStringLiteral("duration \"PT1H30\"");
    QTest::newRow("no colon") << QStringLiteral("malformed-no-colon.ics") << 8
                              << QStringLiteral("no colon");
    QTest::newRow("vCard") << QStringLiteral("not-icalendar.ics") << 1
                           << QStringLiteral("not an iCalendar file");
}

void TestIcsReader::refusesMalformedFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const IcsReadResult result = IcsReader::readFile(fixturePath(file));
    QVERIFY(!result.ok);
    // Nothing half-read: the impossible-date file starts with a perfectly good event.
    QVERIFY(result.events.isEmpty());
    QCOMPARE(result.errorLine, line);
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
}

void TestIcsReader::refusesBinaryGarbage()
{
    QRandomGenerator random(20260310);
    QByteArray noise(4096, '\0');
    for (char &byte : noise)
        byte = static_cast<char>(random.bounded(256));

    const IcsReadResult pure = IcsReader::read(noise);
    QVERIFY(!pure.ok);
    QVERIFY(pure.events.isEmpty());
    QVERIFY(!pure.error.isEmpty());

    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + noise;
    const IcsReadResult image = IcsReader::read(png);
    QVERIFY(!image.ok);
    QCOMPARE(image.errorLine, 1);
    QVERIFY(image.error.contains(QStringLiteral("not an iCalendar file")));

    // A good start followed by garbage, as a broken download would look.
    QByteArray brokenDownload =
        joinLines({"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTART:20260310T100000Z"});
    brokenDownload += QByteArray("SUMMARY:\x01\x02\x03\xff\xfe", 13);
    brokenDownload += noise;
    const IcsReadResult broken = IcsReader::read(brokenDownload);
    QVERIFY(!broken.ok);
    QVERIFY(broken.events.isEmpty());
    QCOMPARE(broken.errorLine, 5);
    QVERIFY2(broken.error.contains(QStringLiteral("binary data")), qPrintable(broken.error));
}

void TestIcsReader::refusesOversizedData()
{
    QByteArray huge = calendarWithEvent({"DTSTART:20260310T100000Z", "X-PADDING:"});
    huge.append(QByteArray(IcsReader::MaxFileSize + 1 - huge.size(), 'x'));
    const IcsReadResult refused = IcsReader::read(huge);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errorLine, 0);
    QVERIFY2(refused.error.contains(QStringLiteral("5 MiB")), qPrintable(refused.error));
    QVERIFY(refused.events.isEmpty());

    // Exactly at the limit is still read.
    QByteArray atLimit = calendarWithEvent({"DTSTART:20260310T100000Z", "X-PADDING:"});
    const QByteArray tail = "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    atLimit.chop(tail.size());
    atLimit.append(QByteArray(IcsReader::MaxFileSize - atLimit.size() - tail.size(), 'x'));
    atLimit.append(tail);
    QCOMPARE(qint64(atLimit.size()), IcsReader::MaxFileSize);
    const IcsReadResult accepted = IcsReader::read(atLimit);
    QVERIFY2(accepted.ok, qPrintable(accepted.error));
    QCOMPARE(accepted.events.size(), 1);
}

void TestIcsReader::refusesDeepNesting()
{
    // The hostile file that used to overflow the stack: 100,000 nested blocks, 1.6 MB.
    QByteArray hostile =
        joinLines({"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTART:20260310T100000Z"});
    for (int i = 0; i < 100000; ++i)
        hostile += "BEGIN:X\r\n";
    for (int i = 0; i < 100000; ++i)
        hostile += "END:X\r\n";
    hostile += joinLines({"END:VEVENT", "END:VCALENDAR"});
    QVERIFY(hostile.size() > 1500000);
    const IcsReadResult refused = IcsReader::read(hostile);
    QVERIFY(!refused.ok);
    QVERIFY(refused.events.isEmpty());
    // VCALENDAR and VEVENT are two levels, so the 15th BEGIN:X (line 5 + 14) is too deep.
    const int firstTooDeep = 5 + IcsReader::MaxNesting - 2;
    QCOMPARE(refused.errorLine, firstTooDeep);
    QVERIFY2(refused.error.startsWith(QStringLiteral("Line %1: ").arg(firstTooDeep)),
             qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QStringLiteral("16 deep")), qPrintable(refused.error));

    // Exactly at the limit is still an invitation: unknown sections are skipped.
    QByteArray deepest =
        joinLines({"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTART:20260310T100000Z"});
    for (int i = 0; i < IcsReader::MaxNesting - 2; ++i)
        deepest += "BEGIN:X-DEEP\r\n";
    for (int i = 0; i < IcsReader::MaxNesting - 2; ++i)
        deepest += "END:X-DEEP\r\n";
    deepest += joinLines({"END:VEVENT", "END:VCALENDAR"});
    const IcsReadResult accepted = IcsReader::read(deepest);
    QVERIFY2(accepted.ok, qPrintable(accepted.error));
    QCOMPARE(accepted.events.size(), 1);

    // Many siblings are no danger and stay readable.
    QByteArray wide =
        joinLines({"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTART:20260310T100000Z"});
    for (int i = 0; i < 50000; ++i)
        wide += "BEGIN:X\r\nEND:X\r\n";
    wide += joinLines({"END:VEVENT", "END:VCALENDAR"});
    QVERIFY(IcsReader::read(wide).ok);
}

void TestIcsReader::readFile()
{
    const IcsReadResult fromFile =
        IcsReader::readFile(fixturePath(QStringLiteral("google-invitation.ics")));
    QVERIFY2(fromFile.ok, qPrintable(fromFile.error));
    QCOMPARE(fromFile.events.size(), 1);

    const IcsReadResult missing =
        IcsReader::readFile(fixturePath(QStringLiteral("does-not-exist.ics")));
    QVERIFY(!missing.ok);
    QCOMPARE(missing.errorLine, 0);
    QVERIFY(missing.error.contains(QStringLiteral("does not exist")));

    const IcsReadResult folder = IcsReader::readFile(QStringLiteral(ICS_FIXTURES));
    QVERIFY(!folder.ok);
    QVERIFY(folder.error.contains(QStringLiteral("folder")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("big.ics")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.write(calendarWithEvent({"DTSTART:20260310T100000Z"})) > 0);
    QVERIFY(big.resize(IcsReader::MaxFileSize + 1));
    big.close();
    const IcsReadResult tooBig = IcsReader::readFile(big.fileName());
    QVERIFY(!tooBig.ok);
    QCOMPARE(tooBig.errorLine, 0);
    QVERIFY2(tooBig.error.contains(QStringLiteral("5 MiB")), qPrintable(tooBig.error));
}

QTEST_GUILESS_MAIN(TestIcsReader)
#include "tst_icsreader.moc"
