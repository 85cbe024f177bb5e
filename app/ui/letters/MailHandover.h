#pragma once

#include <QUrl>

#include <functional>

// The one door to the desktop for handing a letter to the mail program, so tests can see
// the link instead of launching anything.
class MailHandover
{
public:
    // Opens the link with the desktop's handler; false when there is none.
    static bool openUrl(const QUrl &url);
    // Tests install their own; an empty function restores the desktop.
    static void setOpener(std::function<bool(const QUrl &)> opener);
};
