// The pure pieces of reading a spreadsheet export: encodings, delimiters, headings, dates
// and salaries.
#include "core/spreadsheet/DateReading.h"
#include "core/spreadsheet/SalaryReading.h"
#include "core/spreadsheet/SpreadsheetField.h"
#include "core/spreadsheet/SpreadsheetFile.h"
#include "core/text/Csv.h"
#include "core/text/TextDecoding.h"

#include <QTest>

using Field = SpreadsheetField::Field;
Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(DateReading::Order)

class TestSpreadsheetReading : public QObject
{
    Q_OBJECT

private slots:
    void decodesWhatSpreadsheetsWrite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<TextDecoding::Encoding>("encoding");
        using E = TextDecoding::Encoding;
        const QString umlauts = QStringLiteral("Müller;70.000 €");
        QTest::newRow("utf-8") << umlauts.toUtf8() << umlauts << E::Utf8;
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBF") + umlauts.toUtf8() << umlauts << E::Utf8WithBom;
        QByteArray le("\xFF\xFE");
        for (QChar c : umlauts)
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        QTest::newRow("utf-16 le") << le << umlauts << E::Utf16LittleEndian;
        QByteArray be("\xFE\xFF");
        for (QChar c : umlauts)
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        QTest::newRow("utf-16 be") << be << umlauts << E::Utf16BigEndian;
        QTest::newRow("windows-1252")
            << QByteArray("M\xFCller;70.000 \x80") << umlauts << E::Windows1252;
        QTest::newRow("1252 quotes") << QByteArray("\x93quoted\x94 \x96 dash")
                                     << QStringLiteral("“quoted” – dash") << E::Windows1252;
    }
    void decodesWhatSpreadsheetsWrite()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(TextDecoding::Encoding, encoding);
        const auto decoded = TextDecoding::decode(bytes);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding, encoding);
    }

    void detectsTheDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1;2,3") << QChar(u',');
        QTest::newRow("semicolon")
            << QStringLiteral("Firma;Stelle;Gehalt\nA;B;70,5") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("a\tb\tc, d\n") << QChar(u'\t');
        QTest::newRow("quoted commas do not count")
            << QStringLiteral("\"a,b,c\";x;y\n") << QChar(u';');
        QTest::newRow("blank first lines") << QStringLiteral("\n\na;b\n") << QChar(u';');
        QTest::newRow("one column") << QStringLiteral("Company\nAcme\n") << QChar(u',');
    }
    void detectsTheDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(Csv::detectDelimiter(text), delimiter);
    }

    void csvErrorsNameLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("never closed") << QStringLiteral("a;b\nc;\"open\nstill\n")
                                      << QStringLiteral("Line 2: a quotation mark opens a field "
                                                        "in column 2");
        QTest::newRow("quote inside") << QStringLiteral("a;b\nc;d\"e\n")
                                      << QStringLiteral("Line 2: the quotation mark in column 2");
        QTest::newRow("after closing")
            << QStringLiteral("a;\"b\"c\n") << QStringLiteral("column 2");
    }
    void csvErrorsNameLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto records = Csv::parse(text, QLatin1Char(';'));
        QVERIFY(!records.ok());
        QVERIFY2(records.error().contains(message), qPrintable(records.error()));
    }

    void csvLineBreaksInQuotesAndLoneCarriageReturns()
    {
        const auto records =
            Csv::parse(QStringLiteral("a\t\"two\r\nlines\"\rb\t\"x\ry\"\r"), QLatin1Char('\t'));
        QVERIFY(records.ok());
        QCOMPARE(records.value().size(), 2);
        QCOMPARE(records.value().at(0).fields, (QStringList{"a", "two\nlines"}));
        QCOMPARE(records.value().at(1).fields, (QStringList{"b", "x\ny"}));
        QCOMPARE(records.value().at(1).line, 3);
    }

    void deeplyQuotedFieldsAreReadWhole()
    {
        // 200,000 doubled quotes in one field (its speed: bench_spreadsheet).
        const QString field = QStringLiteral("\"") + QString(400000, u'"') + QStringLiteral("\"");
        const auto records = Csv::parse(QStringLiteral("a,") + field + QStringLiteral("\n"));
        QVERIFY(records.ok());
        QCOMPARE(records.value().first().fields.at(1).size(), 200000);
    }

    void guessesHeadings_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<Field>("field");
        const QList<std::pair<const char *, Field>> cases = {{"Company", Field::Company},
                                                             {"Firma", Field::Company},
                                                             {"Unternehmen", Field::Company},
                                                             {"Position", Field::Role},
                                                             {"Role", Field::Role},
                                                             {"Stelle", Field::Role},
                                                             {"Status", Field::Stage},
                                                             {"Stage", Field::Stage},
                                                             {"Applied", Field::AppliedOn},
                                                             {"Beworben am", Field::AppliedOn},
                                                             {"Date applied", Field::AppliedOn},
                                                             {"applied_on", Field::AppliedOn},
                                                             {"Link", Field::JobUrl},
                                                             {"URL", Field::JobUrl},
                                                             {"job_url", Field::JobUrl},
                                                             {"Salary", Field::Salary},
                                                             {"Gehalt", Field::Salary},
                                                             {"Gehalt (EUR)", Field::Salary},
                                                             {"salary_min", Field::SalaryMin},
                                                             {"salary_max", Field::SalaryMax},
                                                             {"Währung", Field::Currency},
                                                             {"Ort", Field::Location},
                                                             {"Quelle", Field::Source},
                                                             {"Notizen", Field::Notes},
                                                             {"Bemerkungen:", Field::Notes},
                                                             {"Favourite colour", Field::Ignore},
                                                             {"", Field::Ignore}};
        for (const auto &[heading, field] : cases)
            QTest::newRow(heading[0] ? heading : "empty") << QString::fromUtf8(heading) << field;
    }
    void guessesHeadings()
    {
        QFETCH(QString, heading);
        QFETCH(Field, field);
        QCOMPARE(SpreadsheetField::guess(heading), field);
    }

    void aFieldGoesToItsFirstColumnOnly()
    {
        const auto fields =
            SpreadsheetField::guessAll({"Firma", "Notes", "Unternehmen", "Notizen"});
        QCOMPARE(fields,
                 (QList<Field>{Field::Company, Field::Notes, Field::Ignore, Field::Ignore}));
    }

    void fieldKeysRoundTrip()
    {
        for (Field field : SpreadsheetField::all()) {
            QCOMPARE(SpreadsheetField::fromKey(SpreadsheetField::key(field)), field);
            QVERIFY(!SpreadsheetField::label(field).isEmpty());
        }
        QVERIFY(!SpreadsheetField::fromKey(QStringLiteral("salary_of_dreams")));
    }

    void readsDates_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<DateReading::Order>("order");
        QTest::addColumn<QDate>("date");
        const auto day = DateReading::Order::DayFirst;
        const auto month = DateReading::Order::MonthFirst;
        QTest::newRow("iso") << "2024-03-05" << month << QDate(2024, 3, 5);
        QTest::newRow("iso with time") << "2024-03-05T09:15:00Z" << day << QDate(2024, 3, 5);
        QTest::newRow("dots") << "05.03.2024" << month << QDate(2024, 3, 5);
        QTest::newRow("dots short") << "5.3.24" << day << QDate(2024, 3, 5);
        QTest::newRow("slash day first") << "05/03/2024" << day << QDate(2024, 3, 5);
        QTest::newRow("slash month first") << "05/03/2024" << month << QDate(2024, 5, 3);
        QTest::newRow("unambiguous day") << "28/12/2023" << day << QDate(2023, 12, 28);
        QTest::newRow("empty") << "  " << day << QDate();
    }
    void readsDates()
    {
        QFETCH(QString, cell);
        QFETCH(DateReading::Order, order);
        QFETCH(QDate, date);
        const auto read = DateReading::read(cell, order);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value(), date);
    }

    void refusesWhatIsNoDate_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::newRow("february 31") << "31.02.2024";
        QTest::newRow("words") << "last Tuesday";
        QTest::newRow("month 13 either way") << "13/13/2024";
        QTest::newRow("markup") << "<b>2024-01-01</b>";
    }
    void refusesWhatIsNoDate()
    {
        QFETCH(QString, cell);
        QVERIFY(!DateReading::read(cell, DateReading::Order::DayFirst).ok());
    }

    void theOrderComesFromTheDatesThenTheLocale()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(DateReading::orderOf(us), DateReading::Order::MonthFirst);
        QCOMPARE(DateReading::orderOf(de), DateReading::Order::DayFirst);
        QCOMPARE(DateReading::orderOf(uk), DateReading::Order::DayFirst);
        QCOMPARE(DateReading::orderFor({"03/04/2024"}, us), DateReading::Order::MonthFirst);
        QCOMPARE(DateReading::orderFor({"03/04/2024"}, uk), DateReading::Order::DayFirst);
        QCOMPARE(DateReading::orderFor({"03/04/2024", "25/04/2024"}, us),
                 DateReading::Order::DayFirst);
        QCOMPARE(DateReading::orderFor({"03/04/2024", "04/25/2024"}, uk),
                 DateReading::Order::MonthFirst);
        QVERIFY(DateReading::isAmbiguous(QStringLiteral("03/04/2024")));
        QVERIFY(!DateReading::isAmbiguous(QStringLiteral("04/04/2024")));
        QVERIFY(!DateReading::isAmbiguous(QStringLiteral("25/04/2024")));
        QVERIFY(!DateReading::isAmbiguous(QStringLiteral("03.04.2024")));
    }

    void readsSalaries_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("maximum"); // -1: none
        QTest::addColumn<QString>("currency");
        QTest::newRow("plain") << "70000" << 70000ll << -1ll << "";
        QTest::newRow("german") << "70.000 €" << 70000ll << -1ll << "EUR";
        QTest::newRow("english range") << "€70,000–80,000" << 70000ll << 80000ll << "EUR";
        QTest::newRow("k range") << "70k-80k" << 70000ll << 80000ll << "";
        QTest::newRow("k on the second") << "70-80k EUR" << 70000ll << 80000ll << "EUR";
        QTest::newRow("dots range code") << "70.000 - 80.000 EUR" << 70000ll << 80000ll << "EUR";
        QTest::newRow("spaces") << "45 000 €" << 45000ll << -1ll << "EUR";
        QTest::newRow("no-break space")
            << QString::fromUtf8("45\u00a0000\u00a0€") << 45000ll << -1ll << "EUR";
        QTest::newRow("swiss") << "CHF 120'000" << 120000ll << -1ll << "CHF";
        QTest::newRow("cents") << "$85,000.00" << 85000ll << -1ll << "USD";
        QTest::newRow("german cents") << "85.000,50 €" << 85001ll << -1ll << "EUR";
        QTest::newRow("pounds to") << "£50,000 to £60,000" << 50000ll << 60000ll << "GBP";
        QTest::newRow("bis") << "60.000 bis 70.000 Euro" << 60000ll << 70000ll << "EUR";
        QTest::newRow("decimal k") << "72.5k" << 72500ll << -1ll << "";
        QTest::newRow("lower-case code") << "65000 eur" << 65000ll << -1ll << "EUR";
    }
    void readsSalaries()
    {
        QFETCH(QString, cell);
        QFETCH(qint64, minimum);
        QFETCH(qint64, maximum);
        QFETCH(QString, currency);
        const auto salary = SalaryReading::read(cell);
        QVERIFY2(salary.ok(), qPrintable(salary.error()));
        QCOMPARE(salary.value().minimum, std::optional<qint64>(minimum));
        QCOMPARE(salary.value().maximum,
                 maximum < 0 ? std::optional<qint64>() : std::optional<qint64>(maximum));
        QCOMPARE(salary.value().currency, currency);
    }

    void refusesWhatIsNoSalary_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::newRow("words") << "competitive";
        QTest::newRow("per year") << "70000 per year";
        QTest::newRow("two currencies") << "70.000 € / $80,000";
        QTest::newRow("negative") << "-5000";
        QTest::newRow("three parts") << "1-2-3";
        QTest::newRow("bad grouping") << "70.00.0";
        QTest::newRow("huge") << "99999999999999999999";
    }
    void refusesWhatIsNoSalary()
    {
        QFETCH(QString, cell);
        QVERIFY(!SalaryReading::read(cell).ok());
    }

    void readsCurrencies()
    {
        QCOMPARE(SalaryReading::readCurrency(QStringLiteral(" eur ")).value(), "EUR");
        QCOMPARE(SalaryReading::readCurrency(QStringLiteral("€")).value(), "EUR");
        QCOMPARE(SalaryReading::readCurrency(QString()).value(), QString());
        QVERIFY(!SalaryReading::readCurrency(QStringLiteral("Euros and cents")).ok());
    }

    void fileDropsBlankLinesAndTrailingEmptyColumns()
    {
        const auto file =
            SpreadsheetFile::parse(QByteArray("Company;Role;;\r\n\r\nA;B;;\r\n;;;\r\nC;D\r\n"));
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QCOMPARE(file.value().delimiter, QChar(u';'));
        QCOMPARE(file.value().headings, (QStringList{"Company", "Role"}));
        QCOMPARE(file.value().rows.size(), 2);
        QCOMPARE(file.value().rows.at(0).line, 3);
        QCOMPARE(file.value().rows.at(1).line, 5);
        QCOMPARE(file.value().rows.at(1).cells, (QStringList{"C", "D"}));
    }

    void fileRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("only blank lines") << QByteArray("\r\n;;\r\n\n") << "empty";
        QTest::newRow("headings only") << QByteArray("Company,Role\n") << "no applications";
        QTest::newRow("value without heading")
            << QByteArray("Company,Role\nA,B,surprise\n") << "Line 2, column 3";
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00", 6) << "not a text file";
        QTest::newRow("utf-16 without mark") << QByteArray("C\0o\0,\0R\0", 8) << "not a text file";
    }
    void fileRefusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto file = SpreadsheetFile::parse(bytes);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().contains(message), qPrintable(file.error()));
    }

    void hugeFileIsRefusedBeforeReading()
    {
        const QByteArray bytes(SpreadsheetFile::MaximumBytes + 1, 'a');
        const auto file = SpreadsheetFile::parse(bytes);
        QVERIFY(!file.ok());
        QVERIFY(file.error().contains(QStringLiteral("20 MiB")));
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetReading)
#include "tst_spreadsheetreading.moc"
