#include "core/Clock.h"
#include "core/ical/IcsReader.h"
#include "core/ical/IcsText.h"
#include "core/ical/IcsWriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(IcsEvent)

namespace QTest {
template<> char *toString(const IcsPerson &person)
{
    const QString text = QStringLiteral("IcsPerson(name \"%1\", email \"%2\", role \"%3\")")
                             .arg(person.name, person.email, person.role);
    return qstrdup(text.toUtf8().constData());
}
} // namespace QTest

namespace {

const QString productId = QStringLiteral("-//SecondRound//SecondRound 0.1//EN");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(ICS_FIXTURES) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing fixture %s", qPrintable(name));
    return file.readAll();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QDateTime berlin(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Europe/Berlin")));
}

// Physical lines without their CRLF; fails the test if any line ends otherwise.
QList<QByteArray> physicalLines(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (!line.endsWith('\r'))
            return {};
        line.chop(1);
    }
    return lines;
}

QList<QByteArray> unfoldedLines(const QByteArray &data)
{
    QList<QByteArray> result;
    for (const QByteArray &line : physicalLines(data)) {
        if (line.startsWith(' ') && !result.isEmpty())
            result.last() += line.mid(1);
        else
            result.append(line);
    }
    return result;
}

IcsEvent interview()
{
    IcsEvent event;
    event.uid = QStringLiteral("round-2@secondround.example");
    event.start = berlin(2026, 3, 10, 10, 0);
    event.end = berlin(2026, 3, 10, 11, 30);
    event.summary = QStringLiteral("Second round");
    event.location = QStringLiteral("Contoso, Room 4.12");
    event.description = QStringLiteral("Bring work samples.");
    event.url = QUrl(QStringLiteral("https://jobs.example.com/4711"));
    event.organizer = {
        QStringLiteral("Maria Schmidt"), QStringLiteral("maria@contoso.example"), {}};
    event.attendees = {{QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.com"),
                        QStringLiteral("REQ-PARTICIPANT")}};
    event.stamp = utc(2026, 3, 2, 8, 15);
    event.alarmMinutesBefore = {15};
    return event;
}

IcsEvent readBack(const QByteArray &data)
{
    const IcsReadResult result = IcsReader::read(data);
    if (!result.ok)
        qWarning("Written calendar was refused: %s", qPrintable(result.error));
    return result.ok && result.events.size() == 1 ? result.events.first() : IcsEvent();
}

// Everything a round trip keeps. The zone is not kept (times travel as UTC) and neither
// is a floating flag on timed events, because UTC pins them to this computer's local time.
void compareRoundTrip(const IcsEvent &actual, const IcsEvent &expected)
{
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.start, expected.start);
    QCOMPARE(actual.end, expected.end);
    QCOMPARE(actual.allDay, expected.allDay);
    if (expected.allDay)
        QCOMPARE(actual.floating, expected.floating);
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.location, expected.location);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.url, expected.url);
    QCOMPARE(actual.organizer, expected.organizer);
    QCOMPARE(actual.attendees, expected.attendees);
    QCOMPARE(actual.stamp, expected.stamp);
    QCOMPARE(actual.alarmMinutesBefore, expected.alarmMinutesBefore);
    QCOMPARE(actual.cancelled, expected.cancelled);
}

} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void calendarStructure();
    void eventProperties();
    void optionalPropertiesOmitted();
    void allDayEvent();
    void floatingTimeWrittenAsUtc();
    void generatedUidAndStamp();
    void unusableTimes();
    void escaping_data();
    void escaping();
    void parameterQuoting_data();
    void parameterQuoting();
    void alarms_data();
    void alarms();
    void foldLine_data();
    void foldLine();
    void foldingInOutput_data();
    void foldingInOutput();
    void roundTrip_data();
    void roundTrip();
    void roundTripFixtures_data();
    void roundTripFixtures();
    void roundTripSeveralEvents();
};

void TestIcsWriter::cleanup()
{
    Clock::clearOverride();
}

