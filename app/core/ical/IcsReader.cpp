#include "core/ical/IcsReader.h"

#include "core/ical/IcsComponent.h"
#include "core/ical/IcsDuration.h"
#include "core/ical/IcsProperty.h"
#include "core/ical/IcsText.h"
#include "core/ical/IcsTimeZoneResolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

struct Failure
{
    int line = 0;
    QString message;
};

// An unfolded line with the number of the physical line it starts on, which is what a user
// finds in a text editor.
struct LogicalLine
{
    QByteArray bytes;
    int number = 0;
    // The physical line holding a control byte, if any; reported only once the line is
    // reached, so a file that is not iCalendar at all gets that more useful message.
    int binaryLine = 0;
};

struct TimeValue
{
    QDateTime dateTime;
    bool dateOnly = false;
    bool floating = false;
    QString zoneId;
};

enum class TimeRole { Start, End, Other };

struct ParsedEvent
{
    IcsEvent event;
    // Set on a VEVENT that replaces one occurrence of a repeating event.
    QDateTime recurrenceId;
};

IcsReadResult failed(const Failure &failure)
{
    return IcsReadResult::failure(failure.line, failure.message);
}

QString excerpt(QStringView text)
{
    constexpr qsizetype maxLength = 40;
    if (text.size() <= maxLength)
        return text.toString();
    qsizetype cut = maxLength;
    // Never end on half of a surrogate pair, which would show as a broken character.
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return text.first(cut).toString() + QChar(0x2026);
}

bool isControlByte(char byte)
{
    const auto value = static_cast<unsigned char>(byte);
    return (value < 0x20 && value != '\t') || value == 0x7f;
}

// RFC 5545 wants UTF-8, but Windows tools sometimes save UTF-16, with or without a byte
// order mark.
QByteArray toUtf8(const QByteArray &data)
{
    auto fromUtf16 = [&data](QStringConverter::Encoding encoding, qsizetype skip) {
        QStringDecoder decoder(encoding);
        const QString text = decoder.decode(QByteArrayView(data).sliced(skip));
        return text.toUtf8();
    };
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    if (data.startsWith("\xFF\xFE"))
        return fromUtf16(QStringConverter::Utf16LE, 2);
    if (data.startsWith("\xFE\xFF"))
        return fromUtf16(QStringConverter::Utf16BE, 2);
    if (data.size() >= 2 && data[0] != '\0' && data[1] == '\0')
        return fromUtf16(QStringConverter::Utf16LE, 0);
    if (data.size() >= 2 && data[0] == '\0' && data[1] != '\0')
        return fromUtf16(QStringConverter::Utf16BE, 0);
    return data;
}

// Works on bytes, so a fold that splits a UTF-8 sequence (as careless writers produce) is
// mended before decoding. Accepts CRLF, LF and CR line ends and space or tab as the fold
// marker.
QList<LogicalLine> unfold(const QByteArray &data, int *lastContentLine)
{
    QList<LogicalLine> lines;
    const qsizetype size = data.size();
    qsizetype pos = 0;
    int physical = 0;
    *lastContentLine = 0;
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && data[end] != '\n' && data[end] != '\r')
            ++end;
        QByteArrayView raw = QByteArrayView(data).sliced(pos, end - pos);
        ++physical;
        if (end + 1 < size && data[end] == '\r' && data[end + 1] == '\n')
            pos = end + 2;
        else
            pos = end + 1;
        if (raw.isEmpty())
            continue;

        const bool isContinuation = raw[0] == ' ' || raw[0] == '\t';
        if (isContinuation && !lines.isEmpty()) {
            raw = raw.sliced(1);
        } else {
            // Indentation before the first line continues nothing.
            if (isContinuation)
                raw = raw.trimmed();
            if (raw.isEmpty())
                continue;
            lines.append(LogicalLine{QByteArray(), physical, 0});
        }
        *lastContentLine = physical;
        LogicalLine &line = lines.last();
        line.bytes += raw;
        if (line.binaryLine == 0 && std::any_of(raw.begin(), raw.end(), isControlByte))
            line.binaryLine = physical;
    }
    return lines;
}

