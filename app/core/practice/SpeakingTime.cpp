#include "core/practice/SpeakingTime.h"

#include <algorithm>

int SpeakingTime::words(const QString &text)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber();
        if (wordChar && !inWord)
            ++count;
        inWord =
            wordChar ||
            (inWord && (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-')));
    }
    return count;
}

int SpeakingTime::seconds(int words)
{
    return (words * 60 + WordsPerMinute / 2) / WordsPerMinute;
}

SpeakingTime::Fit SpeakingTime::fit(int seconds)
{
    if (seconds <= 0)
        return Fit::Empty;
    if (seconds < ShortestSeconds)
        return Fit::TooShort;
    if (seconds > LongestSeconds)
        return Fit::TooLong;
    return Fit::Good;
}

QString SpeakingTime::describe(const QString &text)
{
    const int count = words(text);
    const int total = seconds(count);
    const QString time =
        QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    const QString base = tr("%n word(s), about %1 to say", nullptr, count).arg(time);
    if (count == 0)
        return tr("No answer yet.");
    switch (fit(std::max(1, total))) {
    case Fit::Empty:
        return tr("No answer yet.");
    case Fit::TooShort:
        return base + QStringLiteral(" · ") + tr("short: a full answer takes 1:30 to 3:00");
    case Fit::TooLong:
        return base + QStringLiteral(" · ") + tr("too long: aim for at most 3:00");
    case Fit::Good:
        break;
    }
    return base;
}
