#include "core/statistics/StatisticsCalculator.h"

#include "core/NoActivityRule.h"

#include <QHash>
#include <QSet>

#include <algorithm>

std::optional<double> StatisticsCalculator::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

SearchStatistics StatisticsCalculator::compute(const StatisticsInput &input,
                                               const QDateTime &nowUtc, const QTimeZone &zone)
{
    SearchStatistics result;

    // Open stages by their place on the board; closed ones by theirs among the closed.
    QHash<qint64, int> openIndex;
    QHash<qint64, int> closedIndex;
    QHash<qint64, bool> closedStage;
    QList<StageInfo> open;
    for (const StageInfo &stage : input.stages) {
        closedStage.insert(stage.id, stage.closed);
        if (stage.closed) {
            closedIndex.insert(stage.id, int(closedIndex.size()));
        } else {
            openIndex.insert(stage.id, int(open.size()));
            open.append(stage);
        }
    }

    // What each application went through, from its moves (one pass, in stored order).
    struct Path
    {
        int furthest = -1;
        bool rejected = false;
        QDateTime firstApplied; // first move into "Applied" or later
        bool interviewed = false;
    };
    QHash<qint64, Path> paths;
    QList<QList<double>> stays(open.size());
    for (qsizetype i = 0; i < input.moves.size(); ++i) {
        const StatisticsInput::Move &move = input.moves.at(i);
        Path &path = paths[move.applicationId];
        if (const auto found = openIndex.constFind(move.toStageId); found != openIndex.cend()) {
            path.furthest = std::max(path.furthest, found.value());
            if (found.value() >= AppliedOpenStage && !path.firstApplied.isValid())
                path.firstApplied = move.movedAt;
            // A stay ends with the application's next move.
            if (i + 1 < input.moves.size() &&
                input.moves.at(i + 1).applicationId == move.applicationId)
                stays[found.value()].append(
                    double(move.movedAt.secsTo(input.moves.at(i + 1).movedAt)) / 86400.0);
        } else if (closedIndex.value(move.toStageId, -1) == RejectedClosedStage) {
            path.rejected = true;
        }
    }
    for (const StatisticsInput::Round &round : input.rounds)
        if (!round.cancelled)
            paths[round.applicationId].interviewed = true;

    // The weeks: Monday of the current week, and eleven before it.
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QDate currentMonday = today.addDays(1 - today.dayOfWeek());
    const QDate firstMonday = currentMonday.addDays(-7 * (Weeks - 1));
    for (int w = 0; w < Weeks; ++w)
        result.weeks.append({firstMonday.addDays(7 * w), 0, 0});
    auto countInWeek = [&](const QDate &date, int SearchStatistics::Week::*field) {
        if (!date.isValid() || date < firstMonday || date > currentMonday.addDays(6))
            return;
        ++(result.weeks[int(firstMonday.daysTo(date) / 7)].*field);
    };
    // Instants are put in weeks by the UTC times the weeks begin: converting each one to
    // the zone costs microseconds, which tens of thousands of rounds turn into a second.
    QList<qint64> weekStarts; // msecs since the epoch; one more than Weeks, the last is the end
    for (int w = 0; w <= Weeks; ++w)
        weekStarts.append(
            QDateTime(firstMonday.addDays(7 * w), QTime(0, 0), zone).toMSecsSinceEpoch());
    auto countInstant = [&](const QDateTime &when, int SearchStatistics::Week::*field) {
        const qint64 at = when.toMSecsSinceEpoch();
        if (!when.isValid() || at < weekStarts.first() || at >= weekStarts.last())
            return;
        const auto after = std::upper_bound(weekStarts.cbegin(), weekStarts.cend(), at);
        ++(result.weeks[int(after - weekStarts.cbegin()) - 1].*field);
    };

    QList<int> reached(open.size(), 0);
    QHash<QString, int> sourceRow;
    for (const StatisticsInput::Application &application : input.applications) {
        Path path = paths.value(application.id);
        if (const auto found = openIndex.constFind(application.stageId); found != openIndex.cend())
            path.furthest = std::max(path.furthest, found.value());
        else if (closedIndex.value(application.stageId, -1) == RejectedClosedStage)
            path.rejected = true;
        for (int s = 0; s <= path.furthest; ++s)
            ++reached[s];

        if (application.appliedOn.isValid())
            countInWeek(application.appliedOn, &SearchStatistics::Week::applications);
        else if (path.firstApplied.isValid())
            countInstant(path.firstApplied, &SearchStatistics::Week::applications);
        else
            continue;
        const QString source = application.source.trimmed();
        auto row = sourceRow.constFind(source);
        if (row == sourceRow.cend()) {
            row = sourceRow.insert(source, int(result.sources.size()));
            result.sources.append({source, 0, 0});
        }
        SearchStatistics::SourceRate &rate = result.sources[row.value()];
        ++rate.applied;
        if (path.furthest > AppliedOpenStage || path.interviewed || path.rejected)
            ++rate.responded;
    }
    std::sort(result.sources.begin(), result.sources.end(),
              [](const SearchStatistics::SourceRate &a, const SearchStatistics::SourceRate &b) {
                  if (a.applied != b.applied)
                      return a.applied > b.applied;
                  return a.source.localeAwareCompare(b.source) < 0;
              });

    for (const StatisticsInput::Round &round : input.rounds)
        if (!round.cancelled)
            countInstant(round.startsAt, &SearchStatistics::Week::interviews);

    for (int s = 0; s < open.size(); ++s) {
        SearchStatistics::FunnelStep step{open.at(s).id, open.at(s).name, reached.at(s), {}};
        if (s + 1 < open.size() && reached.at(s) > 0)
            step.conversion = double(reached.at(s + 1)) / reached.at(s);
        result.funnel.append(step);
        result.durations.append(
            {open.at(s).id, open.at(s).name, int(stays.at(s).size()), median(stays.at(s))});
    }

    // The board's own rule, on the board's own cards and in its (local) dates.
    const QDate localToday = nowUtc.toLocalTime().date();
    for (const CardInfo &card : input.cards) {
        const bool closed = closedStage.value(card.stageId, false);
        if (closed)
            continue;
        ++result.openApplications;
        if (NoActivityRule::applies(card, closed, localToday))
            ++result.withoutActivity;
    }
    return result;
}
