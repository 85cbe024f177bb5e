#include "core/RoundTypes.h"

#include <QTimeZone>

QDateTime RoundInfo::startInOwnZone() const
{
    const QTimeZone zone(fields.timeZoneId.toUtf8());
    return zone.isValid() ? startUtc.toTimeZone(zone) : startUtc.toLocalTime();
}
