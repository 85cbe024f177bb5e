# Importing and exporting interview rounds as iCalendar files; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    ics/IcsActions.cpp
    ics/IcsActions.h
    ics/IcsDropWatcher.cpp
    ics/IcsDropWatcher.h
    ics/IcsImportDialog.cpp
    ics/IcsImportDialog.h
    ics/ImportRoundsCommand.cpp
    ics/ImportRoundsCommand.h
)
