#pragma once

// For the picture tools (shot_*): programs that render the app for a person to look at, not
// tests. They start alike, so that the pictures of one release look alike.
#include "core/Clock.h"
#include "ui/MainWindow.h"
#include "ui/pipeline/CardListView.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace Shots {

inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x2f));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

// Settings in a folder of their own (the user's are never touched) and the clock at
// 20 November 2026, 09:30 UTC, for as long as it lives.
class Setup
{
public:
    Setup()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC); });
    }

private:
    QTemporaryDir m_settings;
};

// The application's font times `scale`, as on a desktop with larger fonts.
inline void scaleFont(double scale)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    QApplication::setFont(font);
}

// Opens a new file at `path`, fills it with the sample applications and shows the window at
// the pictures' size; false when any of it fails.
inline bool showSampleWindow(MainWindow &window, const QString &path)
{
    if (!window.openDatabase(path) || !window.addSampleData())
        return false;
    window.resize(1400, 900);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

// The board as a keyboard user sees it: the first card of the second column has the focus.
inline void focusFirstCard(MainWindow &window)
{
    const QList<CardListView *> lists = window.findChildren<CardListView *>();
    if (lists.size() > 1) {
        CardListView *list = lists.at(1);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0, list->rootIndex()));
    }
    QTest::qWait(200);
}

} // namespace Shots
