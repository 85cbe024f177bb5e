#include "ui/placement/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace {

QList<QRect> availableAreas()
{
    QList<QRect> areas;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens)
        areas << screen->availableGeometry();
    return areas;
}

} // namespace

QSize WindowPlacement::firstSize(const QRect &available)
{
    if (!available.isValid())
        return Preferred;
    // Room for the window frame and a little of the desktop around it.
    const int width = std::min(Preferred.width(), available.width() * 92 / 100);
    const int height = std::min(Preferred.height(), available.height() * 88 / 100);
    return {width, height};
}

bool WindowPlacement::fits(const QRect &geometry, const QList<QRect> &available)
{
    return std::any_of(available.cbegin(), available.cend(),
                       [&geometry](const QRect &area) { return area.contains(geometry); });
}

void WindowPlacement::place(QWidget *window, const QByteArray &saved)
{
    const QList<QRect> areas = availableAreas();
    if (!saved.isEmpty() && window->restoreGeometry(saved) &&
        (areas.isEmpty() || fits(window->geometry(), areas)))
        return;
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    window->setWindowState(window->windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    const QSize size = firstSize(available);
    window->resize(size);
    if (available.isValid())
        window->move(
            QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available).topLeft());
}
