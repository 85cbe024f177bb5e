#include "ui/TabList.h"

#include "ui/calendar/CalendarTab.h"
#include "ui/notes/NotesTab.h"
#include "ui/pipeline/PipelineTab.h"
#include "ui/practice/PracticeTab.h"

std::vector<std::unique_ptr<Tab>> TabList::create(const TabContext &context)
{
    std::vector<std::unique_ptr<Tab>> tabs;
    tabs.push_back(std::make_unique<PipelineTab>(context));
    tabs.push_back(std::make_unique<CalendarTab>(context));
    tabs.push_back(std::make_unique<NotesTab>(context));
    tabs.push_back(std::make_unique<PracticeTab>(context));
    return tabs;
}
