#include "core/letters/LetterFiller.h"

#include <QTest>

class TestLetterFiller : public QObject
{
    Q_OBJECT

private:
    static LetterValues values()
    {
        LetterValues v;
        v.fullName = QStringLiteral("Anna Weber");
        v.company = QStringLiteral("Nordlicht GmbH");
        v.role = QStringLiteral("Data engineer");
        v.roundNumber = 2;
        v.date = QDate(2026, 11, 20);
        v.topic = QStringLiteral("the migration of the billing system");
        v.myName = QStringLiteral("Sam Doe");
        v.nextStep = QStringLiteral("a call with the CTO");
        return v;
    }

private slots:
    void fillsEveryPlaceholder()
    {
        const QString text = QStringLiteral(
            "Dear {first_name},\n{full_name} at {company}, {role}, {round} on {date}; "
            "{topic}; next: {next_step}.\n{my_name}");
        QCOMPARE(LetterFiller::fill(text, values(), QStringLiteral("en")),
                 QStringLiteral("Dear Anna,\nAnna Weber at Nordlicht GmbH, Data engineer, second "
                                "interview on Friday 20 November; the migration of the billing "
                                "system; next: a call with the CTO.\nSam Doe"));
        QVERIFY(LetterFiller::unfilled(LetterFiller::fill(text, values(), QStringLiteral("en")))
                    .isEmpty());
    }

    void germanWordsFollowTheTemplate()
    {
        const QString text = QStringLiteral("Danke für das {round} am {date}.");
        QCOMPARE(LetterFiller::fill(text, values(), QStringLiteral("de")),
                 QStringLiteral("Danke für das zweite Gespräch am Freitag, 20. November."));
        LetterValues last = values();
        last.finalRound = true;
        QCOMPARE(LetterFiller::fill(text, last, QStringLiteral("de")),
                 QStringLiteral("Danke für das abschließende Gespräch am Freitag, 20. November."));
    }

