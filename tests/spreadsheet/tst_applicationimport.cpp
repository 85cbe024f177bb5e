// Applications from spreadsheet exports into a file, and back out: one fixture per
// real-world shape, refusals that change nothing, duplicates, undo, the export.
#include "TestSupport.h"

#include "core/notes/NotesStore.h"
#include "core/spreadsheet/ApplicationExport.h"
#include "core/spreadsheet/ApplicationImport.h"
#include "core/spreadsheet/ApplicationRows.h"
#include "core/text/Csv.h"

#include <QFile>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SECONDROUND_TEST_DATA "/") + name;
}

const QLocale English(QLocale::English, QLocale::UnitedKingdom);

struct Imported
{
    ApplicationImportPlan plan;
    ImportedApplications written;
};

QList<ApplicationRows::Row> rows(TestFile &file)
{
    auto all = ApplicationRows::all(*file.database);
    if (!all.ok())
        qFatal("could not read the applications");
    return all.value();
}

const ApplicationRows::Row *find(const QList<ApplicationRows::Row> &list, const QString &company)
{
    for (const auto &row : list) {
        if (row.fields.company == company)
            return &row;
    }
    return nullptr;
}

qint64 stageNamed(TestFile &file, const QString &name)
{
    const auto stages = file.store->stages();
    for (const StageInfo &stage : stages.value()) {
        if (stage.name == name)
            return stage.id;
    }
    return 0;
}

} // namespace

class TestApplicationImport : public QObject
{
    Q_OBJECT

    // Reads, plans and writes; fails the test on any refusal.
    Imported importBytes(TestFile &file, const QByteArray &bytes,
                         const std::function<void(ImportMapping &)> &adjust = {})
    {
        auto sheet = SpreadsheetFile::parse(bytes);
        if (!sheet.ok())
            qFatal("not read: %s", qPrintable(sheet.error()));
        ImportMapping mapping =
            ApplicationImport::guess(sheet.value(), file.store->stages().value(), English);
        if (adjust)
            adjust(mapping);
        auto plan = ApplicationImport::plan(*file.store, sheet.value(), mapping, Clock::today());
        if (!plan.ok())
            qFatal("not planned: %s", qPrintable(plan.error()));
        auto written = ApplicationImport::write(*file.store, plan.value());
        if (!written.ok())
            qFatal("not written: %s", qPrintable(written.error()));
        return {plan.value(), written.value()};
    }

