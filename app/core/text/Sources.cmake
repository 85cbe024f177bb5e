# Plain-text safety for user and imported text; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    text/PlainText.cpp
    text/PlainText.h
)
