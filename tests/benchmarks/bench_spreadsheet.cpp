#include "BenchFiles.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/spreadsheet/ApplicationExport.h"
#include "core/spreadsheet/ApplicationImport.h"
#include "core/spreadsheet/SpreadsheetFile.h"
#include "core/text/Csv.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Bringing a spreadsheet in (read, plan, write, and the undo snapshot) at a realistic size
// and a heavy one, taking all 10,000 applications out, and a hostile deeply quoted field.
class BenchSpreadsheet : public QObject
{
    Q_OBJECT

    static QByteArray sheet(int rows)
    {
        QByteArray bytes("Company;Role;Status;Beworben am;Gehalt\r\n");
        for (int i = 0; i < rows; ++i)
            bytes += QStringLiteral("Firma %1;Rolle %2;Applied;01.02.2024;70.000 €\r\n")
                         .arg(i % 700)
                         .arg(i)
                         .toUtf8();
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC); });
    }

    void importRows_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("200 rows (a real search)") << 200;
        QTest::newRow("5,000 rows (heavy)") << 5000;
    }

    // Each round imports into a new, empty file, then takes the undo snapshot and removes the
    // rows again, as Undo would.
    void importRows()
    {
        QFETCH(int, rows);
        const QByteArray bytes = sheet(rows);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QBENCHMARK
        {
            QTemporaryDir dir;
            auto opened = Database::open(dir.filePath(QStringLiteral("import.sqlite")));
            QVERIFY(opened.ok());
            std::shared_ptr<Database> database = opened.take();
            PipelineStore store(database);
            auto parsed = SpreadsheetFile::parse(bytes);
            QVERIFY(parsed.ok());
            ImportMapping mapping =
                ApplicationImport::guess(parsed.value(), store.stages().value(), english);
            auto plan = ApplicationImport::plan(store, parsed.value(), mapping, Clock::today());
            QVERIFY(plan.ok());
            auto written = ApplicationImport::write(store, plan.value());
            QVERIFY(written.ok());
            QCOMPARE(written.value().applicationIds.size(), rows);
            QVERIFY(ApplicationImport::remove(store, written.value()).ok());
        }
    }

    void exportAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        const QString made = BenchFiles::makeSample(path, BenchFiles::Applications);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        int count = 0;
        QBENCHMARK
        {
            auto csv = ApplicationExport::toCsv(*opened.value(), &count);
            QVERIFY(csv.ok());
        }
        QCOMPARE(count, BenchFiles::Applications);
    }

    void deeplyQuotedField()
    {
        const QString text =
            QStringLiteral("a,\"") + QString(400000, u'"') + QStringLiteral("\"\n");
        QBENCHMARK
        {
            const auto records = Csv::parse(text);
            QVERIFY(records.ok());
        }
    }
};

QTEST_GUILESS_MAIN(BenchSpreadsheet)
#include "bench_spreadsheet.moc"
