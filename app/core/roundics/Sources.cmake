# Interview rounds to and from iCalendar files; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    roundics/RoundCalendarExport.cpp
    roundics/RoundCalendarExport.h
    roundics/RoundCalendarImport.cpp
    roundics/RoundCalendarImport.h
)