void TestIcsWriter::calendarStructure()
{
    const QByteArray data = IcsWriter::write({interview(), interview()}, productId);
    const QList<QByteArray> lines = physicalLines(data);
    QVERIFY2(!lines.isEmpty(), "every line must end in CRLF");
    QVERIFY(!data.contains("\r\r"));
    QCOMPARE(data.count('\n'), data.count("\r\n"));

    QCOMPARE(lines.mid(0, 6),
             (QList<QByteArray>{"BEGIN:VCALENDAR", "VERSION:2.0",
                                "PRODID:-//SecondRound//SecondRound 0.1//EN", "CALSCALE:GREGORIAN",
                                "METHOD:PUBLISH", "BEGIN:VEVENT"}));
    QCOMPARE(lines.last(), QByteArray("END:VCALENDAR"));
    QCOMPARE(lines.count("BEGIN:VEVENT"), 2);
    QCOMPARE(lines.count("END:VEVENT"), 2);
    QCOMPARE(lines.count("BEGIN:VALARM"), 2);

    const QByteArray empty = IcsWriter::write({}, productId);
    QCOMPARE(physicalLines(empty),
             (QList<QByteArray>{"BEGIN:VCALENDAR", "VERSION:2.0",
                                "PRODID:-//SecondRound//SecondRound 0.1//EN", "CALSCALE:GREGORIAN",
                                "METHOD:PUBLISH", "END:VCALENDAR"}));
}

void TestIcsWriter::eventProperties()
{
    const QList<QByteArray> lines = unfoldedLines(IcsWriter::write({interview()}, productId));
    const QList<QByteArray> expected{
        "BEGIN:VEVENT",
        "UID:round-2@secondround.example",
        "DTSTAMP:20260302T081500Z",
        // 10:00 in Berlin in winter is 09:00 UTC.
        "DTSTART:20260310T090000Z",
        "DTEND:20260310T103000Z",
        "SUMMARY:Second round",
        "LOCATION:Contoso\\, Room 4.12",
        "URL:https://jobs.example.com/4711",
        "DESCRIPTION:Bring work samples.",
        "ORGANIZER;CN=Maria Schmidt:mailto:maria@contoso.example",
        "ATTENDEE;CN=\"Doe, Jane\";ROLE=REQ-PARTICIPANT:mailto:jane@example.com",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Second round",
        "TRIGGER:-PT15M",
        "END:VALARM",
        "END:VEVENT",
    };
    QCOMPARE(lines.mid(5, expected.size()), expected);

    IcsEvent cancelled = interview();
    cancelled.cancelled = true;
    QVERIFY(unfoldedLines(IcsWriter::write({cancelled}, productId)).contains("STATUS:CANCELLED"));
}

void TestIcsWriter::optionalPropertiesOmitted()
{
    IcsEvent bare;
    bare.uid = QStringLiteral("bare");
    bare.start = utc(2026, 3, 10, 9, 0);
    bare.end = utc(2026, 3, 10, 9, 30);
    bare.stamp = utc(2026, 3, 1, 0, 0);
    const QList<QByteArray> lines = unfoldedLines(IcsWriter::write({bare}, productId));
    QCOMPARE(lines.mid(5),
             (QList<QByteArray>{"BEGIN:VEVENT", "UID:bare", "DTSTAMP:20260301T000000Z",
                                "DTSTART:20260310T090000Z", "DTEND:20260310T093000Z",
                                "SUMMARY:", "END:VEVENT", "END:VCALENDAR"}));
}

void TestIcsWriter::allDayEvent()
{
    IcsEvent event;
    event.uid = QStringLiteral("day");
    event.allDay = true;
    event.floating = true;
    event.start = QDate(2026, 4, 20).startOfDay();
    event.end = QDate(2026, 4, 22).startOfDay();
    event.stamp = utc(2026, 4, 1, 0, 0);
    const QList<QByteArray> lines = unfoldedLines(IcsWriter::write({event}, productId));
    QVERIFY(lines.contains("DTSTART;VALUE=DATE:20260420"));
    QVERIFY(lines.contains("DTEND;VALUE=DATE:20260422"));

    // A missing end means the one day.
    event.end = QDateTime();
    const QList<QByteArray> oneDay = unfoldedLines(IcsWriter::write({event}, productId));
    QVERIFY(oneDay.contains("DTEND;VALUE=DATE:20260421"));
}

