#pragma once

#include <QDateTime>

#include <functional>

// The one place the app asks for the time, so tests can fix it.
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate today();
    static void setOverride(std::function<QDateTime()> now);
    static void clearOverride();
};
