#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSize>

class QWidget;

// The main window's first size and restored geometry, kept on the screen: a fixed
// 1280×800 is larger than a laptop's 768 pixels and than any screen at 2× scale.
class WindowPlacement
{
public:
    static constexpr QSize Preferred{1280, 800};

    // Preferred where it fits in the available area (screen minus panels), else the
    // largest size that does, with a margin.
    static QSize firstSize(const QRect &available);
    // Whether a window geometry lies entirely within one of the available areas.
    static bool fits(const QRect &geometry, const QList<QRect> &available);
    // Restores saved geometry where it fits on a screen of the window; otherwise gives the
    // window its first size, centred on its screen.
    static void place(QWidget *window, const QByteArray &saved);
};