void TestIcsWriter::floatingTimeWrittenAsUtc()
{
    IcsEvent event;
    event.uid = QStringLiteral("floating");
    event.floating = true;
    event.start = QDateTime(QDate(2026, 4, 16), QTime(12, 0), Qt::LocalTime);
    event.end = QDateTime(QDate(2026, 4, 16), QTime(13, 0), Qt::LocalTime);
    event.stamp = utc(2026, 4, 1, 0, 0);
    const QByteArray data = IcsWriter::write({event}, productId);
    const QByteArray expectedStart =
        "DTSTART:" + event.start.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'").toLatin1();
    QVERIFY2(unfoldedLines(data).contains(expectedStart), expectedStart.constData());
    const IcsEvent back = readBack(data);
    QCOMPARE(back.start, event.start);
    QCOMPARE(back.end, event.end);
}

void TestIcsWriter::generatedUidAndStamp()
{
    Clock::setOverride([] { return utc(2026, 5, 1, 12, 34, 56); });
    IcsEvent event = interview();
    event.uid.clear();
    event.stamp = QDateTime();
    const QByteArray data = IcsWriter::write({event, event}, productId);
    const QList<QByteArray> lines = unfoldedLines(data);
    QCOMPARE(lines.count("DTSTAMP:20260501T123456Z"), 2);

    QSet<QByteArray> uids;
    for (const QByteArray &line : lines) {
        if (line.startsWith("UID:"))
            uids.insert(line);
    }
    QCOMPARE(uids.size(), 2);
    for (const QByteArray &uid : uids)
        QVERIFY2(uid.size() > 20 && uid.endsWith("@secondround"), uid.constData());
}

void TestIcsWriter::unusableTimes()
{
    IcsEvent noStart = interview();
    noStart.start = QDateTime();
    IcsEvent reversed = interview();
    reversed.uid = QStringLiteral("reversed");
    reversed.end = reversed.start.addSecs(-60);
    const QByteArray data = IcsWriter::write({noStart, reversed}, productId);
    const QList<QByteArray> lines = unfoldedLines(data);
    // The event without a start is left out; the reversed one loses its impossible end.
    QCOMPARE(lines.count("BEGIN:VEVENT"), 1);
    QVERIFY(lines.contains("UID:reversed"));
    for (const QByteArray &line : lines)
        QVERIFY2(!line.startsWith("DTEND"), line.constData());
    const IcsEvent back = readBack(data);
    QCOMPARE(back.end, back.start);
}

void TestIcsWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("escaped");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("plain") << QStringLiteral("Interview") << QByteArray("Interview")
                           << QStringLiteral("Interview");
    QTest::newRow("comma") << QStringLiteral("Berlin, Germany") << QByteArray("Berlin\\, Germany")
                           << QStringLiteral("Berlin, Germany");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("a\\;b")
                               << QStringLiteral("a;b");
    QTest::newRow("backslash") << QStringLiteral("C:\\Temp\\n") << QByteArray("C:\\\\Temp\\\\n")
                               << QStringLiteral("C:\\Temp\\n");
    QTest::newRow("newline") << QStringLiteral("one\ntwo") << QByteArray("one\\ntwo")
                             << QStringLiteral("one\ntwo");
    QTest::newRow("Windows newline")
        << QStringLiteral("one\r\ntwo") << QByteArray("one\\ntwo") << QStringLiteral("one\ntwo");
    QTest::newRow("old Mac newline")
        << QStringLiteral("one\rtwo") << QByteArray("one\\ntwo") << QStringLiteral("one\ntwo");
    QTest::newRow("colon and quote are fine")
        << QStringLiteral("Call: \"now\"") << QByteArray("Call: \"now\"")
        << QStringLiteral("Call: \"now\"");
    QTest::newRow("control characters dropped") << QStringLiteral("a\x01"
                                                                  "b\x7f"
                                                                  "c\td")
                                                << QByteArray("abc\td") << QStringLiteral("abc\td");
    QTest::newRow("non-ASCII") << QStringLiteral("Größe, 面接") << QByteArray("Größe\\, 面接")
                               << QStringLiteral("Größe, 面接");
}

void TestIcsWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, escaped);
    QFETCH(QString, decoded);
    IcsEvent event = interview();
    event.summary = text;
    event.location = text;
    event.description = text;
    const QByteArray data = IcsWriter::write({event}, productId);
    const QList<QByteArray> lines = unfoldedLines(data);
    QVERIFY(lines.contains("SUMMARY:" + escaped));
    QVERIFY(lines.contains("LOCATION:" + escaped));
    QVERIFY(lines.contains("DESCRIPTION:" + escaped));
    const IcsEvent back = readBack(data);
    QCOMPARE(back.summary, decoded);
    QCOMPARE(back.location, decoded);
    QCOMPARE(back.description, decoded);
}

void TestIcsWriter::parameterQuoting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expectedLine");

    QTest::newRow("plain") << QStringLiteral("Jane Doe")
                           << QByteArray("ATTENDEE;CN=Jane Doe:mailto:jane@example.com");
    QTest::newRow("comma") << QStringLiteral("Doe, Jane")
                           << QByteArray("ATTENDEE;CN=\"Doe, Jane\":mailto:jane@example.com");
    QTest::newRow("colon") << QStringLiteral("Team: EU")
                           << QByteArray("ATTENDEE;CN=\"Team: EU\":mailto:jane@example.com");
    QTest::newRow("semicolon") << QStringLiteral("A;B")
                               << QByteArray("ATTENDEE;CN=\"A;B\":mailto:jane@example.com");
    QTest::newRow("double quote") << QStringLiteral("Jo \"JJ\" Smith")
                                  << QByteArray(
                                         "ATTENDEE;CN=Jo ^'JJ^' Smith:mailto:jane@example.com");
    QTest::newRow("caret") << QStringLiteral("A^B")
                           << QByteArray("ATTENDEE;CN=A^^B:mailto:jane@example.com");
    QTest::newRow("newline") << QStringLiteral("Line\nBreak")
                             << QByteArray("ATTENDEE;CN=Line^nBreak:mailto:jane@example.com");
    QTest::newRow("non-ASCII") << QStringLiteral("Jörg Weiß")
                               << QByteArray("ATTENDEE;CN=Jörg Weiß:mailto:jane@example.com");
}

void TestIcsWriter::parameterQuoting()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expectedLine);
    IcsEvent event = interview();
    event.attendees = {{name, QStringLiteral("jane@example.com"), {}}};
    const QByteArray data = IcsWriter::write({event}, productId);
    QVERIFY2(unfoldedLines(data).contains(expectedLine), data.constData());
    QCOMPARE(readBack(data).attendees.value(0).name, name);
}

void TestIcsWriter::alarms_data()
{
    QTest::addColumn<QList<int>>("minutes");
    QTest::addColumn<QList<QByteArray>>("triggers");

    QTest::newRow("minutes") << QList<int>{15} << QList<QByteArray>{"TRIGGER:-PT15M"};
    QTest::newRow("hour and a half") << QList<int>{90} << QList<QByteArray>{"TRIGGER:-PT90M"};
    QTest::newRow("one day") << QList<int>{1440} << QList<QByteArray>{"TRIGGER:-P1D"};
    QTest::newRow("two days") << QList<int>{2880} << QList<QByteArray>{"TRIGGER:-P2D"};
    QTest::newRow("at the start") << QList<int>{0} << QList<QByteArray>{"TRIGGER:PT0M"};
    QTest::newRow("several") << QList<int>{1440, 60, 5}
                             << QList<QByteArray>{"TRIGGER:-P1D", "TRIGGER:-PT60M",
                                                  "TRIGGER:-PT5M"};
    QTest::newRow("negative skipped") << QList<int>{-10, 10} << QList<QByteArray>{"TRIGGER:-PT10M"};
    QTest::newRow("none") << QList<int>{} << QList<QByteArray>{};
}

