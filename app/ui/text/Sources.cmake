# Plain-text safety in widgets; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    text/PlaceholderWidth.cpp
    text/PlaceholderWidth.h
    text/SingleLineValidator.cpp
    text/SingleLineValidator.h
)
