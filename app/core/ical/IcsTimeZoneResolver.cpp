#include "core/ical/IcsTimeZoneResolver.h"

#include "core/ical/IcsText.h"
#include "core/ical/WindowsTimeZones.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

constexpr int maxOffsetSeconds = 14 * 3600;

struct LegacyName
{
    const char *name;
    const char *ianaId;
};

// Old System V names that still turn up in TZIDs. They are not in Qt's list of zones, and
// where tzdata no longer installs them Qt would misread them as POSIX rules at UTC+0, so
// they map to the zones tzdata itself now links them to.
constexpr LegacyName legacyNames[] = {
    {"CET", "Europe/Brussels"},         {"MET", "Europe/Brussels"},
    {"EET", "Europe/Athens"},           {"WET", "Europe/Lisbon"},
    {"EST", "America/Panama"},          {"MST", "America/Phoenix"},
    {"HST", "Pacific/Honolulu"},        {"EST5EDT", "America/New_York"},
    {"CST6CDT", "America/Chicago"},     {"MST7MDT", "America/Denver"},
    {"PST8PDT", "America/Los_Angeles"},
};

std::optional<int> parseUtcOffset(QStringView text)
{
    const QStringView value = text.trimmed();
    if ((value.size() != 5 && value.size() != 7) ||
        (value[0] != QLatin1Char('+') && value[0] != QLatin1Char('-')))
        return std::nullopt;
    for (qsizetype i = 1; i < value.size(); ++i) {
        if (value[i] < QLatin1Char('0') || value[i] > QLatin1Char('9'))
            return std::nullopt;
    }
    const int hours = value.sliced(1, 2).toInt();
    const int minutes = value.sliced(3, 2).toInt();
    const int seconds = value.size() == 7 ? value.sliced(5, 2).toInt() : 0;
    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    const int total = hours * 3600 + minutes * 60 + seconds;
    if (total > maxOffsetSeconds)
        return std::nullopt;
    return value[0] == QLatin1Char('-') ? -total : total;
}

