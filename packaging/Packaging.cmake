# Installs the desktop integration files and configures CPack for each platform.
# Included from the top-level CMakeLists.txt after the app targets exist.
#
#   Linux:   cpack -G DEB, cpack -G RPM, cpack -G TGZ (the system's Qt, found by dependency)
#   Windows: cpack -G NSIS, cpack -G ZIP (windeployqt through Qt's deploy script)
#   macOS:   cpack -G DragNDrop (macdeployqt through Qt's deploy script)

set(SECONDROUND_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

# The languages the app ships; Qt's own strings (buttons of standard dialogs, the print
# dialog) come from qtbase_<lang>.qm for each of them.
set(SECONDROUND_LANGUAGES en de fr es)

# Web addresses only when there is a real one: no placeholder goes into a package. CI passes
# the repository's address.
set(SECONDROUND_PUBLIC_URL "" CACHE STRING
    "Public home of the project (https://...), used for package homepages and AppStream")
set(SECONDROUND_PACKAGE_CONTACT "The SecondRound authors" CACHE STRING
    "Maintainer named in the Linux packages")

# Qt's translations inside the executable on Windows and macOS, where no system package
# provides them (macdeployqt copies none); Linux packages recommend the distribution's.
if(WIN32 OR APPLE)
    set(bundleDefault ON)
else()
    set(bundleDefault OFF)
endif()
option(SECONDROUND_BUNDLE_QT_TRANSLATIONS "Embed Qt's qtbase_*.qm in the executable"
       ${bundleDefault})

if(TARGET secondround AND SECONDROUND_BUNDLE_QT_TRANSLATIONS)
    get_target_property(qmakeLocation Qt6::qmake IMPORTED_LOCATION)
    execute_process(COMMAND "${qmakeLocation}" -query QT_INSTALL_TRANSLATIONS
                    OUTPUT_VARIABLE qtTranslationsDir OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(qtTranslationFiles "")
    foreach(language IN LISTS SECONDROUND_LANGUAGES)
        set(qm "${qtTranslationsDir}/qtbase_${language}.qm")
        if(EXISTS "${qm}")
            list(APPEND qtTranslationFiles "${qm}")
        else()
            message(WARNING "Qt's translation ${qm} is missing; standard dialogs stay in "
                            "English for that language. Install Qt's translations.")
        endif()
    endforeach()
    if(qtTranslationFiles)
        # main.cpp falls back to :/qt-translations when the Qt installation has none.
        qt_add_resources(secondround "qt_translations"
            PREFIX "/qt-translations"
            BASE "${qtTranslationsDir}"
            FILES ${qtTranslationFiles})
    endif()
endif()

if(TARGET secondround)
    if(WIN32)
        set(SECONDROUND_ICO ${SECONDROUND_PACKAGING_DIR}/windows/secondround.ico)
        configure_file(${SECONDROUND_PACKAGING_DIR}/windows/secondround.rc.in
                       ${CMAKE_CURRENT_BINARY_DIR}/secondround.rc @ONLY)
        target_sources(secondround PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/secondround.rc)
    elseif(APPLE)
        set(SECONDROUND_ICNS ${SECONDROUND_PACKAGING_DIR}/macos/secondround.icns)
        target_sources(secondround PRIVATE ${SECONDROUND_ICNS})
        set_source_files_properties(${SECONDROUND_ICNS} PROPERTIES
            MACOSX_PACKAGE_LOCATION Resources)
        # CFBundleLocalizations lists what the app speaks, so macOS offers those languages
        # (and Qt's standard dialogs follow) instead of assuming English only.
        set(SECONDROUND_BUNDLE_LOCALIZATIONS "")
        foreach(language IN LISTS SECONDROUND_LANGUAGES)
            string(APPEND SECONDROUND_BUNDLE_LOCALIZATIONS
                   "        <string>${language}</string>\n")
        endforeach()
        configure_file(${SECONDROUND_PACKAGING_DIR}/macos/Info.plist.in
                       ${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in @ONLY)
        # The bundle is SecondRound.app; the command-line name stays secondround elsewhere.
        set_target_properties(secondround PROPERTIES
            OUTPUT_NAME SecondRound
            MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in
            MACOSX_BUNDLE_BUNDLE_NAME SecondRound
            MACOSX_BUNDLE_GUI_IDENTIFIER org.secondround.SecondRound
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
    else()
        include(GNUInstallDirs)
        install(FILES ${SECONDROUND_PACKAGING_DIR}/linux/org.secondround.SecondRound.desktop
                DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

        set(SECONDROUND_METAINFO_URLS "")
        set(SECONDROUND_METAINFO_SCREENSHOTS "")
        if(SECONDROUND_PUBLIC_URL)
            string(APPEND SECONDROUND_METAINFO_URLS
                   "  <url type=\"homepage\">${SECONDROUND_PUBLIC_URL}</url>\n")
            if(SECONDROUND_PUBLIC_URL MATCHES "^https://github.com/([^/]+/[^/]+)/?$")
                set(raw "https://raw.githubusercontent.com/${CMAKE_MATCH_1}/main/docs")
                string(APPEND SECONDROUND_METAINFO_URLS
                       "  <url type=\"bugtracker\">${SECONDROUND_PUBLIC_URL}/issues</url>\n"
                       "  <url type=\"vcs-browser\">${SECONDROUND_PUBLIC_URL}</url>\n")
            else()
                set(raw "${SECONDROUND_PUBLIC_URL}/docs")
            endif()
            string(APPEND SECONDROUND_METAINFO_SCREENSHOTS "  <screenshots>\n")
            foreach(shot IN ITEMS
                    "screenshot-board|The pipeline board with sample data|default"
                    "screenshot-calendar|The calendar: month view and agenda|"
                    "screenshot-notes|A second round's plan with what the first round left open|"
                    "screenshot-practice-card|Practising a question against the clock|"
                    "screenshot-letters|Thank-you letters for everyone in a round|")
                string(REPLACE "|" ";" parts "${shot}")
                list(GET parts 0 file)
                list(GET parts 1 caption)
                list(GET parts 2 kind)
                if(kind)
                    string(APPEND SECONDROUND_METAINFO_SCREENSHOTS
                           "    <screenshot type=\"default\">\n")
                else()
                    string(APPEND SECONDROUND_METAINFO_SCREENSHOTS "    <screenshot>\n")
                endif()
                string(APPEND SECONDROUND_METAINFO_SCREENSHOTS
                       "      <caption>${caption}</caption>\n"
                       "      <image type=\"source\">${raw}/${file}.png</image>\n"
                       "    </screenshot>\n")
            endforeach()
            string(APPEND SECONDROUND_METAINFO_SCREENSHOTS "  </screenshots>\n")
        endif()
        configure_file(
            ${SECONDROUND_PACKAGING_DIR}/linux/org.secondround.SecondRound.metainfo.xml.in
            ${CMAKE_CURRENT_BINARY_DIR}/org.secondround.SecondRound.metainfo.xml @ONLY)
        install(FILES ${CMAKE_CURRENT_BINARY_DIR}/org.secondround.SecondRound.metainfo.xml
                DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
        install(DIRECTORY ${SECONDROUND_PACKAGING_DIR}/icons/hicolor
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

        # /usr/share/doc/secondround/copyright in Debian's machine-readable format.
        file(READ ${PROJECT_SOURCE_DIR}/LICENSE licenseText)
        string(REGEX REPLACE "^MIT License\n\nCopyright[^\n]*\n\n" "" licenseText "${licenseText}")
        string(STRIP "${licenseText}" licenseText)
        string(REPLACE "\n\n" "\n.\n" licenseText "${licenseText}")
        string(REPLACE "\n" "\n " licenseText "${licenseText}")
        set(SECONDROUND_LICENSE_BODY " ${licenseText}")
        configure_file(${SECONDROUND_PACKAGING_DIR}/linux/copyright.in
                       ${CMAKE_CURRENT_BINARY_DIR}/copyright @ONLY)
        install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright
                DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/secondround)
    endif()
endif()

if(WIN32)
    # The MSVC runtime beside the executable, so no redistributable needs installing.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME secondround)
set(CPACK_PACKAGE_VENDOR "The SecondRound authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines kept short: package managers show them as they are.
set(CPACK_PACKAGE_DESCRIPTION [=[
SecondRound keeps a job search in one place and gets you ready for each
interview, above all the second and later rounds: a pipeline board of
applications, interview rounds with their people, a calendar that exchanges
iCalendar files, notes for each round, question practice with spaced
repetition, thank-you letters and a printable prep sheet. Everything stays on
your computer in one SQLite file.]=])
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${SECONDROUND_PACKAGE_CONTACT}")
if(SECONDROUND_PUBLIC_URL)
    set(CPACK_PACKAGE_HOMEPAGE_URL "${SECONDROUND_PUBLIC_URL}")
endif()
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY SecondRound)
set(CPACK_PACKAGE_EXECUTABLES secondround SecondRound)
set(CPACK_STRIP_FILES ON)

# Windows installer: a Start-menu shortcut (from CPACK_PACKAGE_EXECUTABLES), an uninstaller
# in Apps & features, and SecondRound offered for .ics files (Open with) without taking them
# from the calendar program that has them. Set on every platform so that `cpack -G NSIS`
# with makensis can check the script anywhere; only Windows packages use it.
set(CPACK_NSIS_DISPLAY_NAME SecondRound)
set(CPACK_NSIS_PACKAGE_NAME SecondRound)
set(CPACK_NSIS_MUI_ICON ${SECONDROUND_PACKAGING_DIR}/windows/secondround.ico)
set(CPACK_NSIS_MUI_UNIICON ${SECONDROUND_PACKAGING_DIR}/windows/secondround.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\secondround.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN secondround.exe)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
WriteRegStr SHCTX "Software\Classes\SecondRound.Invitation" "" "iCalendar invitation"
WriteRegStr SHCTX "Software\Classes\SecondRound.Invitation\DefaultIcon" "" "$INSTDIR\bin\secondround.exe,0"
WriteRegStr SHCTX "Software\Classes\SecondRound.Invitation\shell\open\command" "" '"$INSTDIR\bin\secondround.exe" "%1"'
WriteRegStr SHCTX "Software\Classes\.ics\OpenWithProgids" "SecondRound.Invitation" ""
WriteRegStr SHCTX "Software\Classes\Applications\secondround.exe\SupportedTypes" ".ics" ""
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
DeleteRegValue SHCTX "Software\Classes\.ics\OpenWithProgids" "SecondRound.Invitation"
DeleteRegKey SHCTX "Software\Classes\SecondRound.Invitation"
DeleteRegKey SHCTX "Software\Classes\Applications\secondround.exe"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

set(CPACK_DMG_VOLUME_NAME SecondRound)

# Linux: dependencies come from the binary (dpkg-shlibdeps, rpm's find-requires); only what
# Qt loads as plugins at run time is named by hand: the SQLite driver and the platform
# plugins (xcb, wayland's are in qt6-wayland).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SECONDROUND_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")

set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_SUGGESTS "qt6-qtwayland, qt6-qttranslations")
# Folders other packages own (the file system, the icon theme) are not claimed.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/doc)
foreach(size 16x16 32x32 48x48 64x64 128x128 256x256 scalable)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR TGZ DEB)
    find_program(RPMBUILD_PROGRAM rpmbuild)
    if(RPMBUILD_PROGRAM)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

include(CPack)
