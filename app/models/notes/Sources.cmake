# The notes feature's session part and the Notes tab's round list; paths relative to app/models.
list(APPEND SECONDROUND_MODELS_EXTRA_SOURCES
    notes/NotesFeature.cpp notes/NotesFeature.h
    notes/NotesRoundList.cpp notes/NotesRoundList.h
    notes/BoardReadiness.cpp notes/BoardReadiness.h
)
