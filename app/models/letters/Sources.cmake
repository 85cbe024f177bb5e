# Thank-you letters: the grouped list; paths are relative to app/models.
list(APPEND SECONDROUND_MODELS_EXTRA_SOURCES
    letters/LetterListModel.cpp
    letters/LetterListModel.h
)
