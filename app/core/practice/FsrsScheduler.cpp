#include "core/practice/FsrsScheduler.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr double MinimumStability = 0.001;
constexpr double MaximumStability = 36500;

// The reference rounds intermediate results to 8 decimals; doing the same keeps the two
// in step over long review histories instead of drifting apart in the last digits.
double roundTo8(double value)
{
    return std::round(value * 1e8) / 1e8;
}

// JavaScript's Math.round: halves go up, also for negative values.
double jsRound(double value)
{
    return std::floor(value + 0.5);
}

double clampValue(double value, double low, double high)
{
    return std::min(std::max(value, low), high);
}
} // namespace

const FsrsScheduler::Weights &FsrsScheduler::defaultWeights()
{
    static const Weights weights{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                 0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    return weights;
}

FsrsScheduler::FsrsScheduler(double desiredRetention, const Weights &weights)
    : m_w(weights)
    , m_retention(clampValue(desiredRetention, MinimumRetention, MaximumRetention))
{
    m_decay = -m_w[20];
    m_factor = roundTo8(std::exp(std::log(0.9) / m_decay) - 1);
    m_intervalModifier = roundTo8((std::pow(m_retention, 1 / m_decay) - 1) / m_factor);
}

double FsrsScheduler::retrievability(double stability, double elapsedDays) const
{
    if (stability <= 0)
        return 0;
    return roundTo8(std::pow(1 + m_factor * std::max(0.0, elapsedDays) / stability, m_decay));
}

double FsrsScheduler::retrievabilityAt(const FsrsCard &card, const QDateTime &at) const
{
    if (card.isNew() || !card.lastReview.isValid())
        return 0;
    const double days = double(card.lastReview.msecsTo(at)) / (24.0 * 60 * 60 * 1000);
    return retrievability(card.stability, days);
}

int FsrsScheduler::nextInterval(double stability) const
{
    const double interval = jsRound(stability * m_intervalModifier);
    return int(std::min(std::max(1.0, interval), double(MaximumInterval)));
}

int FsrsScheduler::daysBetween(const QDateTime &from, const QDateTime &to)
{
    return int(from.toUTC().date().daysTo(to.toUTC().date()));
}

double FsrsScheduler::initStability(Rating rating) const
{
    return std::max(m_w[int(rating) - 1], 0.1);
}

double FsrsScheduler::initDifficulty(Rating rating) const
{
    return roundTo8(m_w[4] - std::exp((int(rating) - 1) * m_w[5]) + 1);
}

double FsrsScheduler::nextDifficulty(double difficulty, Rating rating) const
{
    const double delta = -m_w[6] * (int(rating) - 3);
    const double damped = roundTo8(delta * (10 - difficulty) / 9);
    const double next = difficulty + damped;
    // Mean reversion toward the (unclamped) initial difficulty of an Easy first rating.
    const double reverted = roundTo8(m_w[7] * initDifficulty(Rating::Easy) + (1 - m_w[7]) * next);
    return clampValue(reverted, 1, 10);
}

double FsrsScheduler::recallStability(double d, double s, double r, Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? m_w[15] : 1;
    const double easyBonus = rating == Rating::Easy ? m_w[16] : 1;
    const double next = s * (1 + std::exp(m_w[8]) * (11 - d) * std::pow(s, -m_w[9]) *
                                     (std::exp((1 - r) * m_w[10]) - 1) * hardPenalty * easyBonus);
    return roundTo8(clampValue(next, MinimumStability, MaximumStability));
}

double FsrsScheduler::forgetStability(double d, double s, double r) const
{
    const double next = m_w[11] * std::pow(d, -m_w[12]) * (std::pow(s + 1, m_w[13]) - 1) *
                        std::exp((1 - r) * m_w[14]);
    return roundTo8(clampValue(next, MinimumStability, MaximumStability));
}

FsrsScheduler::Memory FsrsScheduler::nextMemory(const Memory &memory, double elapsedDays,
                                                Rating rating, double r) const
{
    Q_UNUSED(elapsedDays)
    if (memory.difficulty == 0 && memory.stability == 0)
        return {initStability(rating), clampValue(initDifficulty(rating), 1, 10)};
    Memory next;
    if (rating == Rating::Again) {
        // Without short-term steps the post-lapse stability is never above the old one.
        next.stability = clampValue(roundTo8(memory.stability), MinimumStability,
                                    forgetStability(memory.difficulty, memory.stability, r));
    } else {
        next.stability = recallStability(memory.difficulty, memory.stability, r, rating);
    }
    next.difficulty = nextDifficulty(memory.difficulty, rating);
    return next;
}

FsrsCard FsrsScheduler::review(const FsrsCard &card, Rating rating, const QDateTime &at) const
{
    const QDateTime now = at.toUTC();
    const int elapsed = card.isNew() || !card.lastReview.isValid()
                            ? 0
                            : std::max(0, daysBetween(card.lastReview, now));
    const Memory before{card.isNew() ? 0.0 : card.stability, card.isNew() ? 0.0 : card.difficulty};
    const double r = card.isNew() ? 0 : retrievability(card.stability, elapsed);

    // The reference works out all four outcomes and keeps their intervals in order
    // (Again < Hard < Good < Easy); the chosen one follows from that.
    std::array<Memory, 4> outcomes;
    std::array<int, 4> intervals;
    for (int g = 1; g <= 4; ++g) {
        outcomes[g - 1] = nextMemory(before, elapsed, Rating(g), r);
        intervals[g - 1] = nextInterval(outcomes[g - 1].stability);
    }
    intervals[0] = std::min(intervals[0], intervals[1]);
    intervals[1] = std::max(intervals[1], intervals[0] + 1);
    intervals[2] = std::max(intervals[2], intervals[1] + 1);
    intervals[3] = std::max(intervals[3], intervals[2] + 1);

    const int index = int(rating) - 1;
    FsrsCard next = card;
    next.stability = outcomes[index].stability;
    next.difficulty = outcomes[index].difficulty;
    next.scheduledDays = intervals[index];
    next.lastReview = now;
    next.due = now.addDays(intervals[index]);
    next.reps = card.reps + 1;
    if (rating == Rating::Again && !card.isNew())
        next.lapses = card.lapses + 1;
    return next;
}
