# Thank-you letters tab; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    letters/LetterColours.cpp
    letters/LetterColours.h
    letters/LetterCommand.cpp
    letters/LetterCommand.h
    letters/LetterDocument.cpp
    letters/LetterDocument.h
    letters/LetterEditor.cpp
    letters/LetterEditor.h
    letters/LettersTab.cpp
    letters/LettersTab.h
    letters/LettersView.cpp
    letters/LettersView.h
    letters/MailHandover.cpp
    letters/MailHandover.h
    letters/TemplatesDialog.cpp
    letters/TemplatesDialog.h
)
