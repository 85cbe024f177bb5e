# Daily backups beside the file, their rotation and restoring one; paths relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    backups/Backups.cpp
    backups/Backups.h
)