QString decodeLine(const QByteArray &bytes)
{
    // Files that claim UTF-8 but came from an old Windows program are usually Latin-1;
    // reading them as such keeps the accented letters instead of refusing the file.
    return bytes.isValidUtf8() ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

QString describeParseError(IcsProperty::ParseError error, int line, const QString &text)
{
    const QString number = QString::number(line);
    const QString shown = excerpt(text);
    switch (error) {
    case IcsProperty::ParseError::NoColon:
        return IcsReader::tr("Line %1: \"%2\" is not a valid calendar line, because it has no "
                             "colon.")
            .arg(number, shown);
    case IcsProperty::ParseError::NoName:
        return IcsReader::tr("Line %1: the line \"%2\" does not start with a property name.")
            .arg(number, shown);
    case IcsProperty::ParseError::BadName:
        return IcsReader::tr("Line %1: \"%2\" does not start with a valid property name.")
            .arg(number, shown);
    case IcsProperty::ParseError::UnclosedQuote:
        return IcsReader::tr("Line %1: a quoted value in \"%2\" is never closed.")
            .arg(number, shown);
    case IcsProperty::ParseError::BadParameter:
    case IcsProperty::ParseError::None:
        break;
    }
    return IcsReader::tr("Line %1: the parameters in \"%2\" are malformed.").arg(number, shown);
}

// Groups the lines into nested BEGIN/END blocks, checking that they pair up.
bool buildTree(const QList<LogicalLine> &lines, int lastContentLine, QList<IcsComponent> &calendars,
               Failure &failure)
{
    QList<IcsComponent> open;
    for (const LogicalLine &line : lines) {
        if (line.binaryLine > 0) {
            failure = {line.binaryLine,
                       IcsReader::tr("Line %1: the file contains binary data where calendar "
                                     "text was expected.")
                           .arg(line.binaryLine)};
            return false;
        }
        const QString text = decodeLine(line.bytes);
        const QString number = QString::number(line.number);
        IcsProperty::ParseError parseError = IcsProperty::ParseError::None;
        std::optional<IcsProperty> property = IcsProperty::parse(text, line.number, &parseError);
        if (!property) {
            failure = {line.number, describeParseError(parseError, line.number, text)};
            return false;
        }

        const bool isBegin = property->name() == u"BEGIN";
        const bool isEnd = property->name() == u"END";
        if (!isBegin && !isEnd) {
            if (open.isEmpty()) {
                failure = {line.number,
                           IcsReader::tr("Line %1: there is text after the end of the calendar "
                                         "(END:VCALENDAR).")
                               .arg(number)};
                return false;
            }
            open.last().addProperty(std::move(*property));
            continue;
        }

        const QString name = property->value().trimmed().toUpper();
        if (!IcsProperty::isValidName(name)) {
            failure = {line.number,
                       IcsReader::tr("Line %1: %2 must be followed by the name of a section, "
                                     "as in BEGIN:VEVENT.")
                           .arg(number, property->name())};
            return false;
        }
        if (isBegin) {
            if (open.isEmpty() && name != u"VCALENDAR") {
                failure = {line.number,
                           IcsReader::tr("Line %1: BEGIN:%2 appears after the end of the "
                                         "calendar (END:VCALENDAR).")
                               .arg(number, name)};
                return false;
            }
            if (open.size() >= IcsReader::MaxNesting) {
                failure = {line.number,
                           IcsReader::tr("Line %1: BEGIN:%2 nests sections more than %3 deep; "
                                         "real invitations never do, so the file is refused.")
                               .arg(number, excerpt(name), QString::number(IcsReader::MaxNesting))};
                return false;
            }
            open.append(IcsComponent(name, line.number));
            continue;
        }
        if (open.isEmpty()) {
            failure = {
                line.number,
                IcsReader::tr("Line %1: END:%2 has no matching BEGIN:%2.").arg(number, name)};
            return false;
        }
        if (open.last().name() != name) {
            failure = {line.number,
                       IcsReader::tr("Line %1: END:%2 does not match BEGIN:%3 on line %4; "
                                     "END:%3 was expected.")
                           .arg(number, name, open.last().name(),
                                QString::number(open.last().beginLine()))};
            return false;
        }
        IcsComponent closed = open.takeLast();
        closed.setEndLine(line.number);
        if (open.isEmpty())
            calendars.append(std::move(closed));
        else
            open.last().addComponent(std::move(closed));
    }
    if (!open.isEmpty()) {
        const IcsComponent &unclosed = open.last();
        failure = {lastContentLine,
                   IcsReader::tr("Line %1: the file ends without END:%2 for the BEGIN:%2 on "
                                 "line %3. The file is probably incomplete.")
                       .arg(QString::number(lastContentLine), unclosed.name(),
                            QString::number(unclosed.beginLine()))};
        return false;
    }
    return true;
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QString badFormatMessage(TimeRole role, const IcsProperty &property, const QString &value)
{
    const QString number = QString::number(property.line());
    switch (role) {
    case TimeRole::Start:
        return IcsReader::tr("Line %1: the start date \"%2\" is not in the iCalendar date "
                             "format (for example 20260310T140000).")
            .arg(number, value);
    case TimeRole::End:
        return IcsReader::tr("Line %1: the end date \"%2\" is not in the iCalendar date format "
                             "(for example 20260310T140000).")
            .arg(number, value);
    case TimeRole::Other:
        break;
    }
    return IcsReader::tr("Line %1: the date \"%2\" in %3 is not in the iCalendar date format "
                         "(for example 20260310T140000).")
        .arg(number, value, property.name());
}

QString badDateMessage(TimeRole role, const IcsProperty &property, const QString &value)
{
    const QString number = QString::number(property.line());
    switch (role) {
    case TimeRole::Start:
        return IcsReader::tr("Line %1: the start date \"%2\" is not a real date.")
            .arg(number, value);
    case TimeRole::End:
        return IcsReader::tr("Line %1: the end date \"%2\" is not a real date.").arg(number, value);
    case TimeRole::Other:
        break;
    }
    return IcsReader::tr("Line %1: the date \"%2\" in %3 is not a real date.")
        .arg(number, value, property.name());
}

QString badTimeMessage(TimeRole role, const IcsProperty &property, const QString &value)
{
    const QString number = QString::number(property.line());
    switch (role) {
    case TimeRole::Start:
        return IcsReader::tr("Line %1: the start time \"%2\" is not a real time of day.")
            .arg(number, value);
    case TimeRole::End:
        return IcsReader::tr("Line %1: the end time \"%2\" is not a real time of day.")
            .arg(number, value);
    case TimeRole::Other:
        break;
    }
    return IcsReader::tr("Line %1: the time \"%2\" in %3 is not a real time of day.")
        .arg(number, value, property.name());
}

// DATE (20260310), local or zoned DATE-TIME (20260310T140000) or UTC (20260310T140000Z).
bool readTime(const IcsProperty &property, TimeRole role, const IcsTimeZoneResolver &zones,
              TimeValue &out, Failure &failure)
{
    const QString value = property.value().trimmed();
    const int line = property.line();
    const QStringView view(value);
    bool hasTime = false;
    bool isUtc = false;
    if (value.size() == 8 && allDigits(view)) {
        hasTime = false;
    } else if ((value.size() == 15 || (value.size() == 16 && view[15].toUpper() == u'Z')) &&
               view[8].toUpper() == u'T' && allDigits(view.first(8)) &&
               allDigits(view.sliced(9, 6))) {
        hasTime = true;
        isUtc = value.size() == 16;
    } else {
        failure = {line, badFormatMessage(role, property, excerpt(value))};
        return false;
    }

    const QDate date(view.sliced(0, 4).toInt(), view.sliced(4, 2).toInt(),
                     view.sliced(6, 2).toInt());
    if (!date.isValid()) {
        failure = {line, badDateMessage(role, property, value)};
        return false;
    }
    if (!hasTime) {
        out.dateTime = date.startOfDay(Qt::LocalTime);
        out.dateOnly = true;
        out.floating = true;
        return true;
    }

    int seconds = view.sliced(13, 2).toInt();
    // RFC 5545 allows 60 for a leap second, which QTime cannot hold.
    if (seconds == 60)
        seconds = 59;
    const QTime time(view.sliced(9, 2).toInt(), view.sliced(11, 2).toInt(), seconds);
    if (!time.isValid()) {
        failure = {line, badTimeMessage(role, property, value)};
        return false;
    }
    if (isUtc) {
        out.dateTime = QDateTime(date, time, Qt::UTC);
        return true;
    }

    const QString tzid = property.parameter(u"TZID").trimmed();
    if (tzid.isEmpty()) {
        out.floating = true;
        out.dateTime = QDateTime(date, time, Qt::LocalTime);
        if (!out.dateTime.isValid())
            out.dateTime = IcsTimeZoneResolver::toDateTime(date, time, QTimeZone::systemTimeZone())
                               .toLocalTime();
        return true;
    }
    const QTimeZone zone = zones.resolve(tzid, date.year());
    if (!zone.isValid()) {
        failure = {line, IcsReader::tr("Line %1: the time zone \"%2\" is unknown, and the file "
                                       "does not describe it.")
                             .arg(QString::number(line), excerpt(tzid))};
        return false;
    }
    if (zone.id() == "UTC") {
        out.dateTime = QDateTime(date, time, Qt::UTC);
        return true;
    }
    out.dateTime = IcsTimeZoneResolver::toDateTime(date, time, zone);
    out.zoneId = QString::fromLatin1(zone.id());
    return true;
}

IcsPerson readPerson(const IcsProperty &property)
{
    IcsPerson person;
    person.name = property.parameter(u"CN");
    person.role = property.parameter(u"ROLE").trimmed().toUpper();
    const QString address = property.value().trimmed();
    const QLatin1String mailto("mailto:");
    if (address.startsWith(mailto, Qt::CaseInsensitive))
        person.email = address.mid(mailto.size()).trimmed();
    else if (!address.contains(QLatin1Char(':')) && address.contains(QLatin1Char('@')))
        person.email = address;
    // RFC 7986 lets the address be something else (urn:uuid:...) and the mail go in EMAIL.
    if (person.email.isEmpty())
        person.email = property.parameter(u"EMAIL").trimmed();
    return person;
}

bool readAlarms(const IcsComponent &component, const IcsTimeZoneResolver &zones, IcsEvent &event,
                Failure &failure)
{
    for (const IcsComponent *alarm : component.componentsNamed(u"VALARM")) {
        // Apple marks a default alarm the user switched off with ACTION:NONE.
        const IcsProperty *action = alarm->property(u"ACTION");
        if (action && action->value().trimmed().compare(u"NONE", Qt::CaseInsensitive) == 0)
            continue;
        const IcsProperty *trigger = alarm->property(u"TRIGGER");
        if (!trigger)
            continue;
        const QString value = trigger->value().trimmed();
        qint64 secondsBefore = 0;
        const bool isAbsolute =
            trigger->parameter(u"VALUE").compare(u"DATE-TIME", Qt::CaseInsensitive) == 0 ||
            (!value.isEmpty() && value[0].isDigit());
        if (isAbsolute) {
            TimeValue at;
            if (!readTime(*trigger, TimeRole::Other, zones, at, failure))
                return false;
            secondsBefore = at.dateTime.secsTo(event.start);
        } else {
            const std::optional<IcsDuration> offset = IcsDuration::parse(value);
            if (!offset) {
                failure = {trigger->line(),
                           IcsReader::tr("Line %1: the reminder time \"%2\" is not valid; "
                                         "reminders look like -PT15M or -P1D.")
                               .arg(QString::number(trigger->line()), excerpt(value))};
                return false;
            }
            secondsBefore = -offset->approximateSeconds();
            if (trigger->parameter(u"RELATED").compare(u"END", Qt::CaseInsensitive) == 0)
                secondsBefore -= event.start.secsTo(event.end);
        }
        // A trigger after the start is a follow-up, not a reminder of the appointment.
        if (secondsBefore < 0)
            continue;
        const qint64 minutes =
            std::min<qint64>((secondsBefore + 30) / 60, std::numeric_limits<int>::max());
        if (!event.alarmMinutesBefore.contains(static_cast<int>(minutes)))
            event.alarmMinutesBefore.append(static_cast<int>(minutes));
    }
    return true;
}

bool readEnd(const IcsComponent &component, const IcsTimeZoneResolver &zones,
             const TimeValue &start, const IcsProperty &startProperty, IcsEvent &event,
             Failure &failure)
{
    if (const IcsProperty *dtend = component.property(u"DTEND")) {
        TimeValue end;
        if (!readTime(*dtend, TimeRole::End, zones, end, failure))
            return false;
        const QString number = QString::number(dtend->line());
        if (end.dateOnly != start.dateOnly) {
            failure = {dtend->line(),
                       IcsReader::tr("Line %1: the end \"%2\" and the start \"%3\" must either "
                                     "both be whole days or both have a time of day.")
                           .arg(number, dtend->value().trimmed(), startProperty.value().trimmed())};
            return false;
        }
        if (end.dateTime < start.dateTime) {
            failure = {dtend->line(),
                       IcsReader::tr("Line %1: the event ends (%2) before it starts (%3).")
                           .arg(number, dtend->value().trimmed(), startProperty.value().trimmed())};
            return false;
        }
        event.end = end.dateTime;
        // Some programs write a whole-day event as DTEND equal to DTSTART.
        if (start.dateOnly && end.dateTime == start.dateTime)
            event.end = start.dateTime.date().addDays(1).startOfDay(Qt::LocalTime);
        return true;
    }

    if (const IcsProperty *durationProperty = component.property(u"DURATION")) {
        const QString value = durationProperty->value().trimmed();
        const QString number = QString::number(durationProperty->line());
        const std::optional<IcsDuration> duration = IcsDuration::parse(value);
        if (!duration) {
            failure = {durationProperty->line(),
                       IcsReader::tr("Line %1: the duration \"%2\" is not valid; durations look "
                                     "like PT1H30M or P1D.")
                           .arg(number, excerpt(value))};
            return false;
        }
        if (duration->isNegative() && !duration->isZero()) {
            failure = {durationProperty->line(),
                       IcsReader::tr("Line %1: the duration \"%2\" is negative, so the event "
                                     "would end before it starts.")
                           .arg(number, value)};
            return false;
        }
        event.end = duration->addTo(start.dateTime);
        if (!event.end.isValid()) {
            failure = {
                durationProperty->line(),
                IcsReader::tr("Line %1: the duration \"%2\" is too long.").arg(number, value)};
            return false;
        }
        return true;
    }

    // RFC 5545 3.6.1: without DTEND or DURATION a timed event is a moment and a date event
    // lasts that one day.
    event.end = start.dateOnly ? start.dateTime.date().addDays(1).startOfDay(Qt::LocalTime)
                               : start.dateTime;
    return true;
}

bool readEvent(const IcsComponent &component, const IcsTimeZoneResolver &zones, ParsedEvent &parsed,
               Failure &failure)
{
    IcsEvent &event = parsed.event;
    const IcsProperty *dtstart = component.property(u"DTSTART");
    if (!dtstart) {
        failure = {component.beginLine(),
                   IcsReader::tr("Line %1: the event that begins here has no start time "
                                 "(DTSTART).")
                       .arg(component.beginLine())};
        return false;
    }
    TimeValue start;
    if (!readTime(*dtstart, TimeRole::Start, zones, start, failure))
        return false;
    event.start = start.dateTime;
    event.allDay = start.dateOnly;
    event.floating = start.floating;
    event.timeZoneId = start.zoneId;
    if (!readEnd(component, zones, start, *dtstart, event, failure))
        return false;

    for (const IcsProperty &property : component.properties()) {
        const QString &name = property.name();
        if (name == u"UID") {
            event.uid = IcsText::unescape(property.value()).trimmed();
        } else if (name == u"SUMMARY" && event.summary.isEmpty()) {
            event.summary = IcsText::unescape(property.value());
        } else if (name == u"LOCATION" && event.location.isEmpty()) {
            event.location = IcsText::unescape(property.value());
        } else if (name == u"DESCRIPTION" && event.description.isEmpty()) {
            event.description = IcsText::unescape(property.value());
        } else if (name == u"URL") {
            const QUrl url(property.value().trimmed());
            // A broken link is not worth refusing an invitation over.
            if (url.isValid() && !url.isRelative())
                event.url = url;
        } else if (name == u"DTSTAMP") {
            TimeValue stamp;
            if (!readTime(property, TimeRole::Other, zones, stamp, failure))
                return false;
            event.stamp = stamp.dateTime.toUTC();
        } else if (name == u"ORGANIZER") {
            event.organizer = readPerson(property);
        } else if (name == u"ATTENDEE") {
            event.attendees.append(readPerson(property));
        } else if (name == u"STATUS") {
            event.cancelled =
                property.value().trimmed().compare(u"CANCELLED", Qt::CaseInsensitive) == 0;
        } else if (name == u"RRULE") {
            event.recurrenceRule = property.value().trimmed();
        } else if (name == u"RECURRENCE-ID") {
            TimeValue recurrenceId;
            if (!readTime(property, TimeRole::Other, zones, recurrenceId, failure))
                return false;
            parsed.recurrenceId = recurrenceId.dateTime;
        }
    }
    return readAlarms(component, zones, event, failure);
}

// Only the first occurrence of a repeating event is imported, so a changed occurrence
// matters only when it is that first one; changes to later ones are dropped. A changed
// occurrence sent without its series (a typical "this meeting moved" mail) stands alone.
QList<IcsEvent> applyChangedOccurrences(QList<ParsedEvent> parsed)
{
    QHash<QString, qsizetype> seriesIndex;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const IcsEvent &event = parsed[i].event;
        if (!parsed[i].recurrenceId.isValid() && !event.uid.isEmpty() &&
            !seriesIndex.contains(event.uid))
            seriesIndex.insert(event.uid, i);
    }
    QList<bool> dropped(parsed.size(), false);
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        if (!parsed[i].recurrenceId.isValid())
            continue;
        const auto series = seriesIndex.constFind(parsed[i].event.uid);
        if (series == seriesIndex.constEnd())
            continue;
        IcsEvent &first = parsed[*series].event;
        if (parsed[i].recurrenceId == first.start) {
            const QString rule = first.recurrenceRule;
            first = parsed[i].event;
            first.recurrenceRule = rule;
        }
        dropped[i] = true;
    }
    QList<IcsEvent> events;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        if (!dropped[i])
            events.append(std::move(parsed[i].event));
    }
    return events;
}

