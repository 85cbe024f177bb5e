#pragma once

#include "ui/Tab.h"

#include <memory>
#include <vector>

// The window's tabs, in order. The one place a new tab is added.
class TabList
{
public:
    static std::vector<std::unique_ptr<Tab>> create(const TabContext &context);
};
