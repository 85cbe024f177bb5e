# The calendar tab and interview reminders; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    calendar/CalendarDelegates.cpp
    calendar/CalendarDelegates.h
    calendar/CalendarTab.cpp
    calendar/CalendarTab.h
    calendar/CalendarView.cpp
    calendar/CalendarView.h
    calendar/MonthGrid.cpp
    calendar/MonthGrid.h
    calendar/MonthView.cpp
    calendar/MonthView.h
    calendar/ReminderNotifier.cpp
    calendar/ReminderNotifier.h
    calendar/RoundListViews.cpp
    calendar/RoundListViews.h
)
