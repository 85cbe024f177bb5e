#include "ui/theme/ThemeColours.h"

#include <algorithm>
#include <cmath>

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor blend(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace

bool ThemeColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double ThemeColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColours::mutedText(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // As faint as still reads: step towards the text colour until the contrast holds.
    for (double amount = 0.62; amount < 1.0; amount += 0.04) {
        const QColor muted = blend(base, text, amount);
        if (contrast(muted, base) >= 4.5)
            return muted;
    }
    return text;
}

ThemeColours::Pair ThemeColours::badge(const QPalette &palette, Badge badge)
{
    const bool dark = isDark(palette);
    if (badge == Badge::Stale)
        return dark ? Pair{QColor(0x5c, 0x42, 0x0a), QColor(0xff, 0xdd, 0x99)}
                    : Pair{QColor(0xf5, 0xc2, 0x6b), QColor(0x4a, 0x32, 0x00)};
    if (badge == Badge::ThankYouDue)
        return dark ? Pair{QColor(0x1f, 0x4d, 0x36), QColor(0xd4, 0xf2, 0xe1)}
                    : Pair{QColor(0xcf, 0xee, 0xdc), QColor(0x0f, 0x4a, 0x2c)};
    return dark ? Pair{QColor(0x1c, 0x3d, 0x66), QColor(0xd6, 0xe6, 0xfa)}
                : Pair{QColor(0xd6, 0xe6, 0xfa), QColor(0x0b, 0x3d, 0x7a)};
}

ThemeColours::Pair ThemeColours::countPill(const QPalette &palette)
{
    // The window's colours swapped, a little softened: a dark pill on a light desktop, a
    // light one on a dark desktop, always with the contrast of body text.
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    for (double amount = 0.3; amount > 0.0; amount -= 0.05) {
        const QColor background = blend(text, window, amount);
        if (contrast(background, window) >= 4.5)
            return {background, window};
    }
    return {text, window};
}

ThemeColours::Pair ThemeColours::banner(const QPalette &palette, Banner banner)
{
    const bool dark = isDark(palette);
    if (banner == Banner::Warning)
        return dark ? Pair{QColor(0x4d, 0x3d, 0x0c), QColor(0xff, 0xe9, 0xa8)}
                    : Pair{QColor(0xff, 0xf4, 0xce), QColor(0x4a, 0x38, 0x00)};
    return dark ? Pair{QColor(0x17, 0x33, 0x57), QColor(0xd6, 0xe6, 0xfa)}
                : Pair{QColor(0xdb, 0xe9, 0xfb), QColor(0x0b, 0x3d, 0x7a)};
}

QString ThemeColours::bannerStyleSheet(const QPalette &palette, Banner kind,
                                       const QString &selector)
{
    const Pair pair = banner(palette, kind);
    const QColor border = blend(pair.background, pair.text, 0.3);
    return QStringLiteral("%1 { background: %2; border-bottom: 1px solid %3; } "
                          "QLabel { color: %4; background: transparent; }")
        .arg(selector, pair.background.name(), border.name(), pair.text.name());
}
