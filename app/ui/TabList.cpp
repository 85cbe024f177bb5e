#include "ui/TabList.h"

#include "ui/calendar/CalendarTab.h"
#include "ui/pipeline/PipelineTab.h"

std::vector<std::unique_ptr<Tab>> TabList::create(const TabContext &context)
{
    std::vector<std::unique_ptr<Tab>> tabs;
    tabs.push_back(std::make_unique<PipelineTab>(context));
    tabs.push_back(std::make_unique<CalendarTab>(context));
    return tabs;
}
