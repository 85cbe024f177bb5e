# Question practice tab; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    practice/PracticeChart.cpp
    practice/PracticeChart.h
    practice/PracticeCommands.cpp
    practice/PracticeCommands.h
    practice/PracticePage.cpp
    practice/PracticePage.h
    practice/PracticeSession.cpp
    practice/PracticeSession.h
    practice/PracticeTab.cpp
    practice/PracticeTab.h
    practice/RoundQuestionsDialog.cpp
    practice/RoundQuestionsDialog.h
    practice/QuestionDialog.cpp
    practice/QuestionDialog.h
    practice/StoryDialog.cpp
    practice/StoryDialog.h
)
