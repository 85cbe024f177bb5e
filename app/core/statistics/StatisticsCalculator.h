#pragma once

#include "core/statistics/StatisticsTypes.h"

#include <QDateTime>
#include <QTimeZone>

// Pure: turns what the file holds into the figures of View > Statistics. Which stage means
// what follows the default stages by position, as PipelineStore::InterviewOpenStage does:
// the second open stage is "Applied", the first closed one is "Rejected".
//
// - Funnel: an application reached a stage when it was in it, or in a later open stage
//   (cards may skip stages). Conversion is the next step's count over this one's.
// - Applied: the date applied if given, else the first move into "Applied" or a later open
//   stage.
// - Response: an applied application that went past "Applied", got an interview round that
//   was not cancelled, or was rejected.
// - Median days in a stage: over completed stays, from entering it to leaving it.
// - Weeks: the last 12 weeks, Monday to Sunday in the given time zone, the current one
//   last; applications by the date applied, interviews (not cancelled) by their start.
// - No activity: open applications on the board that NoActivityRule marks.
class StatisticsCalculator
{
public:
    static constexpr int AppliedOpenStage = 1;
    static constexpr int RejectedClosedStage = 0;
    static constexpr int Weeks = 12;

    static SearchStatistics compute(const StatisticsInput &input, const QDateTime &nowUtc,
                                    const QTimeZone &zone);
    // Median of the values (the mean of the middle two for an even count); none when empty.
    static std::optional<double> median(QList<double> values);
};
