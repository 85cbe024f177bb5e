// Renders View > Statistics on sample data in a light and a dark palette, for a person to
// look at (not a test): shot_statistics OUTPUT_FOLDER [MESSAGES_FOLDER], the second holding a
// secondround_en.qm (default: the build's). docs/screenshot-statistics.png is its light picture.
#include "FakePrompter.h"

#include "core/AppSettings.h"
#include "core/Clock.h"
#include "ui/MainWindow.h"
#include "ui/pipeline/PipelineTab.h"
#include "ui/statistics/StatisticsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

QPalette darkPalette()
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString output = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    // English plural forms ("1 application", "2 applications") come from the app's messages.
    QTranslator translator;
    const QString messages =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(SECONDROUND_QM_DIR);
    if (translator.load(QStringLiteral("secondround_en"), messages))
        QCoreApplication::installTranslator(&translator);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC); });
    FakePrompter prompter;

    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        QTemporaryDir dir;
        AppSettings settings;
        settings.setSampleDataOffered(true);
        MainWindow window(&settings);
        if (!window.openDatabase(dir.filePath(QStringLiteral("shots.sqlite"))) ||
            !window.addSampleData())
            return 1;
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        bool saved = false;
        prompter.dialogHandler = [&](QDialog &dialog) {
            if (!QTest::qWaitForWindowExposed(&dialog))
                return int(QDialog::Rejected);
            QTest::qWait(200);
            const QString name =
                QStringLiteral("%1/statistics-%2.png")
                    .arg(output, dark ? QStringLiteral("dark") : QStringLiteral("light"));
            saved = dialog.grab().save(name);
            return int(QDialog::Rejected);
        };
        for (QAction *action : window.tab<PipelineTab>()->viewActions())
            if (action && action->objectName() == QLatin1String("statisticsAction"))
                action->trigger();
        if (!saved)
            return 1;
    }
    return 0;
}
