#include "core/practice/FsrsScheduler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QJsonObject fixture()
{
    QFile file(QStringLiteral(PRACTICE_FIXTURES "/fsrs_reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime iso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

double s_maxStabilityError = 0;
double s_maxDifficultyError = 0;
int s_reviewsCompared = 0;

Rating rating(int value)
{
    return Rating(value);
}
} // namespace

class TestFsrsScheduler : public QObject
{
    Q_OBJECT

private slots:
    void defaultWeightsAreTheReferenceOnes()
    {
        const QJsonArray weights = fixture().value(QStringLiteral("weights")).toArray();
        QCOMPARE(weights.size(), 21);
        for (int i = 0; i < 21; ++i)
            QCOMPARE(FsrsScheduler::defaultWeights()[i], weights.at(i).toDouble());
    }

    void forgettingCurveMatchesTheReference()
    {
        const FsrsScheduler scheduler;
        const QJsonArray points = fixture().value(QStringLiteral("forgetting_curve")).toArray();
        QVERIFY(points.size() >= 20);
        for (const QJsonValue &value : points) {
            const QJsonObject point = value.toObject();
            const double mine =
                scheduler.retrievability(point[QStringLiteral("stability")].toDouble(),
                                         point[QStringLiteral("elapsed_days")].toDouble());
            QVERIFY2(qAbs(mine - point[QStringLiteral("retrievability")].toDouble()) < 1e-9,
                     qPrintable(QString::number(mine, 'g', 12)));
        }
    }

    void reviewSequencesMatchTheReference_data()
    {
        QTest::addColumn<QJsonObject>("sequence");
        const QJsonArray sequences = fixture().value(QStringLiteral("sequences")).toArray();
        QVERIFY(sequences.size() >= 10);
        for (const QJsonValue &value : sequences) {
            const QJsonObject sequence = value.toObject();
            QTest::newRow(qPrintable(sequence[QStringLiteral("name")].toString())) << sequence;
        }
    }

    void reviewSequencesMatchTheReference()
    {
        QFETCH(QJsonObject, sequence);
        const FsrsScheduler scheduler(sequence[QStringLiteral("retention")].toDouble());
        FsrsCard card;
        int step = 0;
        for (const QJsonValue &value : sequence[QStringLiteral("reviews")].toArray()) {
            const QJsonObject expected = value.toObject();
            card = scheduler.review(card, rating(expected[QStringLiteral("rating")].toInt()),
                                    iso(expected[QStringLiteral("at")]));
            const QByteArray where = "review " + QByteArray::number(++step);
            s_maxStabilityError =
                qMax(s_maxStabilityError,
                     qAbs(card.stability - expected[QStringLiteral("stability")].toDouble()));
            s_maxDifficultyError =
                qMax(s_maxDifficultyError,
                     qAbs(card.difficulty - expected[QStringLiteral("difficulty")].toDouble()));
            ++s_reviewsCompared;
            // Tight tolerances: the reference rounds to 8 decimals and so does the scheduler.
            QVERIFY2(qAbs(card.stability - expected[QStringLiteral("stability")].toDouble()) < 1e-6,
                     where + " stability " + QByteArray::number(card.stability, 'g', 12));
            QVERIFY2(qAbs(card.difficulty - expected[QStringLiteral("difficulty")].toDouble()) <
                         1e-6,
                     where + " difficulty " + QByteArray::number(card.difficulty, 'g', 12));
            QVERIFY2(card.scheduledDays == expected[QStringLiteral("scheduled_days")].toInt(),
                     where + " interval " + QByteArray::number(card.scheduledDays));
            QCOMPARE(card.due, iso(expected[QStringLiteral("due")]));
            QCOMPARE(card.reps, expected[QStringLiteral("reps")].toInt());
            QCOMPARE(card.lapses, expected[QStringLiteral("lapses")].toInt());
        }
        QVERIFY(step > 0);
    }

    void reportDeviation()
    {
        qInfo("%d reviews compared; largest difference: stability %.3g, difficulty %.3g",
              s_reviewsCompared, s_maxStabilityError, s_maxDifficultyError);
        QVERIFY(s_reviewsCompared >= 70);
    }

    void retentionIsClampedToTheOfferedRange()
    {
        QCOMPARE(FsrsScheduler(0.5).desiredRetention(), 0.80);
        QCOMPARE(FsrsScheduler(0.999).desiredRetention(), 0.97);
        QCOMPARE(FsrsScheduler().desiredRetention(), 0.90);
    }

    void higherRetentionMeansShorterIntervals()
    {
        QVERIFY(FsrsScheduler(0.97).nextInterval(20) < FsrsScheduler(0.9).nextInterval(20));
        QVERIFY(FsrsScheduler(0.8).nextInterval(20) > FsrsScheduler(0.9).nextInterval(20));
        // At the default retention an interval equals the stability (that is its definition).
        QCOMPARE(FsrsScheduler(0.9).nextInterval(20), 20);
    }

    void newCardRecallIsZeroAndReviewedCardDecays()
    {
        const FsrsScheduler scheduler;
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        FsrsCard card;
        QCOMPARE(scheduler.retrievabilityAt(card, start), 0.0);
        card = scheduler.review(card, Rating::Good, start);
        QCOMPARE(scheduler.retrievabilityAt(card, start), 1.0);
        const double later = scheduler.retrievabilityAt(card, start.addDays(5));
        QVERIFY(later < 1.0 && later > 0.5);
        QVERIFY(scheduler.retrievabilityAt(card, start.addDays(50)) < later);
    }
};

QTEST_GUILESS_MAIN(TestFsrsScheduler)
#include "tst_fsrsscheduler.moc"
