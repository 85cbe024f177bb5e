#pragma once

#include <QString>

// The one rule for links the user types (job ads, meeting links, profiles): a web address
// with http or https and a host.
class WebLink
{
public:
    static bool isValid(const QString &text);
};
