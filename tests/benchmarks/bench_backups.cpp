#include "BenchFiles.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/backups/Backups.h"
#include "core/statistics/StatisticsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What opening a file now adds once a day (its backup, VACUUM INTO), next to opening it,
// and what View > Statistics costs to read and compute, on 10,000 applications with four
// rounds each.
class BenchBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC); });
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("bench.sqlite"));
        const QString made = BenchFiles::makeSample(m_path, BenchFiles::Applications);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString rounds = BenchFiles::setRounds(m_path, 4);
        QVERIFY2(rounds.isEmpty(), qPrintable(rounds));
        qInfo("file: %lld bytes", QFileInfo(m_path).size());
    }

    void openFile()
    {
        QBENCHMARK
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
        }
    }

    void dailyBackup()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Backups backups(m_path);
        QBENCHMARK
        {
            QDir(backups.folder()).removeRecursively();
            auto taken = backups.takeDaily(*db.value());
            QVERIFY(taken.ok() && !taken.value().isEmpty());
        }
    }

    void dailyBackupAlreadyTaken()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        Backups backups(m_path);
        QVERIFY(backups.takeDaily(*db.value()).ok());
        QBENCHMARK
        {
            auto taken = backups.takeDaily(*db.value());
            QVERIFY(taken.ok() && taken.value().isEmpty());
        }
    }

    void listForRestore()
    {
        Backups backups(m_path);
        QBENCHMARK
        {
            for (const Backups::Entry &entry : backups.list())
                QVERIFY(Backups::inspect(entry.path, false).ok());
        }
    }

    void statisticsRead()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QBENCHMARK
        {
            QVERIFY(StatisticsStore(db.value()).load().ok());
        }
    }

    void statisticsCards()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QBENCHMARK
        {
            QVERIFY(PipelineStore(db.value()).cards().ok());
        }
    }

    void statistics()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QBENCHMARK
        {
            auto figures = StatisticsStore(db.value()).compute();
            QVERIFY(figures.ok());
            QCOMPARE(figures.value().funnel.first().reached > 0, true);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(BenchBackups)
#include "bench_backups.moc"
