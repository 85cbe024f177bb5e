# Question practice: the FSRS scheduler, the plan toward an interview, question files and
# the store; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    practice/FsrsScheduler.cpp
    practice/FsrsScheduler.h
)
