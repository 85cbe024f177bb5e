# Applications to and from spreadsheets (CSV): reading real exports, the column mapping,
# the import and the export; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    spreadsheet/ApplicationExport.cpp
    spreadsheet/ApplicationExport.h
    spreadsheet/ApplicationImport.cpp
    spreadsheet/ApplicationImport.h
    spreadsheet/ApplicationRows.cpp
    spreadsheet/ApplicationRows.h
    spreadsheet/DateReading.cpp
    spreadsheet/DateReading.h
    spreadsheet/SalaryReading.cpp
    spreadsheet/SalaryReading.h
    spreadsheet/SpreadsheetField.cpp
    spreadsheet/SpreadsheetField.h
    spreadsheet/SpreadsheetFile.cpp
    spreadsheet/SpreadsheetFile.h
)
