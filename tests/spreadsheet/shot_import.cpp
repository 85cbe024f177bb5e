// Renders the import preview as a user sees it, for docs/screenshot-import.png (not a test):
// shot_import OUTPUT.png. The file is the German Excel fixture, with one stage value still
// to choose.
#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/spreadsheet/SpreadsheetFile.h"
#include "ui/spreadsheet/ImportApplicationsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // The English messages carry the plural forms; they are built next to the app.
    QTranslator translator;
    if (translator.load(QLocale(QLocale::English), QStringLiteral("secondround"),
                        QStringLiteral("_"), QStringLiteral(SECONDROUND_QM_DIR)))
        QCoreApplication::installTranslator(&translator);
    QStandardPaths::setTestModeEnabled(true);
    const QString output = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : QDir::current().filePath(QStringLiteral("import.png"));
    Clock::setOverride([] { return QDateTime(QDate(2024, 4, 2), QTime(9, 30), Qt::UTC); });
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("shot.sqlite")));
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    PipelineStore store(database.value());
    auto file = SpreadsheetFile::read(
        QStringLiteral(SECONDROUND_TEST_DATA "/excel_de_semicolon_cp1252.csv"));
    if (!file)
        qFatal("%s", qPrintable(file.error()));
    ImportApplicationsDialog dialog(QStringLiteral("Bewerbungen.csv"), file.take(), &store,
                                    QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto choose = [&](const char *name, const char *stage) {
        auto *combo = dialog.findChild<QComboBox *>(QString::fromLatin1(name));
        combo->setCurrentIndex(combo->findText(QString::fromLatin1(stage)));
    };
    choose("unknownStage0", "Applied");
    choose("unknownStage1", "Interviewing");
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    QTest::qWait(200);
    if (!dialog.grab().save(output))
        return 1;
    return 0;
}
