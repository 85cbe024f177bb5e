#include "core/ical/IcsDuration.h"

#include "core/ical/IcsTimeZoneResolver.h"

#include <string_view>

namespace {

// Nine digits keep every sum below qint64 overflow while allowing any real duration.
constexpr qsizetype maxDigits = 9;

} // namespace

std::optional<IcsDuration> IcsDuration::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    qsizetype i = 0;
    IcsDuration duration;
    if (i < trimmed.size() && (trimmed[i] == QLatin1Char('+') || trimmed[i] == QLatin1Char('-'))) {
        duration.m_negative = trimmed[i] == QLatin1Char('-');
        ++i;
    }
    if (i == trimmed.size() || trimmed[i].toUpper() != QLatin1Char('P'))
        return std::nullopt;
    ++i;

    // Units must appear in this order, each at most once; the T separates date from time.
    constexpr std::string_view units = "WDTHMS";
    constexpr std::size_t firstTimeUnit = 3;
    std::size_t nextUnit = 0;
    bool inTime = false;
    bool anyNumber = false;
    bool timeHasNumber = false;
    while (i < trimmed.size()) {
        if (trimmed[i].toUpper() == QLatin1Char('T')) {
            if (inTime)
                return std::nullopt;
            inTime = true;
            nextUnit = firstTimeUnit;
            ++i;
            continue;
        }
        const qsizetype digitsStart = i;
        while (i < trimmed.size() && trimmed[i].isDigit() && trimmed[i].unicode() < 0x80)
            ++i;
        const qsizetype digitCount = i - digitsStart;
        if (digitCount == 0 || digitCount > maxDigits || i == trimmed.size())
            return std::nullopt;
        const qint64 number = trimmed.sliced(digitsStart, digitCount).toLongLong();
        const char unit = trimmed[i].toUpper().toLatin1();
        ++i;
        const std::size_t unitIndex = units.find(unit, nextUnit);
        if (unitIndex == std::string_view::npos || unit == 'T')
            return std::nullopt;
        const bool isTimeUnit = unitIndex >= firstTimeUnit;
        if (isTimeUnit != inTime)
            return std::nullopt;
        switch (unit) {
        case 'W':
            duration.m_days += number * 7;
            break;
        case 'D':
            duration.m_days += number;
            break;
        case 'H':
            duration.m_seconds += number * 3600;
            break;
        case 'M':
            duration.m_seconds += number * 60;
            break;
        case 'S':
            duration.m_seconds += number;
            break;
        }
        nextUnit = unitIndex + 1;
        anyNumber = true;
        if (inTime)
            timeHasNumber = true;
    }
    if (!anyNumber || (inTime && !timeHasNumber))
        return std::nullopt;
    return duration;
}

qint64 IcsDuration::approximateSeconds() const
{
    const qint64 total = m_days * 86400 + m_seconds;
    return m_negative ? -total : total;
}

QDateTime IcsDuration::addTo(const QDateTime &start) const
{
    const qint64 sign = m_negative ? -1 : 1;
    QDateTime result = start;
    if (m_days != 0) {
        const QDate day = start.date().addDays(sign * m_days);
        if (start.timeSpec() == Qt::TimeZone)
            // Qt would answer "invalid" for a day whose wall-clock time falls into a DST gap.
            result = IcsTimeZoneResolver::toDateTime(day, start.time(), start.timeZone());
        else
            result = start.addDays(sign * m_days);
    }
    if (!result.isValid())
        return QDateTime();
    return result.addSecs(sign * m_seconds);
}
