list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    notes/NotesChecklist.cpp notes/NotesChecklist.h
    notes/NotesRules.cpp notes/NotesRules.h
    notes/NotesStore.cpp notes/NotesStore.h
    notes/NotesTypes.cpp notes/NotesTypes.h
)
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    notes/PrepSheetLoader.cpp notes/PrepSheetLoader.h
)
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    notes/NotesSampleData.cpp notes/NotesSampleData.h
)