int weekdayFromCode(QStringView code)
{
    static const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    for (int i = 0; i < 7; ++i) {
        if (code.compare(QLatin1String(codes[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// The ordinal-th given weekday of a month; negative ordinals count from the month's end
// (-1SU is the last Sunday).
QDate nthWeekday(int year, int month, int weekday, int ordinal)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || weekday < 1 || weekday > 7 || ordinal == 0)
        return QDate();
    QDate day;
    if (ordinal > 0) {
        const int skip = (weekday - first.dayOfWeek() + 7) % 7;
        day = first.addDays(skip + 7 * (ordinal - 1));
    } else {
        const QDate last(year, month, first.daysInMonth());
        const int skip = (last.dayOfWeek() - weekday + 7) % 7;
        day = last.addDays(-skip - 7 * (-ordinal - 1));
    }
    return day.month() == month ? day : QDate();
}

QDate dateFromDigits(QStringView value)
{
    if (value.size() < 8)
        return QDate();
    bool okYear = false;
    bool okMonth = false;
    bool okDay = false;
    const QDate date(value.sliced(0, 4).toInt(&okYear), value.sliced(4, 2).toInt(&okMonth),
                     value.sliced(6, 2).toInt(&okDay));
    return okYear && okMonth && okDay ? date : QDate();
}

// Whole-word search, so "Rome" is found in "Bern, Rome, Stockholm" but not in "Romero".
qsizetype findWord(QStringView text, QStringView word)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype position = text.indexOf(word, from, Qt::CaseInsensitive);
        if (position < 0)
            return -1;
        const qsizetype end = position + word.size();
        const bool startsWord = position == 0 || !text[position - 1].isLetter();
        const bool endsWord = end == text.size() || !text[end].isLetter();
        if (startsWord && endsWord)
            return position;
        from = position + 1;
    }
}

} // namespace

bool IcsTimeZoneResolver::Observance::appliesIn(int year) const
{
    if (startDate.isValid() && startDate.year() > year)
        return false;
    if (recurring)
        return untilYear == 0 || untilYear >= year;
    return !startDate.isValid() || startDate.year() == year;
}

QDate IcsTimeZoneResolver::Observance::transitionIn(int year) const
{
    if (recurring && month > 0)
        return nthWeekday(year, month, weekday, ordinal);
    if (!recurring && startDate.isValid() && startDate.year() == year)
        return startDate;
    return QDate();
}

IcsTimeZoneResolver::IcsTimeZoneResolver(const QList<const IcsComponent *> &timeZoneBlocks)
{
    for (const IcsComponent *block : timeZoneBlocks) {
        Definition definition = parseDefinition(*block);
        if (!definition.tzid.isEmpty())
            m_definitions.append(std::move(definition));
    }
}

IcsTimeZoneResolver::Definition IcsTimeZoneResolver::parseDefinition(const IcsComponent &block)
{
    Definition definition;
    if (const IcsProperty *tzid = block.property(u"TZID"))
        definition.tzid = IcsText::unescape(tzid->value()).trimmed();
    if (const IcsProperty *location = block.property(u"X-LIC-LOCATION"))
        definition.location = IcsText::unescape(location->value()).trimmed();

    for (const IcsComponent &child : block.components()) {
        if (child.name() != u"STANDARD" && child.name() != u"DAYLIGHT")
            continue;
        const IcsProperty *offsetTo = child.property(u"TZOFFSETTO");
        const std::optional<int> offset =
            offsetTo ? parseUtcOffset(offsetTo->value()) : std::optional<int>();
        if (!offset)
            continue;
        Observance observance;
        observance.daylight = child.name() == u"DAYLIGHT";
        observance.offsetTo = *offset;
        if (const IcsProperty *start = child.property(u"DTSTART"))
            observance.startDate = dateFromDigits(start->value().trimmed());
        if (const IcsProperty *rule = child.property(u"RRULE")) {
            const QStringList parts = rule->value().trimmed().split(QLatin1Char(';'));
            bool yearly = false;
            for (const QString &part : parts) {
                const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
                const QString value = part.section(QLatin1Char('='), 1).trimmed();
                if (key == u"FREQ") {
                    yearly = value.compare(u"YEARLY", Qt::CaseInsensitive) == 0;
                } else if (key == u"BYMONTH") {
                    observance.month = value.toInt();
                } else if (key == u"BYDAY" && value.size() >= 2) {
                    observance.weekday = weekdayFromCode(QStringView(value).last(2));
                    const QStringView ordinal = QStringView(value).chopped(2);
                    observance.ordinal = ordinal.isEmpty() ? 1 : ordinal.toInt();
                } else if (key == u"UNTIL") {
                    const QDate until = dateFromDigits(value);
                    observance.untilYear = until.isValid() ? until.year() : 0;
                }
            }
            observance.recurring = yearly;
            if (!yearly || observance.month < 1 || observance.month > 12 ||
                observance.weekday == 0 || observance.ordinal == 0)
                observance.month = 0;
        }
        definition.observances.append(observance);
    }
    return definition;
}

IcsTimeZoneResolver::YearRules IcsTimeZoneResolver::rulesFor(const Definition &definition, int year)
{
    const Observance *standard = nullptr;
    const Observance *summer = nullptr;
    const Observance *latestStandard = nullptr;
    const Observance *latestAny = nullptr;
    auto later = [](const Observance *current, const Observance &candidate) {
        return !current || candidate.startDate > current->startDate;
    };
    for (const Observance &observance : definition.observances) {
        if (observance.appliesIn(year)) {
            const Observance *&slot = observance.daylight ? summer : standard;
            if (later(slot, observance))
                slot = &observance;
        }
        if (observance.startDate.isValid() && observance.startDate.year() > year)
            continue;
        if (!observance.daylight && later(latestStandard, observance))
            latestStandard = &observance;
        if (later(latestAny, observance))
            latestAny = &observance;
    }

    YearRules rules;
    // No standard observance for this year (the zone dropped DST, or the block only covers
    // other years): the offset that was last set is the one still in force.
    const Observance *base = standard ? standard : (latestStandard ? latestStandard : latestAny);
    if (!base)
        return rules;
    rules.valid = true;
    rules.standardOffset = base->offsetTo;
    if (summer && summer->offsetTo != rules.standardOffset) {
        rules.hasDaylight = true;
        rules.daylightOffset = summer->offsetTo;
        rules.daylightStarts = summer->transitionIn(year);
        if (standard)
            rules.standardStarts = standard->transitionIn(year);
    }
    return rules;
}

bool IcsTimeZoneResolver::behavesLike(const QTimeZone &zone, const YearRules &rules, int year)
{
    auto offsetOn = [&zone](QDate day) {
        return zone.offsetFromUtc(QDateTime(day, QTime(12, 0), Qt::UTC));
    };
    const int january = offsetOn(QDate(year, 1, 15));
    const int july = offsetOn(QDate(year, 7, 15));
    const int standard = rules.standardOffset;
    if (!rules.hasDaylight)
        return january == standard && july == standard;
    const int summer = rules.daylightOffset;
    if (!((january == standard && july == summer) || (january == summer && july == standard)))
        return false;
    // Two days either side keeps the probe clear of the transition whatever the zone's
    // distance from UTC, while still telling apart rules that differ by a week or more.
    if (rules.daylightStarts.isValid() && (offsetOn(rules.daylightStarts.addDays(-2)) != standard ||
                                           offsetOn(rules.daylightStarts.addDays(2)) != summer))
        return false;
    if (rules.standardStarts.isValid() && (offsetOn(rules.standardStarts.addDays(-2)) != summer ||
                                           offsetOn(rules.standardStarts.addDays(2)) != standard))
        return false;
    return true;
}

QList<QByteArray> IcsTimeZoneResolver::cityHints(const QString &tzid)
{
    // Outlook's custom names list cities ("(UTC+01:00) Amsterdam, Berlin, Bern, ..."); a zone
    // named after the first of them that also has the right offsets is what the sender meant.
    struct Hint
    {
        qsizetype position;
        QByteArray id;
    };
    QList<Hint> hints;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Qt also lists offset ids such as "UTC+01:00", which are no places.
        if (!id.contains('/'))
            continue;
        QString city = QString::fromLatin1(id.mid(id.lastIndexOf('/') + 1));
        city.replace(QLatin1Char('_'), QLatin1Char(' '));
        // Shorter names are abbreviations such as "UTC" or "EST", not cities.
        if (city.size() < 4)
            continue;
        const qsizetype position = findWord(tzid, city);
        if (position >= 0)
            hints.append(Hint{position, id});
    }
    std::stable_sort(hints.begin(), hints.end(),
                     [](const Hint &a, const Hint &b) { return a.position < b.position; });
    QList<QByteArray> ids;
    for (const Hint &hint : hints)
        ids.append(hint.id);
    return ids;
}

