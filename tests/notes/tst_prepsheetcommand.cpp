#include "ProcessSupport.h"

#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "core/RoundValidator.h"
#include "core/notes/NotesStore.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// secondround --prep-sheet ROUND|next --output FILE.pdf, run as a script would: no display.
class TestPrepSheetCommand : public QObject, private ScriptTest
{
    Q_OBJECT

private:
    QString m_database;
    qint64 m_round = 0;
    qint64 m_archivedRound = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = path(QStringLiteral("jobs.sqlite"));
        auto db = Database::open(m_database).take();
        PipelineStore pipeline(db);
        const auto addRound = [&](const QString &company, int days) {
            ApplicationFields fields;
            fields.company = company;
            fields.role = QStringLiteral("Tester");
            const qint64 app =
                pipeline.createApplication(fields, pipeline.stages().value().at(3).id).value();
            RoundStore rounds(db);
            RoundFields round;
            round.timeZoneId = QStringLiteral("UTC");
            const QDateTime start = QDateTime::currentDateTimeUtc().addDays(days);
            round.start =
                RoundValidator::localToInstant(start.date(), QTime(10, 0), QStringLiteral("UTC"));
            return std::make_pair(app, rounds.createRound(app, round).value());
        };
        m_round = addRound(QStringLiteral("Initech <b>Corp</b>"), 3).second;
        RoundNotes notes;
        notes.sellingPoints = QStringLiteral("Fixed the millennium bug");
        QVERIFY(NotesStore(db).saveNotes(m_round, notes).ok());
        const auto archived = addRound(QStringLiteral("Umbrella"), 1);
        m_archivedRound = archived.second;
        QVERIFY(pipeline.archiveApplications({archived.first}).ok());
    }

    void writesTheRoundsSheet()
    {
        const QString pdf = path(QStringLiteral("sheet.pdf"));
        const ProcessRun result =
            run({QStringLiteral("--database"), m_database, QStringLiteral("--prep-sheet"),
                 QString::number(m_round), QStringLiteral("--output"), pdf});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
        QVERIFY(result.out.contains(QStringLiteral("Initech <b>Corp</b>")));
        QVERIFY(result.out.contains(QStringLiteral("1 page")));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess text;
            text.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            QVERIFY(QString::fromUtf8(text.readAllStandardOutput())
                        .contains(QStringLiteral("Fixed the millennium bug")));
        }
    }

    void nextIsTheSoonestRoundOfAnActiveApplication()
    {
        // The archived application's round is sooner, but does not count.
        const QString pdf = path(QStringLiteral("next.pdf"));
        const ProcessRun result =
            run({QStringLiteral("--database"), m_database, QStringLiteral("--prep-sheet=next"),
                 QStringLiteral("--output=") + pdf});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Initech")));
        QVERIFY(QFile::exists(pdf));
    }

    void failuresLeaveNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown round")
            << QStringList{QStringLiteral("--prep-sheet"), QStringLiteral("9999")} << 1
            << QStringLiteral("There is no round 9999");
        QTest::newRow("archived") << QStringList{QStringLiteral("--prep-sheet"),
                                                 QStringLiteral("ARCHIVED")}
                                  << 1 << QStringLiteral("archived");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--prep-sheet"), QStringLiteral("<b>2</b>")} << 2
            << QStringLiteral("is not one");
        QTest::newRow("zero") << QStringList{QStringLiteral("--prep-sheet"), QStringLiteral("0")}
                              << 2 << QStringLiteral("is not one");
        QTest::newRow("with check") << QStringList{QStringLiteral("--prep-sheet"),
                                                   QStringLiteral("1"), QStringLiteral("--check")}
                                    << 2 << QStringLiteral("cannot be combined");
    }

    void failuresLeaveNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("ARCHIVED"), QString::number(m_archivedRound));
        const QString pdf = path(QStringLiteral("failed.pdf"));
        const ProcessRun result = run(QStringList{QStringLiteral("--database"), m_database} +
                                      arguments + QStringList{QStringLiteral("--output"), pdf});
        QCOMPARE(result.code, code);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void unwritableOutputLeavesNothing()
    {
        const QString pdf = path(QStringLiteral("missing/folder/sheet.pdf"));
        const ProcessRun result =
            run({QStringLiteral("--database"), m_database, QStringLiteral("--prep-sheet"),
                 QString::number(m_round), QStringLiteral("--output"), pdf});
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(QStringLiteral("could not be written")));
        QVERIFY(!QFile::exists(pdf));
    }

    void usageErrors()
    {
        const ProcessRun noOutput = run({QStringLiteral("--database"), m_database,
                                         QStringLiteral("--prep-sheet"), QStringLiteral("next")});
        QCOMPARE(noOutput.code, 2);
        QVERIFY(noOutput.err.contains(QStringLiteral("--output")));
        const ProcessRun onlyOutput =
            run({QStringLiteral("--database"), m_database, QStringLiteral("--output"),
                 path(QStringLiteral("x.pdf"))});
        QCOMPARE(onlyOutput.code, 2);
        const ProcessRun missingValue = run({QStringLiteral("--prep-sheet")});
        QCOMPARE(missingValue.code, 2);
    }

    void missingDatabaseIsNotCreated()
    {
        const QString missing = path(QStringLiteral("nothing.sqlite"));
        const QString pdf = path(QStringLiteral("nothing.pdf"));
        const ProcessRun result =
            run({QStringLiteral("--database"), missing, QStringLiteral("--prep-sheet"),
                 QStringLiteral("next"), QStringLiteral("--output"), pdf});
        QCOMPARE(result.code, 1);
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestPrepSheetCommand)
#include "tst_prepsheetcommand.moc"
