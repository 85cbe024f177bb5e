#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

class RoundStore;

// What one day of the month grid shows: how many rounds, the colour of the status that
// most needs attention, and one line per round for the tooltip.
struct DaySummary
{
    int count = 0;
    std::optional<RoundStatus> worst;
    QStringList lines;
};

// Per-day counts and status colours for the six weeks a month page shows, computed from
// one RoundStore::roundsBetween() over the whole page.
class MonthSummary
{
    Q_DECLARE_TR_FUNCTIONS(MonthSummary)

public:
    static constexpr int Weeks = 6;
    static constexpr int Days = Weeks * 7;

    MonthSummary() = default;

    // The first day on the page of a month: the week's first day on or before the 1st.
    static QDate firstVisibleDay(int year, int month, Qt::DayOfWeek firstDayOfWeek);
    static Result<MonthSummary> compute(const RoundStore &store, int year, int month,
                                        Qt::DayOfWeek firstDayOfWeek);
    // The same from rounds already at hand; days are the user's local days.
    static MonthSummary fromRounds(const QList<RoundInfo> &rounds, const QDate &firstDay);

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.isValid() ? m_first.addDays(Days - 1) : QDate(); }
    bool contains(const QDate &date) const;
    DaySummary day(const QDate &date) const;
    // The colour for a day, invalid when it has no rounds.
    QColor color(const QDate &date) const;
    int total() const;

private:
    QDate m_first;
    QList<DaySummary> m_days;
};
