#include "core/reminders/ReminderScheduler.h"

#include <algorithm>

ReminderScheduler::ReminderScheduler(int leadMinutes)
{
    setLeadMinutes(leadMinutes);
}

void ReminderScheduler::setLeadMinutes(int minutes)
{
    m_leadMinutes = std::clamp(minutes, 0, MaxLeadMinutes);
}

QDateTime ReminderScheduler::reminderMoment(const RoundInfo &round, int leadMinutes)
{
    return round.startUtc.toUTC().addSecs(-qint64(leadMinutes) * 60);
}

QList<RoundInfo> ReminderScheduler::dueBetween(const QList<RoundInfo> &rounds, int leadMinutes,
                                               const QDateTime &lastCheckUtc,
                                               const QDateTime &nowUtc)
{
    QList<RoundInfo> due;
    if (!lastCheckUtc.isValid() || !nowUtc.isValid() || nowUtc <= lastCheckUtc)
        return due;
    for (const RoundInfo &round : rounds) {
        if (round.fields.status != RoundStatus::Scheduled || !round.startUtc.isValid())
            continue;
        // Once a round has begun a reminder is only noise.
        if (round.startUtc <= nowUtc)
            continue;
        const QDateTime moment = reminderMoment(round, leadMinutes);
        if (moment > lastCheckUtc && moment <= nowUtc)
            due.append(round);
    }
    std::stable_sort(due.begin(), due.end(), [](const RoundInfo &a, const RoundInfo &b) {
        return a.startUtc < b.startUtc;
    });
    return due;
}

QList<RoundInfo> ReminderScheduler::take(const QList<RoundInfo> &rounds,
                                         const QDateTime &lastCheckUtc, const QDateTime &nowUtc)
{
    QList<RoundInfo> fresh;
    const QList<RoundInfo> due = dueBetween(rounds, m_leadMinutes, lastCheckUtc, nowUtc);
    for (const RoundInfo &round : due) {
        const QString roundKey = key(round);
        if (m_reminded.contains(roundKey))
            continue;
        m_reminded.insert(roundKey);
        fresh.append(round);
    }
    return fresh;
}

QString ReminderScheduler::key(const RoundInfo &round)
{
    // The id alone would swallow the reminder for a round moved to another day.
    return QString::number(round.id) + QLatin1Char('@') +
           QString::number(round.startUtc.toMSecsSinceEpoch());
}
