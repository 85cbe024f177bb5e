#include "core/Clock.h"

namespace {
std::function<QDateTime()> &overrideFunction()
{
    static std::function<QDateTime()> function;
    return function;
}
} // namespace

QDateTime Clock::nowUtc()
{
    if (overrideFunction())
        return overrideFunction()().toUTC();
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return nowUtc().toLocalTime().date();
}

void Clock::setOverride(std::function<QDateTime()> now)
{
    overrideFunction() = std::move(now);
}

void Clock::clearOverride()
{
    overrideFunction() = nullptr;
}
