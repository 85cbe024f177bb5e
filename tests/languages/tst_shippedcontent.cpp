// What ships per language: the question bank, the letter templates and the words the letter
// filler adds in French and Spanish, and sample data made in the interface's language.

#include "PseudoTranslator.h"
#include "TestSupport.h"

#include "core/SampleData.h"
#include "core/languages/UiLanguage.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterFiller.h"
#include "core/letters/LetterStore.h"
#include "core/practice/QuestionBank.h"
#include "core/text/PlainText.h"

#include <QMap>

class TestShippedContent : public QObject
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

    static QMap<QString, int> perCategory(const QList<QuestionBank::Entry> &entries)
    {
        QMap<QString, int> counts;
        for (const QuestionBank::Entry &entry : entries)
            ++counts[entry.category + QLatin1Char('/') + entry.audience];
        return counts;
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void everyLanguageHasTheWholeQuestionBank()
    {
        const auto english = QuestionBank::entries(QStringLiteral("en"));
        QVERIFY2(english.ok(), qPrintable(english.error()));
        QVERIFY(english.value().size() > 150);
        for (const QString &code : UiLanguage::shippedCodes()) {
            const auto bank = QuestionBank::entries(code);
            QVERIFY2(bank.ok(), qPrintable(code + QLatin1String(": ") + bank.error()));
            QCOMPARE(perCategory(bank.value()), perCategory(english.value()));
            QSet<QString> texts;
            for (const QuestionBank::Entry &entry : bank.value()) {
                QVERIFY2(!PlainText::hasUnsafeInLine(entry.text), qPrintable(entry.text));
                texts.insert(entry.text);
            }
            QCOMPARE(texts.size(), bank.value().size());
        }
    }

    void aNewFileGetsTheBankOfTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : UiLanguage::shippedCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void aNewFileGetsTheBankOfTheInterfaceLanguage()
    {
        QFETCH(QString, code);
        QLocale::setDefault(QLocale(code));
        QCOMPARE(QuestionBank::languageForUi(), code);
        TestFile file;
        QSqlQuery query(file.database->sql());
        QVERIFY(query.exec(QStringLiteral("SELECT text FROM questions ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QuestionBank::entries(code).value().first().text);
    }

    void everyLanguageHasItsLetterTemplates()
    {
        TestFile file;
        LetterStore store(file.database);
        const auto templates = store.templates();
        QVERIFY2(templates.ok(), qPrintable(templates.error()));
        const QList<TemplateOccasion> occasions = {TemplateOccasion::First, TemplateOccasion::Later,
                                                   TemplateOccasion::Panel, TemplateOccasion::Final,
                                                   TemplateOccasion::FollowUp};
        for (const QString &code : UiLanguage::shippedCodes()) {
            for (TemplateOccasion occasion : occasions) {
                const LetterTemplate *chosen = LetterComposer::choose(templates.value(), occasion,
                                                                      code + QStringLiteral("_XX"));
                QVERIFY(chosen);
                QCOMPARE(chosen->language, code);
                QVERIFY(!chosen->shippedKey.isEmpty());
                const QString text = chosen->subject + QLatin1Char('\n') + chosen->body;
                QVERIFY2(LetterFiller::unknownPlaceholders(text).isEmpty(), qPrintable(text));
                const QString filled = LetterFiller::fill(text, values(), code);
                QVERIFY2(LetterFiller::unfilled(filled).isEmpty(), qPrintable(filled));
                QVERIFY2(filled.contains(QLatin1String("Sam Doe")), qPrintable(filled));
                QVERIFY(!filled.contains(QLatin1String("  ")));
            }
        }
    }

    void frenchAndSpanishTemplatesReadRight()
    {
        TestFile file;
        LetterStore store(file.database);
        const auto templates = store.templates();
        QVERIFY(templates.ok());
        const LetterTemplate *french = LetterComposer::choose(
            templates.value(), TemplateOccasion::Later, QStringLiteral("fr"));
        QVERIFY(french);
        QCOMPARE(LetterFiller::fill(french->subject, values(), french->language),
                 QStringLiteral("Merci pour notre deuxième entretien"));
        QVERIFY(LetterFiller::fill(french->body, values(), french->language)
                    .startsWith(QStringLiteral("Bonjour Anna,\n\nMerci pour notre deuxième "
                                               "entretien du vendredi 20 novembre.")));
        const LetterTemplate *spanish = LetterComposer::choose(
            templates.value(), TemplateOccasion::Later, QStringLiteral("es"));
        QVERIFY(spanish);
        QCOMPARE(LetterFiller::fill(spanish->subject, values(), spanish->language),
                 QStringLiteral("Gracias por la segunda entrevista"));
        QVERIFY(LetterFiller::fill(spanish->body, values(), spanish->language)
                    .startsWith(QStringLiteral("Hola, Anna:\n\nGracias por la segunda entrevista "
                                               "del viernes 20 de noviembre.")));
    }

    void roundPhrases_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("final");
        QTest::addColumn<QString>("french");
        QTest::addColumn<QString>("spanish");
        QTest::newRow("first") << 1 << false << "premier entretien"
                               << "primera entrevista";
        QTest::newRow("second") << 2 << false << "deuxième entretien"
                                << "segunda entrevista";
        QTest::newRow("seventh") << 7 << false << "septième entretien"
                                 << "séptima entrevista";
        QTest::newRow("tenth") << 10 << false << "dixième entretien"
                               << "décima entrevista";
        QTest::newRow("11") << 11 << false << "11e entretien"
                            << "11.ª entrevista";
        QTest::newRow("unknown") << 0 << false << "entretien"
                                 << "entrevista";
        QTest::newRow("negative") << -3 << false << "entretien"
                                  << "entrevista";
        QTest::newRow("final") << 3 << true << "entretien final"
                               << "entrevista final";
    }
    void roundPhrases()
    {
        QFETCH(int, number);
        QFETCH(bool, final);
        QFETCH(QString, french);
        QFETCH(QString, spanish);
        QCOMPARE(LetterFiller::roundPhrase(number, final, QStringLiteral("fr")), french);
        QCOMPARE(LetterFiller::roundPhrase(number, final, QStringLiteral("fr_CA")), french);
        QCOMPARE(LetterFiller::roundPhrase(number, final, QStringLiteral("es")), spanish);
        QCOMPARE(LetterFiller::roundPhrase(number, final, QStringLiteral("es_MX")), spanish);
    }

    void datesAndGreetings()
    {
        const QDate day(2026, 12, 7);
        QCOMPARE(LetterFiller::datePhrase(day, QStringLiteral("fr")),
                 QStringLiteral("lundi 7 décembre"));
        QCOMPARE(LetterFiller::datePhrase(day, QStringLiteral("es")),
                 QStringLiteral("lunes 7 de diciembre"));
        QCOMPARE(LetterFiller::datePhrase(QDate(), QStringLiteral("es")), QString());
        // Without a first name the greeting says something else, in the template's language.
        LetterValues v = values();
        v.fullName = QStringLiteral("Mme Weber");
        QCOMPARE(
            LetterFiller::fill(QStringLiteral("Bonjour {first_name},"), v, QStringLiteral("fr")),
            QStringLiteral("Bonjour Mme Weber,"));
        v.fullName = QStringLiteral("Sra. Weber");
        QCOMPARE(LetterFiller::fill(QStringLiteral("Hola, {first_name}:"), v, QStringLiteral("es")),
                 QStringLiteral("Hola, Sra. Weber:"));
        v.fullName = QStringLiteral("hr@example.com");
        QCOMPARE(LetterFiller::fill(QStringLiteral("Hola, {first_name}:"), v, QStringLiteral("es")),
                 QStringLiteral("Buenos días:"));
        QCOMPARE(
            LetterFiller::fill(QStringLiteral("Bonjour {first_name},"), v, QStringLiteral("fr")),
            QStringLiteral("Bonjour,"));
        QCOMPARE(LetterFiller::firstName(QStringLiteral("M. Jean Dupont")), QStringLiteral("Jean"));
        QCOMPARE(LetterFiller::firstName(QStringLiteral("Sr. Juan García")),
                 QStringLiteral("Juan"));
    }

    void sampleDataIsInTheInterfaceLanguage()
    {
        PseudoTranslator translator;
        QCoreApplication::installTranslator(&translator);
        TestFile file;
        auto filled = SampleData::fill(*file.database, 12);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(filled.ok(), qPrintable(filled.error()));
        QSqlQuery query(file.database->sql());
        QVERIFY(query.exec(QStringLiteral("SELECT role, description FROM applications")));
        int rows = 0;
        while (query.next()) {
            ++rows;
            QVERIFY2(query.value(0).toString().startsWith(QStringLiteral("⟦")),
                     qPrintable(query.value(0).toString()));
            QVERIFY(query.value(1).toString().startsWith(QStringLiteral("⟦")));
        }
        QCOMPARE(rows, 12);
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT name FROM stages")));
        while (query.next())
            QVERIFY(query.value(0).toString().startsWith(QStringLiteral("⟦")));
        QVERIFY(query.exec(QStringLiteral("SELECT title FROM people")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().startsWith(QStringLiteral("⟦")));
    }
};

QTEST_GUILESS_MAIN(TestShippedContent)
#include "tst_shippedcontent.moc"
