#pragma once

#include "TestSupport.h"

#include "core/AppSettings.h"
#include "core/RoundStore.h"
#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "ui/MainWindow.h"
#include "ui/calendar/CalendarTab.h"
#include "ui/calendar/CalendarView.h"
#include "ui/pipeline/PipelineTab.h"
#include "ui/pipeline/PipelineView.h"

#include <QTabWidget>

#include <memory>

// Opens a main window on the test's file. One file, one lock: the window takes over the
// test's connection, and the test keeps reading through the window's. Says why it failed.
inline std::unique_ptr<MainWindow> openWindowOn(TestFile &file, AppSettings *settings, QString *why,
                                                const QSize &size = QSize(1600, 900))
{
    const QString path = file.database->path();
    file.store.reset();
    file.database.reset();
    auto window = std::make_unique<MainWindow>(settings);
    if (!window->openDatabase(path)) {
        *why = QStringLiteral("the window could not open the test file");
        return nullptr;
    }
    file.database = window->session()->sharedDatabase();
    file.store = std::make_unique<PipelineStore>(file.database);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        *why = QStringLiteral("the window was never shown");
        return nullptr;
    }
    // The integrity check and the tabs' windowShown() follow the first paint.
    if (!QTest::qWaitFor([&window] { return !window->hasWorkAfterShown(); })) {
        *why = QStringLiteral("the work after showing the window never ran");
        return nullptr;
    }
    return window;
}

#include "FakePrompter.h"

#include <QSettings>

// Fresh state for a test that drives the main window: temporary settings, a new file,
// a prompter that answers in advance. Test classes derive from it and call
// setUpWindowTest() from init() and tearDownWindowTest() from cleanup().
class WindowTestCase : public QObject
{
protected:
    void setUpWindowTest()
    {
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
        m_file = std::make_unique<TestFile>();
        m_prompter = std::make_unique<FakePrompter>();
        m_settings = std::make_unique<AppSettings>();
        m_settings->setSampleDataOffered(true);
    }

    void tearDownWindowTest()
    {
        m_window.reset();
        m_settings.reset();
        m_prompter.reset();
        m_file.reset();
    }

    // Use as QVERIFY(openWindow()): a failure stops the test right here, with the reason.
    [[nodiscard]] bool openWindow(const QSize &size = QSize(1600, 900))
    {
        QString why;
        m_window = openWindowOn(*m_file, m_settings.get(), &why, size);
        if (!m_window)
            qWarning("openWindow: %s", qPrintable(why));
        return m_window != nullptr;
    }

    // An application with a round that ended yesterday, so the pages show their
    // after-the-round parts too. Use as QVERIFY(addEndedRound()).
    [[nodiscard]] bool addEndedRound()
    {
        RoundStore rounds(m_file->database);
        const qint64 app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        RoundFields fields;
        fields.timeZoneId = QStringLiteral("UTC");
        fields.start = Clock::nowUtc().addDays(-1);
        return rounds.createRound(app, fields).ok();
    }

    PipelineView *pipelineView() const { return m_window->tab<PipelineTab>()->view(); }
    BoardModel *boardModel() const { return m_window->session()->board(); }
    // The calendar reads its rounds when first shown: this shows it.
    CalendarView *calendarView() const
    {
        auto *calendar = m_window->tab<CalendarTab>();
        m_window->showTab(calendar);
        return calendar->view();
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};
