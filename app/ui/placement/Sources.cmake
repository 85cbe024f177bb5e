# Where the main window opens, fitted to the screen; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    placement/WindowPlacement.cpp
    placement/WindowPlacement.h
)
