#include "core/NoActivityRule.h"

int NoActivityRule::quietDays(const CardInfo &card, const QDate &today)
{
    return int(card.lastActivityAt.toLocalTime().date().daysTo(today));
}

bool NoActivityRule::applies(const CardInfo &card, bool stageClosed, const QDate &today)
{
    return !stageClosed && !card.nextRoundStart.isValid() && quietDays(card, today) >= QuietDays;
}
