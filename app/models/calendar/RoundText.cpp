#include "models/calendar/RoundText.h"

#include "core/LocaleFormat.h"
#include "core/RoundCatalog.h"

#include <QLocale>

QString RoundText::zoneCity(const QString &zoneId)
{
    QString city = zoneId.section(QLatin1Char('/'), -1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return city.isEmpty() ? zoneId : city;
}

QString RoundText::time(const QTime &value)
{
    return QLocale().toString(value, LocaleFormat::shortTime());
}

QString RoundText::shortDate(const QDate &date)
{
    //: Date format for the calendar lists (Qt date format): weekday, day, month
    return QLocale().toString(date, tr("ddd d MMM"));
}

QString RoundText::startTime(const RoundInfo &round)
{
    const QDateTime local = round.startUtc.toLocalTime();
    const QDateTime own = round.startInOwnZone();
    const QString localText = time(local.time());
    if (own.offsetFromUtc() == local.offsetFromUtc() || round.fields.timeZoneId.isEmpty())
        return localText;
    QString ownText = time(own.time());
    if (own.date() != local.date())
        ownText = shortDate(own.date()) + QLatin1Char(' ') + ownText;
    //: Local start time, then the start in the zone the round was arranged in
    return tr("%1 (%2 %3)").arg(localText, ownText, zoneCity(round.fields.timeZoneId));
}

QString RoundText::roundTitle(const RoundInfo &round)
{
    return tr("Round %1 · %2").arg(round.number).arg(RoundCatalog::label(round.fields.kind));
}

QString RoundText::people(const RoundInfo &round)
{
    if (round.people.isEmpty()) {
        // Finding out who will be there is a to-do only while the round is ahead.
        return round.fields.status == RoundStatus::Scheduled ? tr("Ask who will attend")
                                                             : tr("Not recorded");
    }
    QStringList names;
    for (const PersonInfo &person : round.people)
        names << person.fields.name;
    return names.join(QStringLiteral(", "));
}

QColor RoundText::statusColor(RoundStatus status)
{
    switch (status) {
    case RoundStatus::Scheduled:
        return QColor(0x2f, 0x6f, 0xde);
    case RoundStatus::Done:
        return QColor(0x2e, 0x9a, 0x55);
    case RoundStatus::Cancelled:
        return QColor(0x8b, 0x90, 0x98);
    case RoundStatus::NoShow:
        break;
    }
    return QColor(0xd2, 0x3f, 0x3f);
}

int RoundText::statusWeight(RoundStatus status)
{
    switch (status) {
    case RoundStatus::Cancelled:
        return 0;
    case RoundStatus::Done:
        return 1;
    case RoundStatus::Scheduled:
        return 2;
    case RoundStatus::NoShow:
        break;
    }
    return 3;
}
