#pragma once

#include <QColor>
#include <QPalette>

// The warning colour of the letters tab (overdue letters, gaps in a letter), taken from the
// palette so it stays readable on light and dark themes.
namespace LetterColours {
QColor warning(const QPalette &palette);
}
