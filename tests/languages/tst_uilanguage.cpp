// The interface language: which codes count, the locale, the translators put in place (the
// shipped ones, compiled into this test as into the application), and the setting.

#include "core/AppSettings.h"
#include "core/languages/UiLanguage.h"
#include "core/practice/QuestionBank.h"

#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestUiLanguage : public QObject
{
    Q_OBJECT

private:
    static QString translated(const char *context, const char *source)
    {
        return QCoreApplication::translate(context, source);
    }

private slots:
    void cleanup() { UiLanguage::install(QString(), {}); }

    void codesAreNormalised()
    {
        QCOMPARE(UiLanguage::normalised(QStringLiteral("DE")), QStringLiteral("de"));
        QCOMPARE(UiLanguage::normalised(QStringLiteral(" fr ")), QStringLiteral("fr"));
        QCOMPARE(UiLanguage::normalised(QStringLiteral("es")), QStringLiteral("es"));
        // Unknown, hostile or empty settings mean the system's language.
        QCOMPARE(UiLanguage::normalised(QStringLiteral("xx")), QString());
        QCOMPARE(UiLanguage::normalised(QStringLiteral("../../etc/passwd")), QString());
        QCOMPARE(UiLanguage::normalised(QStringLiteral("de\u202e")), QString());
        QCOMPARE(UiLanguage::normalised(QString()), QString());
    }

    void choicesNameEachLanguageInItself()
    {
        const QList<UiLanguage::Choice> choices = UiLanguage::choices();
        QCOMPARE(choices.size(), 5);
        QVERIFY(choices.first().code.isEmpty());
        QStringList codes;
        QStringList names;
        for (const UiLanguage::Choice &choice : choices) {
            codes << choice.code;
            names << QString(choice.name).remove(QLatin1Char('&'));
        }
        QCOMPARE(codes.mid(1), UiLanguage::shippedCodes());
        QCOMPARE(names.mid(1),
                 (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"),
                              QStringLiteral("Français"), QStringLiteral("Español")}));
    }

    void localeKeepsTheSystemsTerritory()
    {
        QCOMPARE(UiLanguage::localeFor(QStringLiteral("fr"), QLocale(QStringLiteral("fr_CA"))),
                 QLocale(QStringLiteral("fr_CA")));
        QCOMPARE(UiLanguage::localeFor(QStringLiteral("fr"), QLocale(QStringLiteral("en_GB")))
                     .language(),
                 QLocale::French);
        QCOMPARE(UiLanguage::localeFor(QStringLiteral("es"), QLocale(QStringLiteral("de_DE")))
                     .language(),
                 QLocale::Spanish);
        QCOMPARE(UiLanguage::localeFor(QString(), QLocale(QStringLiteral("de_AT"))),
                 QLocale(QStringLiteral("de_AT")));
        QCOMPARE(UiLanguage::localeFor(QStringLiteral("xx"), QLocale(QStringLiteral("de_AT"))),
                 QLocale(QStringLiteral("de_AT")));
    }

    void installsTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("language");
        QTest::newRow("German") << "de" << int(QLocale::German);
        QTest::newRow("French") << "fr" << int(QLocale::French);
        QTest::newRow("Spanish") << "es" << int(QLocale::Spanish);
    }
    void installsTheChosenLanguage()
    {
        QFETCH(QString, code);
        QFETCH(int, language);
        const UiLanguage::Installed installed = UiLanguage::install(code, {});
        QCOMPARE(installed.language, code);
        QCOMPARE(installed.appFile, QStringLiteral(":/i18n/secondround_%1.qm").arg(code));
        QCOMPARE(int(QLocale().language()), language);
        QCOMPARE(UiLanguage::current(), code);
        // What new files are filled with follows.
        QCOMPARE(QuestionBank::languageForUi(), code);
        // A string every translation has changes.
        QVERIFY(translated("MainWindow", "&File") != QLatin1String("&File"));
    }

    void englishAndTheSystemsLanguage()
    {
        UiLanguage::install(QStringLiteral("de"), {});
        const UiLanguage::Installed english = UiLanguage::install(QStringLiteral("en"), {});
        QCOMPARE(english.language, QStringLiteral("en"));
        QCOMPARE(english.appFile, QStringLiteral(":/i18n/secondround_en.qm"));
        QCOMPARE(QLocale().language(), QLocale::English);
        // The German translator of before is gone.
        QCOMPARE(translated("MainWindow", "&File"), QStringLiteral("&File"));

        // The tests run with an English system locale.
        const UiLanguage::Installed system = UiLanguage::install(QString(), {});
        QCOMPARE(system.language, QStringLiteral("en"));
        QCOMPARE(QLocale(), QLocale::system());
        QCOMPARE(UiLanguage::install(QStringLiteral("xx"), {}).language, QStringLiteral("en"));
    }

    void loadsQtsOwnTranslationsFromTheFirstFolderThatHasThem()
    {
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(QDir(qtDirectory).filePath(QStringLiteral("qtbase_de.qm"))))
            QSKIP("Qt's German translation is not installed here");
        QTemporaryDir beside;
        const UiLanguage::Installed installed = UiLanguage::install(
            QStringLiteral("de"), {beside.filePath(QStringLiteral("translations")), qtDirectory});
        QVERIFY(installed.qtFile.endsWith(QLatin1String("qtbase_de.qm")));
        QVERIFY(translated("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));

        // Packaged: the copy beside the application wins.
        QVERIFY(QDir(beside.path()).mkpath(QStringLiteral("translations")));
        const QString copy = beside.filePath(QStringLiteral("translations/qtbase_de.qm"));
        QVERIFY(QFile::copy(QDir(qtDirectory).filePath(QStringLiteral("qtbase_de.qm")), copy));
        const UiLanguage::Installed packaged = UiLanguage::install(
            QStringLiteral("de"), {beside.filePath(QStringLiteral("translations")), qtDirectory});
        QCOMPARE(QFileInfo(packaged.qtFile).canonicalFilePath(),
                 QFileInfo(copy).canonicalFilePath());

        QCOMPARE(UiLanguage::install(QStringLiteral("de"), {}).qtFile, QString());
    }

    void translatesWithoutInstalling()
    {
        QVERIFY(!UiLanguage::translateIn(QStringLiteral("de"), "DefaultStages", "Saved").isEmpty());
        QVERIFY(UiLanguage::translateIn(QStringLiteral("xx"), "DefaultStages", "Saved").isEmpty());
        QVERIFY(UiLanguage::translateIn(QString(), "DefaultStages", "Saved").isEmpty());
        // Nothing was installed by it.
        QCOMPARE(translated("DefaultStages", "Saved"), QStringLiteral("Saved"));
    }

    void settingIsSaved()
    {
        QTemporaryDir settingsDir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        {
            AppSettings settings;
            QCOMPARE(settings.language(), QString());
            settings.setLanguage(QStringLiteral("fr"));
        }
        QCOMPARE(AppSettings().language(), QStringLiteral("fr"));
        {
            AppSettings settings;
            settings.setLanguage(QString());
        }
        QCOMPARE(AppSettings().language(), QString());
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
