# Applications to and from spreadsheets: the import preview, its undo step and the File
# menu actions; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    spreadsheet/ImportApplicationsCommand.cpp
    spreadsheet/ImportApplicationsCommand.h
    spreadsheet/ImportApplicationsDialog.cpp
    spreadsheet/ImportApplicationsDialog.h
    spreadsheet/SpreadsheetActions.cpp
    spreadsheet/SpreadsheetActions.h
)