    static QByteArray read(const QString &name)
    {
        QFile f(fixture(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no fixture %s", qPrintable(name));
        return f.readAll();
    }

    // The refusal's message, after checking that the file did not change.
    static QString refusal(TestFile &file, const QByteArray &bytes,
                           const std::function<void(ImportMapping &)> &adjust = {})
    {
        const QStringList before = file.dump();
        QString message;
        auto sheet = SpreadsheetFile::parse(bytes);
        if (!sheet.ok()) {
            message = sheet.error();
        } else {
            ImportMapping mapping =
                ApplicationImport::guess(sheet.value(), file.store->stages().value(), English);
            if (adjust)
                adjust(mapping);
            auto plan =
                ApplicationImport::plan(*file.store, sheet.value(), mapping, Clock::today());
            if (plan.ok())
                return QString();
            message = plan.error();
        }
        if (file.dump() != before)
            qFatal("a refused import changed the file");
        return message;
    }

private slots:
    void excelGermanSemicolonWindows1252()
    {
        TestFile file;
        const QByteArray bytes = read(QStringLiteral("excel_de_semicolon_cp1252.csv"));
        auto sheet = SpreadsheetFile::parse(bytes);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().encoding, TextDecoding::Encoding::Windows1252);
        QCOMPARE(sheet.value().delimiter, QChar(u';'));
        // The German stage names are not the (English) stages of this file: each is asked for.
        ImportMapping mapping =
            ApplicationImport::guess(sheet.value(), file.store->stages().value(), English);
        QCOMPARE(ApplicationImport::unknownStageValues(sheet.value(), mapping,
                                                       file.store->stages().value()),
                 (QStringList{"Beworben", "Vorstellungsgespräch", "absage"}));
        const auto imported = importBytes(file, bytes, [&](ImportMapping &m) {
            m.stageValues.insert(ApplicationImport::stageKey("Beworben"),
                                 stageNamed(file, "Applied"));
            m.stageValues.insert(ApplicationImport::stageKey("VORSTELLUNGSGESPRÄCH"),
                                 stageNamed(file, "Interviewing"));
            m.stageValues.insert(ApplicationImport::stageKey("Absage"),
                                 stageNamed(file, "Rejected"));
        });
        QCOMPARE(imported.written.applicationIds.size(), 3);
        const auto all = rows(file);
        const auto *mueller = find(all, QStringLiteral("Müller & Söhne GmbH"));
        QVERIFY(mueller);
        QCOMPARE(mueller->fields.role, QStringLiteral("Backend-Entwickler"));
        QCOMPARE(mueller->stage, QStringLiteral("Applied"));
        QCOMPARE(mueller->fields.appliedOn, QDate(2024, 3, 5));
        QCOMPARE(mueller->fields.location, QStringLiteral("München"));
        QCOMPARE(mueller->fields.salaryMin, std::optional<qint64>(70000));
        QCOMPARE(mueller->fields.salaryMax, std::optional<qint64>());
        QCOMPARE(mueller->fields.currency, QStringLiteral("EUR"));
        QCOMPARE(mueller->fields.source, QStringLiteral("StepStone"));
        QCOMPARE(mueller->fields.jobUrl, QStringLiteral("https://example.de/jobs/1"));
        QCOMPARE(mueller->fields.notes, QStringLiteral("Kontakt über Jörg"));
        const auto *baecker = find(all, QStringLiteral("Bäckerei Groß"));
        QVERIFY(baecker);
        QCOMPARE(baecker->stage, QStringLiteral("Interviewing"));
        QCOMPARE(baecker->fields.salaryMax, std::optional<qint64>(75000));
        QCOMPARE(baecker->fields.notes, QStringLiteral("Zwei Zeilen:\nerstes Gespräch gut"));
        const auto *zeiss = find(all, QStringLiteral("Zeiss"));
        QVERIFY(zeiss);
        QCOMPARE(zeiss->stage, QStringLiteral("Rejected"));
        QCOMPARE(zeiss->fields.currency, QString());
    }

    void excelUnicodeTextUtf16Tabs()
    {
        TestFile file;
        const QByteArray bytes = read(QStringLiteral("excel_unicode_text_utf16.txt"));
        auto sheet = SpreadsheetFile::parse(bytes);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().encoding, TextDecoding::Encoding::Utf16LittleEndian);
        QCOMPARE(sheet.value().delimiter, QChar(u'\t'));
        const auto imported = importBytes(file, bytes);
        QCOMPARE(imported.written.applicationIds.size(), 3);
        const auto all = rows(file);
        const auto *acme = find(all, QStringLiteral("Acme Corp"));
        QVERIFY(acme);
        // 12/28/2023 elsewhere in the column says month first, whatever the locale.
        QCOMPARE(acme->fields.appliedOn, QDate(2024, 3, 4));
        QCOMPARE(acme->fields.location, QStringLiteral("New York, NY"));
        QCOMPARE(acme->fields.salaryMin, std::optional<qint64>(120000));
        QCOMPARE(acme->fields.currency, QStringLiteral("USD"));
        const auto *globex = find(all, QStringLiteral("Globex"));
        QVERIFY(globex);
        QCOMPARE(globex->stage, QStringLiteral("Screening"));
        QCOMPARE(globex->fields.salaryMax, std::optional<qint64>(170000));
        QCOMPARE(globex->fields.notes, QStringLiteral("Recruiter: \"Sam\""));
        const auto *initech = find(all, QStringLiteral("Initech"));
        QVERIFY(initech);
        QCOMPARE(initech->stage, QStringLiteral("Saved"));
        QVERIFY(!initech->fields.appliedOn.isValid());
    }

