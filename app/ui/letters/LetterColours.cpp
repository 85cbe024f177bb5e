#include "ui/letters/LetterColours.h"

QColor LetterColours::warning(const QPalette &palette)
{
    // The same reds as the forms' error text: a dark red vanishes on a dark theme, a light
    // one on a light theme.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                           : QColor(0xb3, 0x26, 0x1e);
}
