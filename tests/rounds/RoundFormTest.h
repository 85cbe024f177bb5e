#pragma once

#include "FakePrompter.h"
#include "RoundTestSupport.h"

#include "models/RoundSignals.h"

#include <QLocale>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

#include <memory>

template<typename T> T *child(const QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child named %s", qPrintable(name));
    return widget;
}

// Keyboard focus only moves inside the active window.
inline bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// What the tests of the round and person forms start from, fresh for each test: a file
// with one application (Acme, Engineer) and its company, the round store, the change
// signals, an undo stack, and a prompter that answers for the user.
class RoundFormTest
{
protected:
    // For initTestCase(): the user's own zone and language, so "your time" and the dates
    // in the expectations are the same wherever the test runs.
    static void useUtcAndTheCLocale()
    {
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale::c());
    }
    // For init() and cleanup().
    void setUpRoundForm()
    {
        m_file = std::make_unique<TestFile>();
        m_store = std::make_unique<RoundStore>(m_file->database);
        m_signals = std::make_unique<RoundSignals>();
        m_undo = std::make_unique<QUndoStack>();
        m_prompter = std::make_unique<FakePrompter>();
        m_app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        m_company = valueOf(m_store->companyOfApplication(m_app));
    }
    void tearDownRoundForm()
    {
        m_prompter.reset();
        m_undo.reset();
        m_signals.reset();
        m_store.reset();
        m_file.reset();
    }

    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<RoundStore> m_store;
    std::unique_ptr<RoundSignals> m_signals;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<FakePrompter> m_prompter;
    qint64 m_app = 0;
    qint64 m_company = 0;
};
