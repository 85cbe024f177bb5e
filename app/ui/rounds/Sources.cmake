# Interview rounds and the people in them: the round and person forms, a person's page,
# an application's rounds, scheduling, and their undo commands. Paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    commands/PersonCommands.cpp
    commands/PersonCommands.h
    commands/RoundCommands.cpp
    commands/RoundCommands.h
    rounds/ApplicationRoundsDialog.cpp
    rounds/ApplicationRoundsDialog.h
    rounds/PeopleChooser.cpp
    rounds/PeopleChooser.h
    rounds/PersonDialog.cpp
    rounds/PersonDeletion.cpp
    rounds/PersonDeletion.h
    rounds/PersonDialog.h
    rounds/PersonPage.cpp
    rounds/PersonPage.h
    rounds/RoundDialog.cpp
    rounds/RoundDialog.h
    rounds/RoundFormat.cpp
    rounds/RoundFormat.h
    rounds/RoundScheduler.cpp
    rounds/RoundScheduler.h
    rounds/UndoSupport.h
)
