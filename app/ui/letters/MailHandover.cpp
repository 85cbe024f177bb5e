#include "ui/letters/MailHandover.h"

#include <QDesktopServices>

namespace {
std::function<bool(const QUrl &)> &opener()
{
    static std::function<bool(const QUrl &)> function;
    return function;
}
} // namespace

bool MailHandover::openUrl(const QUrl &url)
{
    if (opener())
        return opener()(url);
    return QDesktopServices::openUrl(url);
}

void MailHandover::setOpener(std::function<bool(const QUrl &)> function)
{
    opener() = std::move(function);
}
