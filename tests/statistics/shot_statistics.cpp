// Renders View > Statistics on sample data in a light and a dark palette, for a person to
// look at (not a test): shot_statistics OUTPUT_FOLDER [MESSAGES_FOLDER], the second holding a
// secondround_en.qm (default: the build's). docs/screenshot-statistics.png is its light picture.
#include "FakePrompter.h"
#include "ShotSupport.h"

#include "core/AppSettings.h"
#include "ui/pipeline/PipelineTab.h"
#include "ui/statistics/StatisticsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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
    const Shots::Setup setup;
    FakePrompter prompter;

    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? Shots::darkPalette()
                                      : QApplication::style()->standardPalette());
        QTemporaryDir dir;
        AppSettings settings;
        settings.setSampleDataOffered(true);
        MainWindow window(&settings);
        if (!Shots::showSampleWindow(window, dir.filePath(QStringLiteral("shots.sqlite"))))
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
