#include "LetterTestSupport.h"
#include "core/LocaleFormat.h"
#include "core/notes/PrepSheetLoader.h"

// Section 10 of the prep sheet from the letters: who to thank, when, and how far each is.
class TestLetterPrepSheet : public QObject
{
    Q_OBJECT

private slots:
    void namesEachPersonWithTheDueTime()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round =
            f.round(app, 3, {QStringLiteral("Anna Weber"), QStringLiteral("<b>Bo</b> Berg")});
        QVERIFY(f.letters.proposeDrafts(round, QStringLiteral("en")).ok());
        qint64 anna = 0;
        const QList<LetterInfo> letters = f.letters.lettersOfRound(round).value();
        for (const LetterInfo &letter : letters)
            if (letter.personName == QLatin1String("Anna Weber"))
                anna = letter.id;
        QVERIFY(f.letters.setStatus(anna, LetterStatus::Sent, f.now()).ok());

        auto sheet = PrepSheetLoader::load(f.database, round, QLocale(QLocale::English));
        QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
        const QList<PrepSheetItem> items = sheet.value().afterRound.items;
        // The round ended at 07:30 UTC: letters due a day later, in local time.
        const QDateTime due = QDateTime(QDate(2026, 11, 21), QTime(7, 30), Qt::UTC).toLocalTime();
        const QString dueText = QLocale().toString(due, QStringLiteral("ddd d MMM, ")) +
                                QLocale().toString(due.time(), LocaleFormat::shortTime());
        QCOMPARE(items.at(0).text,
                 QStringLiteral("Thank-you letter to Anna Weber, due ") + dueText);
        QVERIFY(items.at(0).detail.startsWith(QStringLiteral("Sent ")));
        QCOMPARE(items.at(0).ticked, std::optional<bool>(true));
        QCOMPARE(items.at(1).text,
                 QStringLiteral("Thank-you letter to <b>Bo</b> Berg, due ") + dueText);
        QVERIFY(items.at(1).detail.startsWith(QStringLiteral("Draft ready")));
        QCOMPARE(items.at(1).ticked, std::optional<bool>(false));
        // The generic lines for these two are gone; the notes' other reminders stay.
        for (int i = 2; i < items.size(); ++i)
            QVERIFY(!items.at(i).text.contains(QStringLiteral("Thank-you note")));
        QVERIFY(items.size() > 2);
    }

    void nobodyListed()
    {
        LetterFile f;
        const qint64 app = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 round = f.round(app, -24);
        auto sheet = PrepSheetLoader::load(f.database, round, QLocale(QLocale::English));
        QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
        const QList<PrepSheetItem> items = sheet.value().afterRound.items;
        QVERIFY(items.first().text.startsWith(QStringLiteral("A thank-you letter to each person")));
        QVERIFY(items.first().detail.contains(QStringLiteral("Nobody is listed")));
        int thanks = 0;
        for (const PrepSheetItem &item : items)
            thanks += item.text.contains(QStringLiteral("thank-you"), Qt::CaseInsensitive);
        QCOMPARE(thanks, 1);
    }
};

QTEST_GUILESS_MAIN(TestLetterPrepSheet)
#include "tst_letterprepsheet.moc"
