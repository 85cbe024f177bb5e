# Thank-you letters: template filling, mailto links, .eml files, due times; paths are
# relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    letters/EmlWriter.cpp
    letters/EmlWriter.h
    letters/LetterComposer.cpp
    letters/LetterComposer.h
    letters/LetterDue.cpp
    letters/LetterDue.h
    letters/LetterFiles.cpp
    letters/LetterFiles.h
    letters/LetterFiller.cpp
    letters/LetterFiller.h
    letters/LetterStore.cpp
    letters/LetterStore.h
    letters/LetterText.cpp
    letters/LetterText.h
    letters/LetterTypes.cpp
    letters/LetterTypes.h
    letters/MailtoLink.cpp
    letters/MailtoLink.h
)
