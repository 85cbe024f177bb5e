# Files that hold the user's data: created owner-only; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    files/OwnerOnlyFiles.cpp
    files/OwnerOnlyFiles.h
)
