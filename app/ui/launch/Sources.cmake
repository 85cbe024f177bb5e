# Calendar files handed to the app from outside: its command line, a second launch (through a
# local socket to the window already open), macOS's Finder. Paths are relative to app/ui.
list(APPEND SECONDROUND_UI_EXTRA_SOURCES
    launch/InstanceChannel.cpp
    launch/InstanceChannel.h
    launch/InvitationOpener.cpp
    launch/InvitationOpener.h
)
