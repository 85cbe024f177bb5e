#include "TestSupport.h"

#include "core/RoundStore.h"
#include "models/calendar/MonthModel.h"
#include "models/calendar/RoundAgendaModel.h"
#include "models/calendar/UpcomingRoundsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The calendar's custom models keep Qt's model contract through every reload, checked by
// QAbstractItemModelTester while rounds come and go.
class TestCalendarModels : public QObject
{
    Q_OBJECT

    qint64 addRound(RoundStore &rounds, qint64 application, const QDateTime &start)
    {
        RoundFields fields;
        fields.timeZoneId = QStringLiteral("UTC");
        fields.start = start;
        auto id = rounds.createRound(application, fields);
        if (!id.ok())
            qFatal("round not added: %s", qPrintable(id.error()));
        return id.value();
    }

private slots:
    void modelsKeepTheContractThroughReloads()
    {
        TestFile file;
        RoundStore rounds(file.database);
        const qint64 app = file.add(QStringLiteral("Acme"), QStringLiteral("<b>Engineer</b>"));
        const QDateTime now = Clock::nowUtc();

        MonthModel month(&rounds);
        RoundAgendaModel agenda(&rounds);
        UpcomingRoundsModel upcoming(&rounds);
        QAbstractItemModelTester monthTester(
            &month, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agendaTester(
            &agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester upcomingTester(
            &upcoming, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(month.setMonth(now.date().year(), now.date().month()).ok());
        QVERIFY(agenda.setRange(now.date(), now.date().addDays(6)).ok());
        QVERIFY(upcoming.refresh().ok());
        QCOMPARE(agenda.rowCount(), 0);
        QCOMPARE(upcoming.rowCount(), 0);

        addRound(rounds, app, now.addDays(1));
        const qint64 second = addRound(rounds, app, now.addDays(2));
        QVERIFY(month.refresh().ok());
        QVERIFY(agenda.refresh().ok());
        QVERIFY(upcoming.refresh().ok());
        QCOMPARE(agenda.rowCount(), 2);
        QCOMPARE(upcoming.rowCount(), 2);
        QCOMPARE(month.rowCount(), 6);
        QCOMPARE(month.columnCount(), 7);

        QVERIFY(rounds.deleteRound(second).ok());
        QVERIFY(agenda.refresh().ok());
        QVERIFY(upcoming.refresh().ok());
        QCOMPARE(agenda.rowCount(), 1);
        QCOMPARE(upcoming.rowCount(), 1);
        QVERIFY(
            month.setMonth(now.date().addMonths(1).year(), now.date().addMonths(1).month()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCalendarModels)
#include "tst_calendarmodels.moc"
