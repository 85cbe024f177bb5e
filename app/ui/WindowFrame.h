#pragma once

#include <QString>

#include <functional>

// What a tab may ask of the window around it, without knowing the window.
class WindowFrame
{
public:
    virtual ~WindowFrame() = default;

    virtual void showError(const QString &message) = 0;
    virtual void showStatus(const QString &message, int milliseconds = 8000) = 0;
    // A notice across the top of the window, for what must not be missed (a reminder).
    virtual void showBanner(const QString &message) = 0;
    // The same notice with one button that acts on it ("Print prep sheet…"); the button
    // runs the action and closes the notice.
    virtual void showBannerWithAction(const QString &message, const QString &actionText,
                                      std::function<void()> action) = 0;
    // Rebuilds the menus from the tabs (after a tab's actions changed).
    virtual void refreshMenus() = 0;
};