IcsReadResult tooLarge(qint64 size)
{
    const QLocale locale;
    return IcsReadResult::failure(
        0, IcsReader::tr("The file is %1, but calendar files larger than %2 are not imported.")
               .arg(locale.formattedDataSize(size, 1),
                    locale.formattedDataSize(IcsReader::MaxFileSize, 0)));
}

} // namespace

IcsReadResult IcsReader::read(const QByteArray &data)
{
    if (data.size() > MaxFileSize)
        return tooLarge(data.size());

    int lastContentLine = 0;
    const QList<LogicalLine> lines = unfold(toUtf8(data), &lastContentLine);
    if (lines.isEmpty())
        return IcsReadResult::failure(0, tr("The file is empty."));
    const LogicalLine &first = lines.first();
    if (first.bytes.trimmed().compare("BEGIN:VCALENDAR", Qt::CaseInsensitive) != 0)
        return IcsReadResult::failure(
            first.number, tr("Line %1: this is not an iCalendar file, because it does not "
                             "start with BEGIN:VCALENDAR.")
                              .arg(first.number));

    QList<IcsComponent> calendars;
    Failure failure;
    if (!buildTree(lines, lastContentLine, calendars, failure))
        return failed(failure);

    QList<const IcsComponent *> timeZoneBlocks;
    for (const IcsComponent &calendar : calendars)
        timeZoneBlocks += calendar.componentsNamed(u"VTIMEZONE");
    const IcsTimeZoneResolver zones(timeZoneBlocks);

    QList<ParsedEvent> parsed;
    for (const IcsComponent &calendar : calendars) {
        // A cancellation mail (METHOD:CANCEL) often leaves STATUS out of its events.
        const IcsProperty *method = calendar.property(u"METHOD");
        const bool cancelsAll =
            method && method->value().trimmed().compare(u"CANCEL", Qt::CaseInsensitive) == 0;
        for (const IcsComponent *component : calendar.componentsNamed(u"VEVENT")) {
            ParsedEvent event;
            if (!readEvent(*component, zones, event, failure))
                return failed(failure);
            if (cancelsAll)
                event.event.cancelled = true;
            parsed.append(std::move(event));
        }
    }
    if (parsed.isEmpty()) {
        const int line = calendars.first().beginLine();
        return IcsReadResult::failure(
            line, tr("Line %1: the calendar contains no events to import.").arg(line));
    }
    return IcsReadResult::success(applyChangedOccurrences(std::move(parsed)));
}

IcsReadResult IcsReader::readFile(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return IcsReadResult::failure(0, tr("The file \"%1\" does not exist.").arg(shownPath));
    if (info.isDir())
        return IcsReadResult::failure(
            0, tr("\"%1\" is a folder, not a calendar file.").arg(shownPath));
    // Checked before reading so a huge file is never loaded into memory.
    if (info.size() > MaxFileSize)
        return tooLarge(info.size());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return IcsReadResult::failure(
            0, tr("The file \"%1\" could not be opened: %2").arg(shownPath, file.errorString()));
    // The size may have changed since the check, or the file may be a device or pipe.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return IcsReadResult::failure(
            0, tr("The file \"%1\" could not be read: %2").arg(shownPath, file.errorString()));
    if (data.size() > MaxFileSize)
        return tooLarge(data.size());
    return read(data);
}
