#pragma once

#include "core/PipelineTypes.h"

#include <QDate>

// When an application counts as having "no activity": the board's badge and the share in
// the statistics both ask here, so they can never disagree.
class NoActivityRule
{
public:
    static constexpr int QuietDays = 14;

    // Days since the card last changed (moved or edited), in local dates.
    static int quietDays(const CardInfo &card, const QDate &today);
    // An open stage, nothing on the calendar ahead (an interview is activity enough) and no
    // change for QuietDays or more.
    static bool applies(const CardInfo &card, bool stageClosed, const QDate &today);
};
