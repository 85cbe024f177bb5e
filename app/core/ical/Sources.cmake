# iCalendar import and export; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    ical/IcsComponent.h
    ical/IcsDuration.cpp
    ical/IcsDuration.h
    ical/IcsEvent.h
    ical/IcsPerson.h
    ical/IcsProperty.cpp
    ical/IcsProperty.h
    ical/IcsReadResult.h
    ical/IcsReader.cpp
    ical/IcsReader.h
    ical/IcsText.cpp
    ical/IcsText.h
    ical/IcsTimeZoneResolver.cpp
    ical/IcsTimeZoneResolver.h
    ical/IcsWriter.cpp
    ical/IcsWriter.h
    ical/WindowsTimeZones.cpp
    ical/WindowsTimeZones.h
)
