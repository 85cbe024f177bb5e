# Interview reminders: which rounds are due a reminder; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    reminders/ReminderScheduler.cpp
    reminders/ReminderScheduler.h
)
