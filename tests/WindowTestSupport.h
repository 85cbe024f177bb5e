#pragma once

#include "TestSupport.h"

#include "core/AppSettings.h"
#include "models/BoardModel.h"
#include "ui/MainWindow.h"

#include <memory>

// Opens a main window on the test's file. One file, one lock: the window takes over the
// test's connection, and the test keeps reading through the window's.
inline std::unique_ptr<MainWindow> openWindowOn(TestFile &file, AppSettings *settings,
                                                const QSize &size = QSize(1600, 900))
{
    const QString path = file.database->path();
    file.store.reset();
    file.database.reset();
    auto window = std::make_unique<MainWindow>(settings);
    if (!window->openDatabase(path))
        return nullptr;
    file.database = window->boardModel()->store()->sharedDatabase();
    file.store = std::make_unique<PipelineStore>(file.database);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}
