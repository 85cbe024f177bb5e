# File > Back up now, File > Restore from backup…, the daily backup; paths relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    backups/BackupActions.cpp
    backups/BackupActions.h
)
