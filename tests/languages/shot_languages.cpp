// Renders the board and the main dialogs in one interface language, for a person to look at
// for clipped or overflowing text (not a test):
//   shot_languages OUTPUT_FOLDER LANGUAGE [scale]
// LANGUAGE is "en", "de", "fr" or "es"; the language is put in place as at start-up, Qt's own
// messages included. Writes board-LANGUAGE.png and dialog-NAME-LANGUAGE.png.
#include "FakePrompter.h"
#include "ShotSupport.h"

#include "core/AppSettings.h"
#include "core/languages/UiLanguage.h"
#include "ui/pipeline/PipelineView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

namespace {

QAction *findAction(const MainWindow &window, const QString &name)
{
    for (QAction *action : window.findChildren<QAction *>(name))
        return action;
    // A tab's own actions belong to the tab, and reach the window through its menus.
    for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (action->objectName() == name)
                return action;
    return nullptr;
}

void showTabWith(MainWindow &window, const QString &actionName)
{
    // Tabs build their widgets when first shown: show each in turn until the action is there.
    QTabWidget *tabs = window.tabs();
    for (int i = -1; i < tabs->count(); ++i) {
        if (i >= 0) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
        }
        if (QAction *action = findAction(window, actionName); action && action->isEnabled())
            return;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (argc < 3) {
        std::fprintf(stderr, "usage: shot_languages OUTPUT_FOLDER LANGUAGE [scale]\n");
        return 2;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
    const QString code = QString::fromLocal8Bit(argv[2]);
    const double scale = argc > 3 ? QString::fromLocal8Bit(argv[3]).toDouble() : 1.0;
    const Shots::Setup setup;
    const UiLanguage::Installed installed =
        UiLanguage::install(code, UiLanguage::qtTranslationDirectories());
    std::printf("%s: %s, Qt's: %s\n", qPrintable(installed.language), qPrintable(installed.appFile),
                qPrintable(installed.qtFile));
    Shots::scaleFont(scale);
    FakePrompter prompter;

    QTemporaryDir dir;
    AppSettings settings;
    settings.setSampleDataOffered(true);
    MainWindow window(&settings);
    if (!Shots::showSampleWindow(window, dir.filePath(QStringLiteral("job-search.sqlite"))))
        return 1;
    // The temporary folder's path means nothing to a reader of the picture: the name only.
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        if (label->text().endsWith(QLatin1String("job-search.sqlite")))
            label->setText(QStringLiteral("job-search.sqlite"));
    Shots::focusFirstCard(window);
    int failures = 0;
    const auto save = [&](QWidget &widget, const QString &name) {
        const QString path = output.filePath(QStringLiteral("%1-%2.png").arg(name, code));
        if (!widget.grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            ++failures;
            return;
        }
        std::printf("%s (%dx%d)\n", qPrintable(path), widget.width(), widget.height());
    };
    save(window, QStringLiteral("board"));

    // Each dialog as it first opens, at the size it gives itself.
    prompter.dialogHandler = [&](QDialog &dialog) {
        QTest::qWait(150);
        const QString name = dialog.objectName().isEmpty()
                                 ? QString::fromLatin1(dialog.metaObject()->className())
                                 : dialog.objectName();
        save(dialog, QStringLiteral("dialog-") + name);
        return int(QDialog::Rejected);
    };
    if (auto *pipeline = window.findChild<PipelineView *>())
        pipeline->editSelected();
    for (const QString &name :
         {QStringLiteral("scheduleRoundAction"), QStringLiteral("statisticsAction"),
          QStringLiteral("letterTemplatesAction")}) {
        showTabWith(window, name);
        QAction *action = findAction(window, name);
        if (!action || !action->isEnabled()) {
            std::fprintf(stderr, "no enabled %s\n", qPrintable(name));
            ++failures;
            continue;
        }
        action->trigger();
    }
    return failures == 0 ? 0 : 1;
}