void TestIcsWriter::alarms()
{
    QFETCH(QList<int>, minutes);
    QFETCH(QList<QByteArray>, triggers);
    IcsEvent event = interview();
    event.alarmMinutesBefore = minutes;
    const QByteArray data = IcsWriter::write({event}, productId);
    const QList<QByteArray> lines = unfoldedLines(data);
    QList<QByteArray> written;
    for (const QByteArray &line : lines) {
        if (line.startsWith("TRIGGER"))
            written.append(line);
    }
    QCOMPARE(written, triggers);
    QCOMPARE(lines.count("BEGIN:VALARM"), triggers.size());
    QCOMPARE(lines.count("ACTION:DISPLAY"), triggers.size());
    QCOMPARE(lines.count("DESCRIPTION:Second round"), triggers.size());

    QList<int> expected = minutes;
    expected.removeIf([](int value) { return value < 0; });
    QCOMPARE(readBack(data).alarmMinutesBefore, expected);
}

void TestIcsWriter::foldLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QList<QByteArray>>("expected");

    const QByteArray a75(75, 'a');
    QTest::newRow("short") << QByteArray("SUMMARY:x") << QList<QByteArray>{"SUMMARY:x"};
    QTest::newRow("exactly 75") << a75 << QList<QByteArray>{a75};
    QTest::newRow("76") << a75 + 'b' << QList<QByteArray>{a75, " b"};
    QTest::newRow("75 + 74") << a75 + QByteArray(74, 'b')
                             << QList<QByteArray>{a75, ' ' + QByteArray(74, 'b')};
    QTest::newRow("75 + 75") << a75 + QByteArray(75, 'b')
                             << QList<QByteArray>{a75, ' ' + QByteArray(74, 'b'), " b"};
    // "ä" is two bytes; starting at octet 75 it would be torn apart, so it moves down.
    QTest::newRow("two-byte character at the edge")
        << QByteArray(74, 'a') + "\xC3\xA4" + "z"
        << QList<QByteArray>{QByteArray(74, 'a'), " \xC3\xA4z"};
    // "面" is three bytes.
    QTest::newRow("three-byte character at the edge")
        << QByteArray(73, 'a') + "\xE9\x9D\xA2" + "z"
        << QList<QByteArray>{QByteArray(73, 'a'), " \xE9\x9D\xA2z"};
    QTest::newRow("three-byte character fitting exactly")
        << QByteArray(72, 'a') + "\xE9\x9D\xA2" + "z"
        << QList<QByteArray>{QByteArray(72, 'a') + "\xE9\x9D\xA2", " z"};
    // An emoji is four bytes.
    QTest::newRow("four-byte character at the edge")
        << QByteArray(72, 'a') + "\xF0\x9F\x8E\x89" + "z"
        << QList<QByteArray>{QByteArray(72, 'a'), " \xF0\x9F\x8E\x89z"};
}

void TestIcsWriter::foldLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QList<QByteArray>, expected);
    QCOMPARE(physicalLines(IcsText::foldLine(line)), expected);
}

void TestIcsWriter::foldingInOutput_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("German")
        << QStringLiteral("Vorstellungsgespräch für die Stelle als Softwareentwickler (m/w/d) "
                          "bei der Müller & Söhne GmbH in der Großen Straße 12, Ölmühle, "
                          "Außenstelle Nürnberg – bitte Zeugnisse und Führungszeugnis "
                          "mitbringen; Rückfragen gern über Frau Jäger-Weiß.")
               .repeated(3);
    QTest::newRow("Japanese")
        << QStringLiteral("二次面接：バックエンドエンジニア（決済チーム）。東京本社の会議室で行い"
                          "ます。ポートフォリオと職務経歴書をご持参ください。所要時間は約九十分"
                          "です。")
               .repeated(4);
    QTest::newRow("emoji and combining marks")
        << QStringLiteral("Celebration 🎉🎉🎉 with Zoe\u0301 and 👩‍💻 engineers 🚀")
               .repeated(8);
    QTest::newRow("mixed scripts")
        << QStringLiteral("Ελληνικά русский 中文 العربية עברית हिन्दी ภาษาไทย 한국어 ").repeated(6);
    QTest::newRow("long ASCII") << QString(2000, QLatin1Char('x'));
}