    void roundPhrases_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("final");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("first") << 1 << false << "first interview"
                               << "erste Gespräch";
        QTest::newRow("second") << 2 << false << "second interview"
                                << "zweite Gespräch";
        QTest::newRow("tenth") << 10 << false << "tenth interview"
                               << "zehnte Gespräch";
        QTest::newRow("11") << 11 << false << "11th interview"
                            << "11. Gespräch";
        QTest::newRow("22") << 22 << false << "22nd interview"
                            << "22. Gespräch";
        QTest::newRow("unknown") << 0 << false << "interview"
                                 << "Gespräch";
        QTest::newRow("final") << 3 << true << "final interview"
                               << "abschließende Gespräch";
    }
    void roundPhrases()
    {
        QFETCH(int, number);
        QFETCH(bool, final);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(LetterFiller::roundPhrase(number, final, QStringLiteral("en")), english);
        QCOMPARE(LetterFiller::roundPhrase(number, final, QStringLiteral("de_DE")), german);
    }

    void firstNames_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("first");
        QTest::newRow("plain") << "Anna Weber"
                               << "Anna";
        QTest::newRow("single") << "Anna"
                                << "Anna";
        QTest::newRow("title") << "Dr. Anna Weber"
                               << "Anna";
        QTest::newRow("two titles") << "Prof. Dr. Anna Weber"
                                    << "Anna";
        QTest::newRow("family only") << "Ms Weber"
                                     << "";
        QTest::newRow("german family only") << "Frau Weber"
                                            << "";
        QTest::newRow("comma") << "Weber, Anna"
                               << "Anna";
        QTest::newRow("hyphen") << "Anna-Lena Meyer"
                                << "Anna-Lena";
        QTest::newRow("spaces") << "  Anna \t Weber "
                                << "Anna";
        QTest::newRow("address") << "anna@example.com"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("only title") << "Dr."
                                    << "";
        QTest::newRow("non-latin") << "Jürgen Groß"
                                   << "Jürgen";
    }
    void firstNames()
    {
        QFETCH(QString, full);
        QFETCH(QString, first);
        QCOMPARE(LetterFiller::firstName(full), first);
    }

    void unknownFirstNameFallsBackToAGreeting()
    {
        LetterValues v = values();
        v.fullName = QStringLiteral("Ms Weber");
        QCOMPARE(LetterFiller::fill(QStringLiteral("Dear {first_name},\nThanks."), v,
                                    QStringLiteral("en")),
                 QStringLiteral("Dear Ms Weber,\nThanks."));
        QCOMPARE(LetterFiller::fill(QStringLiteral("Hallo {first_name},\nDanke."), v,
                                    QStringLiteral("de")),
                 QStringLiteral("Guten Tag Ms Weber,\nDanke."));
        v.fullName = QStringLiteral("hr@example.com");
        QCOMPARE(
            LetterFiller::fill(QStringLiteral("Hi {first_name}, thanks."), v, QStringLiteral("en")),
            QStringLiteral("Hello, thanks."));
        // A later use in a sentence cannot be guessed: it stays, and is reported.
        const QString filled = LetterFiller::fill(
            QStringLiteral("Dear {first_name},\nIt was good to meet you, {first_name}."), v,
            QStringLiteral("en"));
        QCOMPARE(filled, QStringLiteral("Hello,\nIt was good to meet you, {first_name}."));
        QCOMPARE(LetterFiller::unfilled(filled), QStringList{QStringLiteral("first_name")});
    }

    void missingValuesStayAndAreReported()
    {
        LetterValues v = values();
        v.topic.clear();
        v.myName = QStringLiteral("   ");
        const QString filled = LetterFiller::fill(
            QStringLiteral("About {topic}. {topic}. Regards, {my_name} ({company})"), v,
            QStringLiteral("en"));
        QCOMPARE(filled, QStringLiteral("About {topic}. {topic}. Regards, {my_name} "
                                        "(Nordlicht GmbH)"));
        QCOMPARE(LetterFiller::unfilled(filled),
                 (QStringList{QStringLiteral("topic"), QStringLiteral("my_name")}));
    }

    void valuesAreNeverFilledAgain()
    {
        LetterValues v = values();
        v.company = QStringLiteral("{role} & <b>Co</b>");
        v.topic = QStringLiteral("{my_name}");
        QCOMPARE(LetterFiller::fill(QStringLiteral("{company}: {topic}"), v, QStringLiteral("en")),
                 QStringLiteral("{role} & <b>Co</b>: {my_name}"));
    }

    void hostileTextStaysLiteral()
    {
        LetterValues v = values();
        v.fullName = QStringLiteral("<script>alert(1)</script> \u202EAnna\u202C");
        v.topic = QStringLiteral("a\u0000b\u0007c %s %1 \\n");
        const QString filled =
            LetterFiller::fill(QStringLiteral("{full_name}|{topic}"), v, QStringLiteral("en"));
        QCOMPARE(filled, v.fullName + QLatin1Char('|') + v.topic);
        // A digit in the first word means it is no given name.
        QCOMPARE(LetterFiller::firstName(v.fullName), QString());
    }

    void unknownPlaceholdersAreFound()
    {
        QCOMPARE(LetterFiller::unknownPlaceholders(
                     QStringLiteral("{frist_name} {company} {} {Company} {frist_name}")),
                 (QStringList{QStringLiteral("frist_name"), QString(), QStringLiteral("Company")}));
        QVERIFY(LetterFiller::unknownPlaceholders(QStringLiteral("no braces")).isEmpty());
    }

    void sameBodiesAreGrouped()
    {
        const QStringList bodies = {QStringLiteral("Thanks a lot.\nSam"),
                                    QStringLiteral("Other"),
                                    QStringLiteral("Thanks  a lot. \r\n Sam "),
                                    QString(),
                                    QStringLiteral(""),
                                    QStringLiteral("Other")};
        QCOMPARE(LetterFiller::sameTexts(bodies), (QList<QList<int>>{{0, 2}, {1, 5}}));
        QVERIFY(LetterFiller::sameTexts({QStringLiteral("a"), QStringLiteral("A")}).isEmpty());
    }

    void hugeInput()
    {
        QString text;
        for (int i = 0; i < 200000; ++i)
            text += QStringLiteral("{first_name} {topic} {nope} ");
        const QString filled = LetterFiller::fill(text, values(), QStringLiteral("en"));
        QVERIFY(filled.startsWith(QStringLiteral("Anna the migration")));
        QCOMPARE(LetterFiller::unfilled(filled), QStringList());
        QCOMPARE(LetterFiller::unknownPlaceholders(filled), QStringList{QStringLiteral("nope")});
    }
};

QTEST_GUILESS_MAIN(TestLetterFiller)
#include "tst_letterfiller.moc"