    void googleSheetsUtf8Commas()
    {
        TestFile file;
        const auto imported = importBytes(file, read(QStringLiteral("google_sheets_utf8.csv")));
        QCOMPARE(imported.written.applicationIds.size(), 3);
        const auto all = rows(file);
        const auto *northwind = find(all, QStringLiteral("Northwind"));
        QVERIFY(northwind);
        QCOMPARE(northwind->stage, QStringLiteral("Interviewing"));
        QCOMPARE(northwind->fields.salaryMin, std::optional<qint64>(70000));
        QCOMPARE(northwind->fields.salaryMax, std::optional<qint64>(80000));
        QCOMPARE(northwind->fields.notes,
                 QStringLiteral("First call went well.\nAsk about the team size."));
        const auto *contoso = find(all, QStringLiteral("Contoso"));
        QCOMPARE(contoso->stage, QStringLiteral("Applied")); // "applied", ignoring case
        QCOMPARE(contoso->fields.salaryMax, std::optional<qint64>(80000));
        const auto *fabrikam = find(all, QStringLiteral("Fabrikam"));
        QCOMPARE(fabrikam->fields.appliedOn, QDate(2024, 2, 20));
        QCOMPARE(fabrikam->stage, QStringLiteral("Offer"));
        // Each new card has its first stage history entry, like one added by hand.
        for (qint64 id : imported.written.applicationIds)
            QCOMPARE(file.historyCount(id), 1);
    }

    void excelFrenchUtf8BomDayFirst()
    {
        TestFile file;
        const QByteArray bytes = read(QStringLiteral("excel_fr_semicolon_utf8bom.csv"));
        auto sheet = SpreadsheetFile::parse(bytes);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().encoding, TextDecoding::Encoding::Utf8WithBom);
        QCOMPARE(sheet.value().headings.first(), QStringLiteral("Entreprise"));
        // In a US locale too: 13/03/2024 proves the column is day first.
        const ImportMapping mapping =
            ApplicationImport::guess(sheet.value(), file.store->stages().value(),
                                     QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(mapping.dateOrder, DateReading::Order::DayFirst);
        const QString message = refusal(file, bytes);
        QVERIFY2(message.contains(QStringLiteral("Line 2, column 3 (Statut)")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("“Entretien” is not a stage")));
        importBytes(file, bytes, [&](ImportMapping &m) {
            m.stageValues.insert(ApplicationImport::stageKey("Entretien"),
                                 stageNamed(file, "Interviewing"));
            m.stageValues.insert(ApplicationImport::stageKey("En attente"),
                                 stageNamed(file, "Applied"));
        });
        const auto all = rows(file);
        const auto *sg = find(all, QStringLiteral("Société Générale"));
        QVERIFY(sg);
        QCOMPARE(sg->fields.appliedOn, QDate(2024, 3, 13));
        QCOMPARE(sg->fields.salaryMin, std::optional<qint64>(45000));
        QCOMPARE(find(all, QStringLiteral("Décathlon"))->fields.appliedOn, QDate(2024, 3, 2));
    }

    void ambiguousDatesFollowTheLocale()
    {
        TestFile file;
        const QByteArray bytes("Company,Role,Applied\nA,Dev,03/04/2024\n");
        auto sheet = SpreadsheetFile::parse(bytes);
        const auto stages = file.store->stages().value();
        QCOMPARE(ApplicationImport::guess(sheet.value(), stages,
                                          QLocale(QLocale::English, QLocale::UnitedStates))
                     .dateOrder,
                 DateReading::Order::MonthFirst);
        QCOMPARE(ApplicationImport::guess(sheet.value(), stages,
                                          QLocale(QLocale::German, QLocale::Germany))
                     .dateOrder,
                 DateReading::Order::DayFirst);
    }

    void refusalsNameLineAndColumnAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date fixture")
            << read(QStringLiteral("bad_date.csv")) << "Line 4, column 3 (Applied)";
        QTest::newRow("unclosed quote fixture") << read(QStringLiteral("unclosed_quote.csv"))
                                                << "Line 3: a quotation mark opens a field in "
                                                   "column 3";
        QTest::newRow("empty fixture") << read(QStringLiteral("empty.csv")) << "empty";
        QTest::newRow("bad salary")
            << QByteArray("Company,Role,Salary\nA,B,lots\n") << "Line 2, column 3 (Salary)";
        QTest::newRow("future date") << QByteArray("Company,Role,Applied\nA,B,2030-01-01\n")
                                     << "Line 2, column 3 (Applied): The date applied cannot "
                                        "be in the future.";
        QTest::newRow("no role") << QByteArray("Company;Role\nA;B\nC;\n")
                                 << "Line 3, column 2 (Role): Enter the role";
        QTest::newRow("script link") << QByteArray("Company,Role,Link\nA,B,javascript:alert(1)\n")
                                     << "Line 2, column 3 (Link)";
        QTest::newRow("min above max")
            << QByteArray("Company,Role,Salary\nA,B,80k-70k EUR\n") << "Line 2, column 3";
        QTest::newRow("currency clash")
            << QByteArray("Company,Role,Salary,Currency\nA,B,70.000 €,USD\n")
            << "Line 2, column 4 (Currency)";
        QTest::newRow("company too long")
            << QByteArray("Company,Role\n") + QByteArray(300, 'x') + QByteArray(",B\n")
            << "Line 2, column 1 (Company)";
        QTest::newRow("no company column") << QByteArray("Name,Role\nA,B\n") << "company";
        QTest::newRow("good rows then a bad one")
            << QByteArray("Company,Role,Stage\nA,B,Applied\nC,D,Nowhere\n")
            << "Line 3, column 3 (Stage): “Nowhere” is not a stage";
    }
    void refusalsNameLineAndColumnAndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        TestFile file;
        file.add(QStringLiteral("Existing"), QStringLiteral("Role"));
        const QString got = refusal(file, bytes);
        QVERIFY2(!got.isEmpty(), "the file was accepted");
        QVERIFY2(got.contains(message), qPrintable(got));
    }

    void aSalaryWithoutCurrencyTakesTheFilesThenTheLocales()
    {
        TestFile file;
        const QByteArray bytes("Company,Role,Salary\nA,B,70000\nC,D,80.000 €\n");
        importBytes(file, bytes); // the file's own € counts before the locale's £
        QCOMPARE(rows(file).first().fields.currency, QStringLiteral("EUR"));
        auto sheet = SpreadsheetFile::parse("Company,Role,Salary\nA,B,70000\n");
        ImportMapping mapping =
            ApplicationImport::guess(sheet.value(), file.store->stages().value(), English);
        QCOMPARE(mapping.fallbackCurrency, QStringLiteral("GBP"));
        mapping.fallbackCurrency.clear(); // a locale without a currency (C)
        const QStringList before = file.dump();
        auto plan = ApplicationImport::plan(*file.store, sheet.value(), mapping, Clock::today());
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().contains(QStringLiteral("Line 2, column 3 (Salary): the salary has "
                                                      "no currency")),
                 qPrintable(plan.error()));
        QCOMPARE(file.dump(), before);
    }

    void aFailedWriteLeavesNothing()
    {
        // The plan is fine, but its stage vanished before the write: nothing lands.
        TestFile file;
        auto sheet = SpreadsheetFile::parse("Company,Role\nA,B\nC,D\n");
        ImportMapping mapping =
            ApplicationImport::guess(sheet.value(), file.store->stages().value(), English);
        auto plan = ApplicationImport::plan(*file.store, sheet.value(), mapping, Clock::today());
        QVERIFY(plan.ok());
        ApplicationImportPlan broken = plan.value();
        broken.applications[1].stageId = 999999;
        const QStringList before = file.dump();
        const auto written = ApplicationImport::write(*file.store, broken);
        QVERIFY(!written.ok());
        QVERIFY(written.error().contains(QStringLiteral("Line 3")));
        QCOMPARE(file.dump(), before);
    }

    void duplicatesAreSkippedAndCounted()
    {
        TestFile file;
        file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const auto imported = importBytes(file, QByteArray("Company,Role\n"
                                                           "  ACME ,engineer\n"
                                                           "Acme,Designer\n"
                                                           "acme,DESIGNER\n"
                                                           "Other,Engineer\n"));
        QCOMPARE(imported.written.applicationIds.size(), 2);
        QCOMPARE(imported.plan.alreadyThere, 2);
        // The existing company is reused, not created again in another case.
        QCOMPARE(imported.written.createdCompanyIds.size(), 1);
        QCOMPARE(file.store->companyNames().value().size(), 2);
        // Importing the same file again adds nothing.
        const auto again =
            importBytes(file, QByteArray("Company,Role\nAcme,Designer\nOther,Engineer\n"));
        QCOMPARE(again.written.applicationIds.size(), 0);
        QCOMPARE(again.plan.alreadyThere, 2);
    }

    void newCardsGoBelowTheOnesThere()
    {
        TestFile file;
        const qint64 first = file.add(QStringLiteral("Acme"), QStringLiteral("One"), 1);
        const auto imported =
            importBytes(file, QByteArray("Company,Role,Stage\nB,Two,Applied\nC,Three,applied\n"));
        QCOMPARE(file.column(1), (QList<qint64>{first, imported.written.applicationIds.at(0),
                                                imported.written.applicationIds.at(1)}));
    }

    void hostileTextIsKeptAsTextWithoutControls()
    {
        TestFile file;
        importBytes(file, read(QStringLiteral("hostile.csv")));
        const auto all = rows(file);
        QCOMPARE(all.size(), 2);
        const auto *evil = find(all, QStringLiteral("<img src=x onerror=alert(1)><b>Evil</b>"));
        QVERIFY(evil);
        QCOMPARE(evil->fields.role, QStringLiteral("Devexe.png")); // the override is gone
        QCOMPARE(evil->fields.notes, QStringLiteral("<script>alert(1)</script>"));
        const auto *tab = find(all, QStringLiteral("Tab Co"));
        QVERIFY(tab);
        QCOMPARE(tab->fields.role, QStringLiteral("Line Sep"));
    }

    void mapOverridesTheGuess()
    {
        const QStringList headings{"Firma", "Stelle", "Bemerkung", "Arbeitgeber"};
        auto columns = ApplicationImport::applyMap(QStringLiteral("arbeitgeber=company, "
                                                                  "Bemerkung=ignore"),
                                                   headings, SpreadsheetField::guessAll(headings));
        QVERIFY2(columns.ok(), qPrintable(columns.error()));
        using F = SpreadsheetField::Field;
        QCOMPARE(columns.value(), (QList<F>{F::Ignore, F::Role, F::Ignore, F::Company}));
        QVERIFY(!ApplicationImport::applyMap("Firma=boss", headings, {}).ok());
        QVERIFY(!ApplicationImport::applyMap("Nope=company", headings, {}).ok());
        QVERIFY(!ApplicationImport::applyMap("Firma", headings, {}).ok());
    }

    void undoRemovesExactlyAndRedoPutsBackTheSameRows()
    {
        TestFile file;
        file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"), 1);
        const QStringList before = file.dump();
        const auto imported = importBytes(file, read(QStringLiteral("google_sheets_utf8.csv")));
        const QStringList after = file.dump();
        QVERIFY(after != before);
        auto removed = ApplicationImport::remove(*file.store, imported.written);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(file.dump(), before);
        QVERIFY(ApplicationImport::restore(*file.store, removed.value()).ok());
        QCOMPARE(file.dump(), after);
        QVERIFY(ApplicationImport::remove(*file.store, imported.written).ok());
        QCOMPARE(file.dump(), before);
    }

    // Research notes are saved as they are typed, outside the undo history: what the user
    // wrote about a company the import created must come back with it on redo.
    void undoAndRedoKeepResearchWrittenSince()
    {
        TestFile file;
        file.add(QStringLiteral("Acme"), QStringLiteral("Engineer"), 1);
        const QStringList before = file.dump();
        const auto imported = importBytes(file, read(QStringLiteral("google_sheets_utf8.csv")));
        QVERIFY(!imported.written.createdCompanyIds.isEmpty());
        const qint64 company = imported.written.createdCompanyIds.first();
        NotesStore notes(file.database);
        CompanyResearch research;
        research.news = QStringLiteral("Opened an office in Lisbon");
        QVERIFY(notes.saveResearch(company, research).ok());
        const QStringList after = file.dump();
        for (int pass = 0; pass < 2; ++pass) {
            auto removed = ApplicationImport::remove(*file.store, imported.written);
            QVERIFY2(removed.ok(), qPrintable(removed.error()));
            QCOMPARE(file.dump(), before);
            QVERIFY(ApplicationImport::restore(*file.store, removed.value()).ok());
            QCOMPARE(file.dump(), after);
        }
        QCOMPARE(notes.research(company).value(), research);
    }

    // The database tells company names apart by ASCII case only, so "ärzte" is a new company
    // next to "Ärzte"; undo must take it away again.
    void undoRemovesACompanyThatDiffersOnlyInNonAsciiCase()
    {
        TestFile file;
        file.add(QStringLiteral("Ärzte ohne Grenzen"), QStringLiteral("Engineer"), 1);
        const QStringList before = file.dump();
        const auto imported = importBytes(
            file, QStringLiteral("Company,Role\närzte ohne grenzen,Analyst\nÄRZTE OHNE GRENZEN,"
                                 "Tester\nÄrzte ohne Grenzen,Designer\n")
                      .toUtf8());
        QCOMPARE(imported.written.applicationIds.size(), 3);
        const QStringList after = file.dump();
        auto removed = ApplicationImport::remove(*file.store, imported.written);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(file.dump(), before);
        QVERIFY(ApplicationImport::restore(*file.store, removed.value()).ok());
        QCOMPARE(file.dump(), after);
        QVERIFY(ApplicationImport::remove(*file.store, imported.written).ok());
        QCOMPARE(file.dump(), before);
    }

    void exportWritesTheHeaderQuotingAndIsoDates()
    {
        TestFile file;
        importBytes(file,
                    QByteArray("Company,Role,Applied,Salary,Notes,Source\n"
                               "\"Comma, Inc\",\"=HYPERLINK(\"\"x\"\")\",05.03.2024,70k-80k EUR,"
                               "\"two\nlines\",@home\n"
                               "Plain,-minus,,,+plus,\n"));
        auto csv = ApplicationExport::toCsv(*file.database);
        QVERIFY(csv.ok());
        const QString text = QString::fromUtf8(csv.value());
        QVERIFY(!csv.value().startsWith("\xEF\xBB\xBF"));
        QVERIFY(text.startsWith(QStringLiteral("company,role,stage,applied_on,location,salary_min,"
                                               "salary_max,currency,source,job_url,notes\r\n")));
        QVERIFY2(
            text.contains(
                QStringLiteral("\"Comma, Inc\",\"'=HYPERLINK(\"\"x\"\")\",Applied,"
                               "2024-03-05,,70000,80000,EUR,'@home,,\"two\r\nlines\"\r\n")
                    .replace(QStringLiteral("\"two\r\nlines\""), QStringLiteral("\"two\nlines\""))),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Plain,'-minus,Applied,,,,,,,,'+plus\r\n")),
                 qPrintable(text));
        // Every record parses back with the header's number of fields.
        const auto records = Csv::parse(text);
        QVERIFY(records.ok());
        QCOMPARE(records.value().size(), 3);
        for (const auto &record : records.value())
            QCOMPARE(record.fields.size(), ApplicationExport::header().size());
    }

    void exportThenImportRoundTrips()
    {
        TestFile source;
        importBytes(source, read(QStringLiteral("google_sheets_utf8.csv")));
        importBytes(source, QByteArray("Company,Role,Notes\nFormula Co,=1+2,-note\n"));
        auto csv = ApplicationExport::toCsv(*source.database);
        QVERIFY(csv.ok());
        TestFile target;
        const auto imported = importBytes(target, csv.value());
        QCOMPARE(imported.written.applicationIds.size(), 4);
        const auto a = rows(source);
        const auto b = rows(target);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).fields, a.at(i).fields);
            QCOMPARE(b.at(i).stage, a.at(i).stage);
        }
    }

    // Speed is measured in tests/benchmarks/bench_spreadsheet; here, that a large file is
    // read whole, shares companies and goes away whole on undo.
    void manyRowsImportAndUndoWhole()
    {
        TestFile file;
        QByteArray bytes("Company;Role;Status;Beworben am;Gehalt\r\n");
        for (int i = 0; i < 3000; ++i)
            bytes += QStringLiteral("Firma %1;Rolle %2;Applied;01.02.2024;70.000 €\r\n")
                         .arg(i % 700)
                         .arg(i)
                         .toUtf8();
        const auto imported = importBytes(file, bytes);
        QCOMPARE(imported.written.applicationIds.size(), 3000);
        QCOMPARE(imported.written.createdCompanyIds.size(), 700);
        QVERIFY(ApplicationImport::remove(*file.store, imported.written).ok());
        QCOMPARE(file.store->applicationCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApplicationImport)
#include "tst_applicationimport.moc"
