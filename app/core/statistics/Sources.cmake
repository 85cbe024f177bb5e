# View > Statistics: the figures, read and computed without any GUI; paths relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    statistics/StatisticsCalculator.cpp
    statistics/StatisticsCalculator.h
    statistics/StatisticsStore.cpp
    statistics/StatisticsStore.h
    statistics/StatisticsTypes.h
)
