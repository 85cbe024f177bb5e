#pragma once

#include <QString>

// What a tab may ask of the window around it, without knowing the window.
class WindowFrame
{
public:
    virtual ~WindowFrame() = default;

    virtual void showError(const QString &message) = 0;
    virtual void showStatus(const QString &message, int milliseconds = 8000) = 0;
    // A notice across the top of the window, for what must not be missed (a reminder).
    virtual void showBanner(const QString &message) = 0;
    // Rebuilds the menus from the tabs (after a tab's actions changed).
    virtual void refreshMenus() = 0;
};
