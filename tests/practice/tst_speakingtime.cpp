#include "core/practice/SpeakingTime.h"

#include <QTest>

class TestSpeakingTime : public QObject
{
    Q_OBJECT

private slots:
    void countsWords()
    {
        QCOMPARE(SpeakingTime::words(QString()), 0);
        QCOMPARE(SpeakingTime::words(QStringLiteral("  \n\t ")), 0);
        QCOMPARE(SpeakingTime::words(QStringLiteral("I'm a well-known, fast  learner.")), 5);
        QCOMPARE(SpeakingTime::words(QStringLiteral("Größe über 40 % — ja")), 4);
    }

    void speakingTimeAt150WordsAMinute()
    {
        QCOMPARE(SpeakingTime::seconds(150), 60);
        QCOMPARE(SpeakingTime::seconds(300), 120);
        QCOMPARE(SpeakingTime::fit(0), SpeakingTime::Fit::Empty);
        QCOMPARE(SpeakingTime::fit(89), SpeakingTime::Fit::TooShort);
        QCOMPARE(SpeakingTime::fit(90), SpeakingTime::Fit::Good);
        QCOMPARE(SpeakingTime::fit(180), SpeakingTime::Fit::Good);
        QCOMPARE(SpeakingTime::fit(181), SpeakingTime::Fit::TooLong);
    }

    void describesWithWarnings()
    {
        const QString ok = SpeakingTime::describe(QString(QStringLiteral("word ")).repeated(300));
        QCOMPARE(ok, SpeakingTime::tr("%n word(s), about %1 to say", nullptr, 300)
                         .arg(QStringLiteral("2:00")));
        QVERIFY(SpeakingTime::describe(QStringLiteral("short")).contains(QStringLiteral("short:")));
        QVERIFY(SpeakingTime::describe(QString(QStringLiteral("w ")).repeated(500))
                    .contains(QStringLiteral("too long")));
        QCOMPARE(SpeakingTime::describe(QString()), QStringLiteral("No answer yet."));
    }
};

QTEST_GUILESS_MAIN(TestSpeakingTime)
#include "tst_speakingtime.moc"
