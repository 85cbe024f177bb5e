# The Notes tab: its page, the round editor, search, undo commands, the prep sheet preview;
# paths relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    notes/NotesCommands.cpp notes/NotesCommands.h
    notes/SalaryCommand.cpp notes/SalaryCommand.h
    notes/NotesEditor.cpp notes/NotesEditor.h
    notes/NotesPage.cpp notes/NotesPage.h
    notes/NotesSearchDelegate.cpp notes/NotesSearchDelegate.h
    notes/NotesTab.cpp notes/NotesTab.h
    notes/PrepSheetPreview.cpp notes/PrepSheetPreview.h
)
