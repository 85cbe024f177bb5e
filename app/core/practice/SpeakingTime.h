#pragma once

#include <QCoreApplication>
#include <QString>

// How long an answer takes to say: about 150 words a minute; a STAR answer aims at
// 90 to 180 seconds.
class SpeakingTime
{
    Q_DECLARE_TR_FUNCTIONS(SpeakingTime)

public:
    static constexpr int WordsPerMinute = 150;
    static constexpr int ShortestSeconds = 90;
    static constexpr int LongestSeconds = 180;

    enum class Fit { Empty, TooShort, Good, TooLong };

    static int words(const QString &text);
    static int seconds(int words);
    static Fit fit(int seconds);
    // "212 words, about 1:25 to say" plus a warning outside 90–180 seconds.
    static QString describe(const QString &text);
};
