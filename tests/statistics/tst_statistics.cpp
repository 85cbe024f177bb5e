#include "TestSupport.h"

#include "core/Sql.h"
#include "core/statistics/StatisticsCalculator.h"
#include "core/statistics/StatisticsStore.h"

#include <QTimeZone>

// Every figure of View > Statistics on a fixed file and a fixed clock (Friday 2026-11-20
// 09:30 UTC). The file, by stage index (0 Saved, 1 Applied, 2 Screening, 3 Interviewing,
// 4 Final round, 5 Offer, 6 Accepted; 7 Rejected, 8 Withdrawn, 9 No response):
//   A1 LinkedIn   Saved 1.11 → Applied 3.11 → Screening 6.11 → Interviewing 10.11; round 12.11
//   A2 LinkedIn   applied 4.11: Applied 4.11 12:00 → Rejected 9.11 12:00
//   A3 Referral   applied 20.10: Applied 20.10 08:00 → Screening 21.10 08:00 → Final round
//                 23.10 20:00 → Offer 30.10 08:00; rounds 22.10 and 28.10; archived
//   A4 (none)     Saved 2.11, nothing since
//   A5 " Referral " applied 18.11: Applied 18.11; round ahead on 25.11
//   A6 Job board  applied 1.9: Applied 1.9 → No response 1.10; a cancelled round 10.9
//   A7 Job board  applied 20.8: Applied 20.8; round done 2.9
//   A8 LinkedIn   applied 19.11: Applied 19.11
//   A9 (none)     Saved 5.10 → Withdrawn 7.10
class TestStatistics : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int month, int day, int hour = 9, int minute = 0)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    }

    qint64 application(TestFile &file, const QString &source, const QDate &appliedOn,
                       const QList<std::pair<int, QDateTime>> &path)
    {
        static int n = 0;
        ApplicationFields fields;
        fields.company = QStringLiteral("Company %1").arg(++n);
        fields.role = QStringLiteral("Role");
        fields.source = source;
        fields.appliedOn = appliedOn;
        auto company = file.store->findOrCreateCompany(fields.company);
        if (!company)
            qFatal("%s", qPrintable(company.error()));
        const auto stages = file.store->stages().value();
        auto id =
            file.store->insertApplication(company.value(), fields, stages.at(path.last().first).id,
                                          0, path.first().second, path.last().second);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        StageRef from;
        for (const auto &[stage, when] : path) {
            const StageRef to{stages.at(stage).id, stages.at(stage).name};
            if (!file.store->addHistory(id.value(), from, to, when))
                qFatal("history");
            from = to;
        }
        return id.value();
    }

    void round(TestFile &file, qint64 applicationId, const QDateTime &start, const char *status)
    {
        static int n = 0;
        const Status added = Sql::run(
            file.database->sql(),
            QStringLiteral("INSERT INTO rounds (application_id, uid, kind, starts_at, time_zone, "
                           "duration_minutes, status, created_at, updated_at) VALUES (?, ?, "
                           "'video', ?, 'UTC', 60, ?, ?, ?)"),
            {applicationId, QStringLiteral("r%1@test").arg(++n), PipelineStore::toStoredTime(start),
             QString::fromLatin1(status), PipelineStore::toStoredTime(start),
             PipelineStore::toStoredTime(start)},
            QStringLiteral("round"));
        if (!added)
            qFatal("%s", qPrintable(added.error()));
    }

    SearchStatistics fixedSet(TestFile &file)
    {
        const qint64 a1 = application(
            file, QStringLiteral("LinkedIn"), {},
            {{0, at(11, 1, 10)}, {1, at(11, 3, 10)}, {2, at(11, 6, 10)}, {3, at(11, 10, 10)}});
        round(file, a1, at(11, 12, 10), "done");
        application(file, QStringLiteral("LinkedIn"), QDate(2026, 11, 4),
                    {{1, at(11, 4, 12)}, {7, at(11, 9, 12)}});
        const qint64 a3 = application(
            file, QStringLiteral("Referral"), QDate(2026, 10, 20),
            {{1, at(10, 20, 8)}, {2, at(10, 21, 8)}, {4, at(10, 23, 20)}, {5, at(10, 30, 8)}});
        round(file, a3, at(10, 22, 10), "done");
        round(file, a3, at(10, 28, 10), "done");
        mustSucceed(Sql::run(file.database->sql(),
                             QStringLiteral("UPDATE applications SET archived_at = ? WHERE "
                                            "id = ?"),
                             {PipelineStore::toStoredTime(at(11, 1)), a3}, QStringLiteral("a")));
        application(file, QString(), {}, {{0, at(11, 2)}});
        const qint64 a5 =
            application(file, QStringLiteral(" Referral "), QDate(2026, 11, 18), {{1, at(11, 18)}});
        round(file, a5, at(11, 25, 10), "scheduled");
        const qint64 a6 = application(file, QStringLiteral("Job board"), QDate(2026, 9, 1),
                                      {{1, at(9, 1)}, {9, at(10, 1)}});
        round(file, a6, at(9, 10, 10), "cancelled");
        const qint64 a7 =
            application(file, QStringLiteral("Job board"), QDate(2026, 8, 20), {{1, at(8, 20)}});
        round(file, a7, at(9, 2, 10), "done");
        application(file, QStringLiteral("LinkedIn"), QDate(2026, 11, 19), {{1, at(11, 19)}});
        application(file, QString(), {}, {{0, at(10, 5)}, {8, at(10, 7)}});

        StatisticsStore store(file.database);
        auto input = store.load();
        if (!input)
            qFatal("%s", qPrintable(input.error()));
        return StatisticsCalculator::compute(input.value(), Clock::nowUtc(), QTimeZone::utc());
    }

    static void mustSucceed(const Status &status)
    {
        if (!status)
            qFatal("%s", qPrintable(status.error()));
    }

