#pragma once

#include <QDateTime>

#include <array>

// How the user rated recalling an answer: the four buttons of every FSRS client.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// The memory state FSRS keeps per question. A question never reviewed has reps == 0.
struct FsrsCard
{
    double stability = 0;  // days until recall probability falls to 90 %
    double difficulty = 0; // 1 (easy) … 10 (hard)
    QDateTime lastReview;  // UTC
    QDateTime due;         // UTC
    int scheduledDays = 0;
    int reps = 0;
    int lapses = 0;

    bool isNew() const { return reps == 0; }
    friend bool operator==(const FsrsCard &, const FsrsCard &) = default;
};

// FSRS-6 (the scheduler current Anki uses), written after the reference implementation
// ts-fsrs and checked against it by tests/practice (fixture from tools/fsrs-fixture).
// Like the reference it rounds intermediate values to 8 decimals, so results match it
// exactly rather than approximately. Practice here is day-grained: the long-term scheduler
// (no minute-level learning steps) and no fuzz, so a plan toward an interview is exact.
class FsrsScheduler
{
public:
    using Weights = std::array<double, 21>;
    static constexpr double MinimumRetention = 0.80;
    static constexpr double MaximumRetention = 0.97;
    static constexpr double DefaultRetention = 0.90;
    static constexpr int MaximumInterval = 36500;

    // The published FSRS-6 defaults.
    static const Weights &defaultWeights();

    // desiredRetention is clamped to 0.80 … 0.97.
    explicit FsrsScheduler(double desiredRetention = DefaultRetention,
                           const Weights &weights = defaultWeights());

    double desiredRetention() const { return m_retention; }

    // The card after a review with the given rating at the given moment.
    FsrsCard review(const FsrsCard &card, Rating rating, const QDateTime &at) const;

    // Probability of recalling the answer after elapsedDays (fractional days allowed).
    double retrievability(double stability, double elapsedDays) const;
    // Recall probability of the card at the given moment; 0 for a card never reviewed.
    double retrievabilityAt(const FsrsCard &card, const QDateTime &at) const;
    // Whole days until recall falls to the desired retention (1 … MaximumInterval).
    int nextInterval(double stability) const;

    // Whole calendar days between two moments, counted on UTC dates as the reference does.
    static int daysBetween(const QDateTime &from, const QDateTime &to);

private:
    struct Memory
    {
        double stability = 0;
        double difficulty = 0;
    };
    Memory nextMemory(const Memory &memory, double elapsedDays, Rating rating,
                      double retrievability) const;
    double initStability(Rating rating) const;
    double initDifficulty(Rating rating) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(double d, double s, double r, Rating rating) const;
    double forgetStability(double d, double s, double r) const;

    Weights m_w;
    double m_retention;
    double m_decay;
    double m_factor;
    double m_intervalModifier;
};
