#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Every colour the board and the banners draw, taken from the palette or chosen as a pair
// that reads well on both a light and a dark palette (contrast of at least 4.5:1, the WCAG
// level for body text).
class ThemeColours
{
public:
    struct Pair
    {
        QColor background;
        QColor text;
    };
    enum class Badge { NextRound, Stale, ThankYouDue };
    enum class Banner { Warning, Information };

    static bool isDark(const QPalette &palette);
    // WCAG 2 contrast ratio, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);

    // Secondary text on a card (details, days in the stage).
    static QColor mutedText(const QPalette &palette);
    static Pair badge(const QPalette &palette, Badge badge);
    // The count beside a stage's name.
    static Pair countPill(const QPalette &palette);
    static Pair banner(const QPalette &palette, Banner banner);
    static QString bannerStyleSheet(const QPalette &palette, Banner banner,
                                    const QString &selector);
};
