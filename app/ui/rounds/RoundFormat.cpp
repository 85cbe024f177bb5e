#include "ui/rounds/RoundFormat.h"

#include "core/LocaleFormat.h"
#include "models/calendar/RoundText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

QString RoundFormat::dateFormat()
{
    return LocaleFormat::fourDigitYearDate();
}

QString RoundFormat::timeFormat()
{
    return LocaleFormat::shortTime();
}

QString RoundFormat::date(const QDate &date)
{
    return QLocale().toString(date, dateFormat());
}

QString RoundFormat::time(const QTime &time)
{
    return QLocale().toString(time, timeFormat());
}

QString RoundFormat::roundName(int number)
{
    return tr("Round %1").arg(number);
}

bool RoundFormat::zoneReadsDifferently(const QDateTime &instant, const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!instant.isValid() || !zone.isValid())
        return false;
    return zone.offsetFromUtc(instant) != instant.toLocalTime().offsetFromUtc();
}

QString RoundFormat::when(const RoundInfo &round)
{
    const QDateTime local = round.startUtc.toLocalTime();
    QString text = tr("%1, %2", "date, then time").arg(date(local.date()), time(local.time()));
    if (zoneReadsDifferently(round.startUtc, round.fields.timeZoneId)) {
        const QDateTime own = round.startInOwnZone();
        const QString ownTime =
            own.date() == local.date()
                ? time(own.time())
                : tr("%1, %2", "date, then time").arg(date(own.date()), time(own.time()));
        text = tr("%1 (%2 %3)", "local time, then the time in the round's own zone")
                   .arg(text, ownTime, round.fields.timeZoneId);
    }
    return text;
}

QString RoundFormat::timeRange(const RoundInfo &round)
{
    return tr("%1–%2", "start and end time")
        .arg(time(round.startUtc.toLocalTime().time()), time(round.endUtc().toLocalTime().time()));
}

QString RoundFormat::people(const RoundInfo &round)
{
    // One wording for the calendar and the dialogs.
    return RoundText::people(round);
}

QString RoundFormat::askWhoWillAttend()
{
    return tr("Ask who will attend");
}
