#include "core/LocaleFormat.h"

#include <QDate>
#include <QLocale>
#include <QTest>

// Dates written the way each locale writes them, without the year where the year is
// obvious, and with four digits where it is not.
class TestLocaleFormat : public QObject
{
    Q_OBJECT

private slots:
    void dayMonthKeepsTheLocalesOrder_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        const auto locale = [](QLocale::Language language, QLocale::Territory territory) {
            return QLocale(language, territory);
        };
        // 14 September: the day first wherever the locale writes it first.
        QTest::newRow("French") << locale(QLocale::French, QLocale::France) << "14/09";
        QTest::newRow("Spanish") << locale(QLocale::Spanish, QLocale::Spain) << "14/9";
        QTest::newRow("German") << locale(QLocale::German, QLocale::Germany) << "14.09.";
        QTest::newRow("American") << locale(QLocale::English, QLocale::UnitedStates) << "9/14";
        QTest::newRow("British") << locale(QLocale::English, QLocale::UnitedKingdom) << "14/09";
        QTest::newRow("Swedish, year first")
            << locale(QLocale::Swedish, QLocale::Sweden) << "09-14";
        QTest::newRow("Japanese, year first")
            << locale(QLocale::Japanese, QLocale::Japan) << "09/14";
        QTest::newRow("Russian, no ordinal dot")
            << locale(QLocale::Russian, QLocale::Russia) << "14.09";
        QTest::newRow("C") << QLocale::c() << "14 Sep";
    }

    void dayMonthKeepsTheLocalesOrder()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        const QString format = LocaleFormat::dayMonth(locale);
        QVERIFY2(!format.contains(QLatin1Char('y')), qPrintable(format));
        QCOMPARE(locale.toString(QDate(2026, 9, 14), format), expected);
    }

    void fourDigitYearsInTheGivenLocale()
    {
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale american(QLocale::English, QLocale::UnitedStates);
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        const QDate date(2024, 3, 5);
        QCOMPARE(french.toString(date, LocaleFormat::fourDigitYearDate(french)),
                 QStringLiteral("05/03/2024"));
        QCOMPARE(american.toString(date, LocaleFormat::fourDigitYearDate(american)),
                 QStringLiteral("3/5/2024"));
        QCOMPARE(spanish.toString(date, LocaleFormat::fourDigitYearDate(spanish)),
                 QStringLiteral("5/3/2024"));
        // The default locale's rule is the same rule.
        const QLocale before;
        QLocale::setDefault(spanish);
        const QString fromDefault = LocaleFormat::fourDigitYearDate();
        QLocale::setDefault(before);
        QCOMPARE(fromDefault, LocaleFormat::fourDigitYearDate(spanish));
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
