# Colours that stay readable in light and dark palettes; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    theme/ThemeColours.cpp
    theme/ThemeColours.h
)
