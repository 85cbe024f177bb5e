# The interface languages: which are shipped, and putting the chosen one in place; paths
# are relative to app/core.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    languages/UiLanguage.cpp
    languages/UiLanguage.h
)
