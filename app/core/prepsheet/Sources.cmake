# The prep sheet's data and the list of features that fill it (in secondround_core). The
# document and PDF builder in this folder is the separate secondround_prepsheet library
# (CMakeLists.txt here), since core does not link QtGui.
list(APPEND SECONDROUND_CORE_EXTRA_SOURCES
    prepsheet/PrepSheetData.h
    prepsheet/PrepSheetFillers.cpp prepsheet/PrepSheetFillers.h
)
