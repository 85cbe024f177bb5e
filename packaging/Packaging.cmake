# Installs the desktop integration files and configures CPack for each platform.
# Included from the top-level CMakeLists.txt after the app targets exist.

set(SECONDROUND_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

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
        set_target_properties(secondround PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST ${SECONDROUND_PACKAGING_DIR}/macos/Info.plist.in
            MACOSX_BUNDLE_BUNDLE_NAME SecondRound
            MACOSX_BUNDLE_GUI_IDENTIFIER org.secondround.SecondRound
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
    else()
        include(GNUInstallDirs)
        install(FILES ${SECONDROUND_PACKAGING_DIR}/linux/org.secondround.SecondRound.desktop
                DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES ${SECONDROUND_PACKAGING_DIR}/linux/org.secondround.SecondRound.metainfo.xml
                DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
        install(DIRECTORY ${SECONDROUND_PACKAGING_DIR}/icons/hicolor
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
    endif()
endif()

set(CPACK_PACKAGE_NAME secondround)
set(CPACK_PACKAGE_VENDOR "The SecondRound authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The SecondRound authors <maintainers@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY SecondRound)
set(CPACK_PACKAGE_EXECUTABLES secondround SecondRound)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_DISPLAY_NAME SecondRound)
    set(CPACK_NSIS_PACKAGE_NAME SecondRound)
    set(CPACK_NSIS_MUI_ICON ${SECONDROUND_PACKAGING_DIR}/windows/secondround.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/secondround.exe)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR TGZ DEB)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6widgets6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6gui6 (>= 6.4)")
endif()

include(CPack)
