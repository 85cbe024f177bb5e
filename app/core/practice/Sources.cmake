# Question practice: the FSRS scheduler, the plan toward an interview, question files and
# the store; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    practice/FsrsScheduler.cpp
    practice/FsrsScheduler.h
    practice/InterviewPlanner.cpp
    practice/InterviewPlanner.h
    practice/PracticeQueue.cpp
    practice/PracticePrepSheet.cpp
    practice/PracticePrepSheet.h
    practice/PracticeQueue.h
    practice/PracticeStore.cpp
    practice/PracticeStore.h
    practice/PracticeTypes.h
    practice/QuestionBank.cpp
    practice/QuestionBank.h
    practice/QuestionCategory.cpp
    practice/QuestionCategory.h
    practice/QuestionFile.cpp
    practice/QuestionFile.h
    practice/SpeakingTime.cpp
    practice/SpeakingTime.h
)
