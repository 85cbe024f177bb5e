// Renders the board as a user sees it, in a light and a dark palette, for a person to look
// at (not a test): shot_board OUTPUT_FOLDER [scale]. The PNGs are what docs/ shows.
#include "FakePrompter.h"
#include "ShotSupport.h"

#include "core/AppSettings.h"

#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString output = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    const double scale = argc > 2 ? QString::fromLocal8Bit(argv[2]).toDouble() : 1.0;
    QTranslator translator;
    if (argc > 3) {
        const QLocale locale(QString::fromLocal8Bit(argv[3]));
        QLocale::setDefault(locale);
        // The messages are built next to the app, not into this tool.
        if (translator.load(locale, QStringLiteral("secondround"), QStringLiteral("_"),
                            QStringLiteral(SECONDROUND_QM_DIR)))
            QCoreApplication::installTranslator(&translator);
    }
    const Shots::Setup setup;
    Shots::scaleFont(scale);
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
        window.showBanner(QStringLiteral("Reminder: Round 2 with Acme starts at 14:00."));
        Shots::focusFirstCard(window);
        const QString name =
            QStringLiteral("%1/board-%2-%3.png")
                .arg(output, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                .arg(scale);
        if (!window.grab().save(name))
            return 1;
    }
    return 0;
}
