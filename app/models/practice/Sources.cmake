# Question practice: the bank list's proxy and the change signals; relative to app/models.
list(APPEND SECONDROUND_MODELS_EXTRA_SOURCES
    practice/PracticeSignals.h
    practice/QuestionBankProxy.cpp
    practice/QuestionBankProxy.h
)