QList<QByteArray> IcsTimeZoneResolver::candidatesFor(const QString &tzid)
{
    QList<QByteArray> candidates;
    QSet<QByteArray> seen;
    auto add = [&candidates, &seen](const QByteArray &id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            candidates.append(id);
        }
    };
    for (const QByteArray &id : cityHints(tzid))
        add(id);
    for (const QByteArray &id : WindowsTimeZones::representativeIanaIds())
        add(id);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/'))
            add(id);
    }
    return candidates;
}

QTimeZone IcsTimeZoneResolver::fromDefinition(const Definition &definition, int year)
{
    if (!definition.location.isEmpty()) {
        const QTimeZone located = ianaZone(definition.location);
        if (located.isValid())
            return located;
    }
    const YearRules rules = rulesFor(definition, year);
    if (!rules.valid)
        return QTimeZone();
    for (const QByteArray &id : candidatesFor(definition.tzid)) {
        const QTimeZone zone(id);
        if (zone.isValid() && behavesLike(zone, rules, year))
            return zone;
    }
    return QTimeZone(rules.standardOffset);
}

const IcsTimeZoneResolver::Definition *
IcsTimeZoneResolver::findDefinition(const QString &tzid) const
{
    for (const Definition &definition : m_definitions) {
        if (definition.tzid == tzid)
            return &definition;
    }
    for (const Definition &definition : m_definitions) {
        if (definition.tzid.compare(tzid, Qt::CaseInsensitive) == 0)
            return &definition;
    }
    return nullptr;
}

QTimeZone IcsTimeZoneResolver::fromDisplayName(const QString &tzid, int year)
{
    // Outlook.com sometimes names a zone by its display name alone, with no VTIMEZONE:
    // "(UTC+01:00) Amsterdam, Berlin, ...". The offset in brackets is only the standard one,
    // so without a city to tell the summer rules the name is not trusted.
    static const QRegularExpression pattern(
        QStringLiteral("^\\((?:UTC|GMT)(?:([+-])(\\d{1,2}):(\\d{2}))?\\)"));
    const QRegularExpressionMatch match = pattern.match(tzid);
    if (!match.hasMatch())
        return QTimeZone();
    int standardOffset = 0;
    if (match.hasCaptured(1)) {
        standardOffset = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60;
        if (match.captured(1) == QLatin1String("-"))
            standardOffset = -standardOffset;
    }
    const QDateTime midYear(QDate(year, 7, 1), QTime(12, 0), Qt::UTC);
    for (const QByteArray &id : cityHints(tzid)) {
        const QTimeZone zone(id);
        if (zone.isValid() && zone.standardTimeOffset(midYear) == standardOffset)
            return zone;
    }
    return QTimeZone();
}