private slots:
    void funnel()
    {
        TestFile file;
        const SearchStatistics statistics = fixedSet(file);
        const QList<int> reached = {9, 7, 2, 2, 1, 1, 0};
        QCOMPARE(statistics.funnel.size(), 7);
        const QStringList names = {QStringLiteral("Saved"),       QStringLiteral("Applied"),
                                   QStringLiteral("Screening"),   QStringLiteral("Interviewing"),
                                   QStringLiteral("Final round"), QStringLiteral("Offer"),
                                   QStringLiteral("Accepted")};
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(statistics.funnel.at(i).stage, names.at(i));
            QCOMPARE(statistics.funnel.at(i).stageId, file.stageId(i));
            QCOMPARE(statistics.funnel.at(i).reached, reached.at(i));
        }
        const QList<std::optional<double>> conversion = {7.0 / 9, 2.0 / 7, 1.0,         0.5,
                                                         1.0,     0.0,     std::nullopt};
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(statistics.funnel.at(i).conversion.has_value(), conversion.at(i).has_value());
            if (conversion.at(i))
                QCOMPARE(*statistics.funnel.at(i).conversion, *conversion.at(i));
        }
    }

    void responseRateBySource()
    {
        TestFile file;
        const SearchStatistics statistics = fixedSet(file);
        QCOMPARE(statistics.sources.size(), 3);
        QCOMPARE(statistics.sources.at(0).source, QStringLiteral("LinkedIn"));
        QCOMPARE(statistics.sources.at(0).applied, 3);
        QCOMPARE(statistics.sources.at(0).responded, 2); // moved on; rejected; A8 not yet
        QCOMPARE(statistics.sources.at(1).source, QStringLiteral("Job board"));
        QCOMPARE(statistics.sources.at(1).applied, 2);
        QCOMPARE(statistics.sources.at(1).responded, 1); // an interview; a cancelled one is none
        QCOMPARE(statistics.sources.at(1).rate(), 0.5);
        QCOMPARE(statistics.sources.at(2).source, QStringLiteral("Referral")); // trimmed
        QCOMPARE(statistics.sources.at(2).applied, 2);
        QCOMPARE(statistics.sources.at(2).responded, 2); // moved on; a round ahead
    }

    void medianDaysInStage()
    {
        TestFile file;
        const SearchStatistics statistics = fixedSet(file);
        QCOMPARE(statistics.durations.size(), 7);
        const QList<int> stays = {2, 4, 2, 0, 1, 0, 0};
        const QList<std::optional<double>> medians = {2.0, 4.0,          3.25,        std::nullopt,
                                                      6.5, std::nullopt, std::nullopt};
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(statistics.durations.at(i).stageId, file.stageId(i));
            QCOMPARE(statistics.durations.at(i).stays, stays.at(i));
            QCOMPARE(statistics.durations.at(i).median.has_value(), medians.at(i).has_value());
            if (medians.at(i))
                QCOMPARE(*statistics.durations.at(i).median, *medians.at(i));
        }
    }

    void weeks()
    {
        TestFile file;
        const SearchStatistics statistics = fixedSet(file);
        QCOMPARE(statistics.weeks.size(), 12);
        QCOMPARE(statistics.weeks.first().monday, QDate(2026, 8, 31));
        QCOMPARE(statistics.weeks.last().monday, QDate(2026, 11, 16));
        const QList<int> applications = {1, 0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 2};
        const QList<int> interviews = {1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0};
        for (int w = 0; w < 12; ++w) {
            QCOMPARE(statistics.weeks.at(w).monday, QDate(2026, 8, 31).addDays(7 * w));
            QCOMPARE(statistics.weeks.at(w).applications, applications.at(w));
            QCOMPARE(statistics.weeks.at(w).interviews, interviews.at(w));
        }
    }

    void noActivityIsTheBoardsRule()
    {
        TestFile file;
        const SearchStatistics statistics = fixedSet(file);
        // Open and on the board: A1, A4, A5, A7, A8; A4 and A7 have been quiet 14 days or more.
        QCOMPARE(statistics.openApplications, 5);
        QCOMPARE(statistics.withoutActivity, 2);
        QCOMPARE(statistics.withoutActivityShare(), 0.4);
    }

    void emptyFile()
    {
        TestFile file;
        auto statistics = StatisticsStore(file.database).compute();
        QVERIFY2(statistics.ok(), qPrintable(statistics.error()));
        QCOMPARE(statistics.value().funnel.size(), 7);
        for (const auto &step : statistics.value().funnel) {
            QCOMPARE(step.reached, 0);
            QVERIFY(!step.conversion);
        }
        QVERIFY(statistics.value().sources.isEmpty());
        QCOMPARE(statistics.value().weeks.size(), 12);
        QCOMPARE(statistics.value().openApplications, 0);
        QCOMPARE(statistics.value().withoutActivityShare(), 0.0);
    }

    void median()
    {
        QVERIFY(!StatisticsCalculator::median({}));
        QCOMPARE(*StatisticsCalculator::median({3.0}), 3.0);
        QCOMPARE(*StatisticsCalculator::median({5.0, 1.0, 3.0}), 3.0);
        QCOMPARE(*StatisticsCalculator::median({30.0, 1.0, 5.0, 3.0}), 4.0);
    }

    void sourcesWithMarkupStayText()
    {
        TestFile file;
        application(file, QStringLiteral("<b>Board</b>\u202e"), QDate(2026, 11, 2),
                    {{1, at(11, 2)}});
        auto statistics = StatisticsStore(file.database).compute();
        QVERIFY(statistics.ok());
        QCOMPARE(statistics.value().sources.size(), 1);
        QCOMPARE(statistics.value().sources.first().source, QStringLiteral("<b>Board</b>\u202e"));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
