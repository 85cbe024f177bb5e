// Every shipped language picks its own Alt letters: tabs, menus, the entries of each menu and
// the fields of each page must not share one, or Alt+letter does nothing.
#include "MnemonicCheck.h"
#include "WindowTestSupport.h"

#include "core/RoundStore.h"
#include "core/languages/UiLanguage.h"

#include <QTest>

class TestLanguageMnemonics : public WindowTestCase
{
    Q_OBJECT

private slots:
    void init() { setUpWindowTest(); }
    void cleanup()
    {
        tearDownWindowTest();
        UiLanguage::install(QStringLiteral("en"), {});
    }

    void noSharedLetter_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : UiLanguage::shippedCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void noSharedLetter()
    {
        QFETCH(QString, language);
        const UiLanguage::Installed installed = UiLanguage::install(language, {});
        QCOMPARE(installed.language, language);
        QVERIFY(!installed.appFile.isEmpty());
        {
            // A round that has ended, so the pages show their after-the-round parts too.
            RoundStore rounds(m_file->database);
            const qint64 app = m_file->add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
            RoundFields fields;
            fields.timeZoneId = QStringLiteral("UTC");
            fields.start = Clock::nowUtc().addDays(-1);
            QVERIFY(rounds.createRound(app, fields).ok());
        }
        QVERIFY(openWindow());
        const QStringList clashes = MnemonicCheck::clashes(*m_window);
        // One line each: a failure message of QtTest is cut at about a thousand characters.
        for (const QString &clash : clashes)
            qInfo("%s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLanguageMnemonics)
#include "tst_languagemnemonics.moc"
