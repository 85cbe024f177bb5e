# Calendar tab models; paths are relative to app/models.
list(APPEND SECONDROUND_MODELS_EXTRA_SOURCES
    calendar/MonthModel.cpp
    calendar/MonthModel.h
    calendar/MonthSummary.cpp
    calendar/MonthSummary.h
    calendar/RoundAgendaModel.cpp
    calendar/RoundAgendaModel.h
    calendar/RoundMime.cpp
    calendar/RoundMime.h
    calendar/RoundText.cpp
    calendar/RoundText.h
    calendar/UpcomingRoundsModel.cpp
    calendar/UpcomingRoundsModel.h
)
