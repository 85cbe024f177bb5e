#pragma once

#include "core/RoundTypes.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

// Decides which interview rounds are due a reminder. Everything is compared as instants
// (UTC), so a daylight-saving change between two checks can neither skip a reminder nor
// repeat one. Pure logic: the caller supplies the rounds and the time.
class ReminderScheduler
{
public:
    static constexpr int DefaultLeadMinutes = 60;
    static constexpr int MaxLeadMinutes = 7 * 24 * 60;

    explicit ReminderScheduler(int leadMinutes = DefaultLeadMinutes);

    int leadMinutes() const { return m_leadMinutes; }
    // Clamped to 0..MaxLeadMinutes; 0 reminds at the start itself, which is never shown
    // because a round that has started is not reminded of.
    void setLeadMinutes(int minutes);

    // The moment a round's reminder is due: its start minus the lead time.
    static QDateTime reminderMoment(const RoundInfo &round, int leadMinutes);

    // The scheduled rounds whose reminder moment falls in (lastCheckUtc, nowUtc] and that
    // have not started by nowUtc, soonest first. Stateless.
    static QList<RoundInfo> dueBetween(const QList<RoundInfo> &rounds, int leadMinutes,
                                       const QDateTime &lastCheckUtc, const QDateTime &nowUtc);

    // dueBetween() with memory: a round is returned at most once for a given start, even
    // when the lead time changes or the same window is checked again. A round moved to
    // another start counts as a new appointment and may be reminded of again.
    QList<RoundInfo> take(const QList<RoundInfo> &rounds, const QDateTime &lastCheckUtc,
                          const QDateTime &nowUtc);

    // Forgets what was already reminded of, e.g. when another file is opened.
    void reset() { m_reminded.clear(); }

private:
    static QString key(const RoundInfo &round);

    int m_leadMinutes = DefaultLeadMinutes;
    QSet<QString> m_reminded;
};