void TestIcsWriter::foldingInOutput()
{
    QFETCH(QString, text);
    IcsEvent event = interview();
    event.summary = text;
    event.description = text + QLatin1Char('\n') + text;
    event.location = text;
    event.attendees = {{text, QStringLiteral("jane@example.com"), {}}};
    const QByteArray data = IcsWriter::write({event}, productId);

    const QList<QByteArray> lines = physicalLines(data);
    QVERIFY2(!lines.isEmpty(), "every line must end in CRLF");
    int continuationLines = 0;
    for (const QByteArray &line : lines) {
        QVERIFY2(line.size() <= IcsText::MaxLineOctets, line.constData());
        // Each physical line must decode on its own: no UTF-8 sequence split by a fold.
        QVERIFY2(line.isValidUtf8(), line.toHex().constData());
        if (line.startsWith(' '))
            ++continuationLines;
    }
    QVERIFY(continuationLines > 0);

    const IcsEvent back = readBack(data);
    QCOMPARE(back.summary, event.summary);
    QCOMPARE(back.description, event.description);
    QCOMPARE(back.location, event.location);
    QCOMPARE(back.attendees, event.attendees);
}

void TestIcsWriter::roundTrip_data()
{
    QTest::addColumn<IcsEvent>("event");

    QTest::newRow("interview in Berlin") << interview();

    IcsEvent german = interview();
    german.uid = QStringLiteral("gespräch-ü@secondround.example");
    german.summary = QStringLiteral("Vorstellungsgespräch bei Müller & Söhne – Straße, Größe; "
                                    "Übung\\Pfad");
    german.location = QStringLiteral("Große Straße 12, 90402 Nürnberg");
    german.description = QStringLiteral("Grüße aus Köln!\n\n• Zeugnisse\n• Führungszeugnis\n");
    german.organizer = {QStringLiteral("Jörg Weiß"), QStringLiteral("joerg@müller.example"), {}};
    german.url = QUrl(QStringLiteral("https://example.org/jobs/Stellenanzeige?titel=Entwickler"
                                     "&stadt=Köln#bewerben"));
    QTest::newRow("German text") << german;

    IcsEvent japanese = interview();
    japanese.summary = QStringLiteral("二次面接：バックエンドエンジニア（決済チーム）");
    japanese.location = QStringLiteral("東京都千代田区丸の内1-1-1、会議室A");
    japanese.description =
        QStringLiteral("ポートフォリオと職務経歴書をご持参ください。\n所要時間は約九十分です。")
            .repeated(20);
    japanese.attendees = {
        {QStringLiteral("山田 太郎"), QStringLiteral("yamada@example.jp"), QStringLiteral("CHAIR")},
        {QStringLiteral("佐藤, 花子"), QStringLiteral("sato@example.jp"),
         QStringLiteral("OPT-PARTICIPANT")}};
    QTest::newRow("Japanese text") << japanese;

    IcsEvent longText = interview();
    QString description;
    for (int i = 0; i < 400; ++i)
        description += QStringLiteral("Line %1: commas, semicolons; backslashes \\ and "
                                      "ümlauts — plus 漢字.\n")
                           .arg(i);
    longText.description = description;
    longText.summary = QString(500, QChar(0x00e4));
    QTest::newRow("very long text") << longText;

    IcsEvent people = interview();
    people.organizer = {
        QStringLiteral("Dr. \"Bob\" O'Neil; HR: EMEA"), QStringLiteral("bob@example.com"), {}};
    people.attendees = {
        {QStringLiteral("A^B"), QStringLiteral("ab@example.com"), {}},
        {QStringLiteral("Line\nBreak"), QStringLiteral("lb@example.com"), {}},
        {QStringLiteral("No Address"), QString(), QStringLiteral("NON-PARTICIPANT")},
        {QString(), QStringLiteral("anonymous@example.com"), {}}};
    QTest::newRow("tricky names") << people;

    IcsEvent allDay;
    allDay.uid = QStringLiteral("all-day");
    allDay.allDay = true;
    allDay.floating = true;
    allDay.start = QDate(2026, 12, 30).startOfDay();
    allDay.end = QDate(2027, 1, 2).startOfDay();
    allDay.summary = QStringLiteral("Onsite visit");
    allDay.stamp = utc(2026, 12, 1, 0, 0);
    allDay.alarmMinutesBefore = {1440, 0};
    QTest::newRow("whole days") << allDay;

    IcsEvent cancelled = interview();
    cancelled.cancelled = true;
    cancelled.start = utc(2026, 7, 1, 23, 30);
    cancelled.end = utc(2026, 7, 2, 0, 15);
    QTest::newRow("cancelled, across midnight UTC") << cancelled;

    IcsEvent tokyo = interview();
    tokyo.start = QDateTime(QDate(2026, 10, 25), QTime(2, 30), QTimeZone("Asia/Tokyo"));
    tokyo.end = tokyo.start.addSecs(45 * 60);
    tokyo.alarmMinutesBefore = {10, 20, 30, 60, 120, 1440, 2880};
    QTest::newRow("Tokyo, many alarms") << tokyo;

    IcsEvent moment = interview();
    moment.end = moment.start;
    moment.alarmMinutesBefore.clear();
    moment.organizer = {};
    moment.attendees.clear();
    moment.url = QUrl();
    moment.location.clear();
    moment.description.clear();
    QTest::newRow("no duration, nothing optional") << moment;
}

