# Plain-text safety for user and imported text, reading other programs' text files and
# separated values; paths are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    text/Csv.cpp
    text/Csv.h
    text/PlainText.cpp
    text/PlainText.h
    text/TextDecoding.cpp
    text/TextDecoding.h
)
