# View > Statistics on the pipeline tab; paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    statistics/BarListChart.cpp
    statistics/BarListChart.h
    statistics/StatisticsDialog.cpp
    statistics/StatisticsDialog.h
    statistics/WeeklyChart.cpp
    statistics/WeeklyChart.h
)
