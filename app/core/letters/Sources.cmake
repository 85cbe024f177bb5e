# Thank-you letters: template filling, mailto links, .eml files, due times; paths are
# relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    letters/EmlWriter.cpp
    letters/EmlWriter.h
    letters/LetterDue.cpp
    letters/LetterDue.h
    letters/LetterFiller.cpp
    letters/LetterFiller.h
    letters/LetterText.cpp
    letters/LetterText.h
    letters/MailtoLink.cpp
    letters/MailtoLink.h
)