QTimeZone IcsTimeZoneResolver::resolve(const QString &tzid, int year) const
{
    const QString id = tzid.trimmed();
    if (id.isEmpty())
        return QTimeZone();
    // Exchange Online writes Windows names behind this prefix ("tzone://Microsoft/Utc").
    const QLatin1String microsoftPrefix("tzone://Microsoft/");
    const QString name =
        id.startsWith(microsoftPrefix, Qt::CaseInsensitive) ? id.mid(microsoftPrefix.size()) : id;
    if (isUtcName(name))
        return QTimeZone::utc();
    const QString key = id + QLatin1Char('\n') + QString::number(year);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;

    QTimeZone zone = ianaZone(name);
    if (!zone.isValid()) {
        const QByteArray windows = WindowsTimeZones::ianaId(name);
        if (!windows.isEmpty())
            zone = QTimeZone(windows);
    }
    // Mozilla and some servers prefix the IANA id with a vendor path, as in
    // "/mozilla.org/20050126_1/Europe/Berlin".
    if (!zone.isValid() && id.startsWith(QLatin1Char('/'))) {
        QStringView rest(id);
        qsizetype slash = 0;
        while (!zone.isValid() && (slash = rest.indexOf(QLatin1Char('/'))) >= 0) {
            rest = rest.sliced(slash + 1);
            zone = ianaZone(rest);
        }
    }
    if (!zone.isValid()) {
        if (const Definition *definition = findDefinition(id))
            zone = fromDefinition(*definition, year);
    }
    if (!zone.isValid())
        zone = fromDisplayName(id, year);
    m_cache.insert(key, zone);
    return zone;
}

bool IcsTimeZoneResolver::isUtcName(QStringView id)
{
    static const char *const names[] = {
        "UTC",
        "Etc/UTC",
        "UCT",
        "Etc/UCT",
        "GMT",
        "Etc/GMT",
        "GMT0",
        "Etc/GMT0",
        "GMT+0",
        "Etc/GMT+0",
        "GMT-0",
        "Etc/GMT-0",
        "Z",
        "Zulu",
        "Etc/Zulu",
        "Universal",
        "Etc/Universal",
        "Greenwich",
        "Etc/Greenwich",
        "Coordinated Universal Time",
        "(UTC) Coordinated Universal Time",
    };
    const QStringView trimmed = id.trimmed();
    for (const char *name : names) {
        if (trimmed.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QTimeZone IcsTimeZoneResolver::ianaZone(QStringView id)
{
    // The id becomes a file name below the zoneinfo directory, so only the characters IANA
    // uses get through, and never "..".
    if (id.isEmpty() || id.size() > 64 || id.startsWith(QLatin1Char('/')) ||
        id.contains(QLatin1String("..")))
        return QTimeZone();
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                             (u >= u'0' && u <= u'9') || u == u'/' || u == u'_' || u == u'-' ||
                             u == u'+' || u == u':' || u == u'.';
        if (!allowed)
            return QTimeZone();
    }
    QByteArray wanted = id.toLatin1();
    for (const LegacyName &legacy : legacyNames) {
        if (wanted.compare(legacy.name, Qt::CaseInsensitive) == 0) {
            wanted = legacy.ianaId;
            break;
        }
    }
    // Qt reads any other word as a POSIX TZ rule ("Customized" becomes a zone at UTC+0), so a
    // bare word must be a listed zone; ids with a slash are never POSIX rules.
    if (QTimeZone::isTimeZoneIdAvailable(wanted) || wanted.contains('/')) {
        const QTimeZone zone(wanted);
        if (zone.isValid())
            return zone;
    }
    // Hand-typed ids are often in the wrong case ("europe/berlin").
    for (const QByteArray &installed : QTimeZone::availableTimeZoneIds()) {
        if (installed.compare(wanted, Qt::CaseInsensitive) == 0)
            return QTimeZone(installed);
    }
    return QTimeZone();
}

QDateTime IcsTimeZoneResolver::toDateTime(QDate date, QTime time, const QTimeZone &zone)
{
    if (!zone.isValid() || !date.isValid() || !time.isValid())
        return QDateTime();
    // The wall-clock reading as if it were UTC; the real instant is this minus the offset.
    const qint64 wallClock = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    auto offsetAt = [&zone](qint64 utcSeconds) {
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
    };
    // Real offsets never exceed a day, so every offset that could apply shows up here.
    QList<int> offsets;
    for (const qint64 probe : {wallClock - 86400, wallClock, wallClock + 86400}) {
        const int offset = offsetAt(probe);
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    std::optional<qint64> instant;
    for (const int offset : offsets) {
        const qint64 candidate = wallClock - offset;
        // Consistent readings are real; of two (a repeated hour) the earlier one wins.
        if (offsetAt(candidate) == offset && (!instant || candidate < *instant))
            instant = candidate;
    }
    if (!instant) {
        // A skipped time: clocks only skip forward, so the offset before the gap is the
        // smaller one.
        instant = wallClock - *std::min_element(offsets.cbegin(), offsets.cend());
    }
    return QDateTime::fromSecsSinceEpoch(*instant, zone);
}
