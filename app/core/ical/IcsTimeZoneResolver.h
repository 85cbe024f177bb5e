#pragma once

#include "core/ical/IcsComponent.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

// Turns a TZID parameter into a real QTimeZone. Files name zones by IANA id, by Windows name,
// or by any custom name they define in a VTIMEZONE block; for the last kind we look for the
// IANA zone that behaves the same, because the rest of the app (and the user) understands
// those, and fall back to the block's fixed standard offset when nothing matches. Outlook
// display names ("(UTC+01:00) Amsterdam, Berlin, ...") without a block are accepted only
// when they name a city whose zone has that standard offset, since a bare offset says
// nothing about summer time.
class IcsTimeZoneResolver
{
public:
    explicit IcsTimeZoneResolver(const QList<const IcsComponent *> &timeZoneBlocks);

    // The year is that of the time being resolved: zone rules change, and matching a custom
    // block against IANA zones is only meaningful for the year the event happens in.
    // Returns an invalid zone when the TZID is unknown and not defined in the file.
    QTimeZone resolve(const QString &tzid, int year) const;

    static bool isUtcName(QStringView id);

    // Wall-clock time in a zone to an exact instant, following RFC 5545 3.3.5: a time that
    // a DST change skips is read with the offset from before the change (02:30 becomes
    // 03:30 summer time), and a time that occurs twice means its first occurrence.
    static QDateTime toDateTime(QDate date, QTime time, const QTimeZone &zone);

    // An installed zone for an IANA-shaped id; invalid for anything else, including strings
    // that only look like paths.
    static QTimeZone ianaZone(QStringView id);

private:
    struct Observance
    {
        bool daylight = false;
        int offsetTo = 0;
        QDate startDate;
        // From a yearly RRULE with BYMONTH and BYDAY, as Outlook and Apple write them; zero
        // when the rule is missing or of another shape.
        int month = 0;
        int weekday = 0;
        int ordinal = 0;
        int untilYear = 0;
        bool recurring = false;

        bool appliesIn(int year) const;
        QDate transitionIn(int year) const;
    };

    struct Definition
    {
        QString tzid;
        QString location;
        QList<Observance> observances;
    };

    // What a definition says about one year: the offsets and the days they start.
    struct YearRules
    {
        bool valid = false;
        int standardOffset = 0;
        bool hasDaylight = false;
        int daylightOffset = 0;
        QDate daylightStarts;
        QDate standardStarts;
    };

    static Definition parseDefinition(const IcsComponent &block);
    static YearRules rulesFor(const Definition &definition, int year);
    static bool behavesLike(const QTimeZone &zone, const YearRules &rules, int year);
    static QTimeZone fromDefinition(const Definition &definition, int year);
    static QList<QByteArray> cityHints(const QString &tzid);
    static QTimeZone fromDisplayName(const QString &tzid, int year);
    static QList<QByteArray> candidatesFor(const QString &tzid);
    const Definition *findDefinition(const QString &tzid) const;

    QList<Definition> m_definitions;
    mutable QHash<QString, QTimeZone> m_cache;
};
