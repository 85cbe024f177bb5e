#include "models/calendar/MonthSummary.h"

#include "core/RoundStore.h"
#include "models/calendar/RoundText.h"

QDate MonthSummary::firstVisibleDay(int year, int month, Qt::DayOfWeek firstDayOfWeek)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    const int back = (first.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return first.addDays(-back);
}

Result<MonthSummary> MonthSummary::compute(const RoundStore &store, int year, int month,
                                           Qt::DayOfWeek firstDayOfWeek)
{
    const QDate first = firstVisibleDay(year, month, firstDayOfWeek);
    if (!first.isValid())
        return Result<MonthSummary>::failure(tr("That month cannot be shown."));
    // Local midnights, so a round late in the evening lands on the day the user sees.
    const QDateTime from = first.startOfDay().toUTC();
    const QDateTime to = first.addDays(Days).startOfDay().toUTC();
    auto rounds = store.roundsBetween(from, to);
    if (!rounds)
        return rounds.status();
    return fromRounds(rounds.value(), first);
}

MonthSummary MonthSummary::fromRounds(const QList<RoundInfo> &rounds, const QDate &firstDay)
{
    MonthSummary summary;
    summary.m_first = firstDay;
    summary.m_days.resize(Days);
    for (const RoundInfo &round : rounds) {
        const QDateTime local = round.startUtc.toLocalTime();
        const qint64 offset = firstDay.daysTo(local.date());
        if (offset < 0 || offset >= Days)
            continue;
        DaySummary &day = summary.m_days[offset];
        ++day.count;
        const RoundStatus status = round.fields.status;
        if (!day.worst || RoundText::statusWeight(status) > RoundText::statusWeight(*day.worst))
            day.worst = status;
        day.lines << QStringLiteral("%1  %2 · %3")
                         .arg(RoundText::time(local.time()), round.company,
                              RoundText::roundTitle(round));
    }
    return summary;
}

bool MonthSummary::contains(const QDate &date) const
{
    return m_first.isValid() && date.isValid() && date >= m_first && date <= lastDay();
}

DaySummary MonthSummary::day(const QDate &date) const
{
    if (!contains(date) || m_days.size() != Days)
        return {};
    return m_days.at(m_first.daysTo(date));
}

QColor MonthSummary::color(const QDate &date) const
{
    const DaySummary summary = day(date);
    return summary.worst ? RoundText::statusColor(*summary.worst) : QColor();
}

int MonthSummary::total() const
{
    int sum = 0;
    for (const DaySummary &day : m_days)
        sum += day.count;
    return sum;
}