void TestIcsWriter::roundTrip()
{
    QFETCH(IcsEvent, event);
    const QByteArray data = IcsWriter::write({event}, productId);
    for (const QByteArray &line : physicalLines(data))
        QVERIFY2(line.size() <= IcsText::MaxLineOctets && line.isValidUtf8(), line.constData());
    const IcsReadResult result = IcsReader::read(data);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), 1);
    compareRoundTrip(result.events.first(), event);
    if (QTest::currentTestFailed())
        return;
    // Writing what was read gives the same file.
    QCOMPARE(IcsWriter::write(result.events, productId), data);
}

void TestIcsWriter::roundTripFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Outlook") << QStringLiteral("outlook-invitation.ics");
    QTest::newRow("Outlook, custom zones") << QStringLiteral("outlook-custom-tzid.ics");
    QTest::newRow("Google") << QStringLiteral("google-invitation.ics");
    QTest::newRow("Apple") << QStringLiteral("apple-calendar.ics");
    QTest::newRow("several events") << QStringLiteral("multi-event.ics");
    QTest::newRow("durations") << QStringLiteral("durations.ics");
}

void TestIcsWriter::roundTripFixtures()
{
    QFETCH(QString, file);
    const IcsReadResult original = IcsReader::read(fixture(file));
    QVERIFY2(original.ok, qPrintable(original.error));
    const IcsReadResult again = IcsReader::read(IcsWriter::write(original.events, productId));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.events.size(), original.events.size());
    for (qsizetype i = 0; i < original.events.size(); ++i) {
        compareRoundTrip(again.events[i], original.events[i]);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestIcsWriter::roundTripSeveralEvents()
{
    QList<IcsEvent> events;
    for (int i = 0; i < 25; ++i) {
        IcsEvent event = interview();
        event.uid = QStringLiteral("event-%1@secondround.example").arg(i);
        event.start = utc(2026, 1, 1, 9, 0).addDays(i * 7);
        event.end = event.start.addSecs(3600 + i * 60);
        event.summary = QStringLiteral("Round %1 — Gespräch №%1").arg(i);
        events.append(event);
    }
    const IcsReadResult result = IcsReader::read(IcsWriter::write(events, productId));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.events.size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        compareRoundTrip(result.events[i], events[i]);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
