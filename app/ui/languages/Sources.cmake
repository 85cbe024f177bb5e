# View > Language; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    languages/LanguageMenu.cpp
    languages/LanguageMenu.h
)
