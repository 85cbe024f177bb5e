# Which file to open at start, and a file that vanishes while open; paths are relative to
# app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    files/StartFile.cpp
    files/StartFile.h
    files/VanishedFileGuard.cpp
    files/VanishedFileGuard.h
)
