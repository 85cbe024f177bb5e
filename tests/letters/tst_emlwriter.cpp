#include "EmlParser.h"
#include "core/letters/EmlWriter.h"

#include <QTest>

class TestEmlWriter : public QObject
{
    Q_OBJECT

private:
    static EmlMessage message()
    {
        EmlMessage m;
        m.toName = QStringLiteral("Anna Weber");
        m.toAddress = QStringLiteral("anna.weber@example.com");
        m.subject = QStringLiteral("Thank you for the second interview");
        m.body = QStringLiteral("Dear Anna,\n\nthank you.\n\nSam");
        m.date = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        return m;
    }

    static ParsedEml roundTrip(const EmlMessage &m)
    {
        const ParsedEml parsed = parseEml(EmlWriter::write(m));
        if (!parsed.faults.isEmpty())
            qWarning() << parsed.faults;
        return parsed;
    }

private slots:
    void structure()
    {
        const QByteArray file = EmlWriter::write(message());
        QVERIFY(file.startsWith("MIME-Version: 1.0\r\n"));
        const ParsedEml parsed = parseEml(file);
        QCOMPARE(parsed.faults, QStringList());
        QCOMPARE(parsed.header("MIME-Version"), QStringLiteral("1.0"));
        QCOMPARE(parsed.header("Content-Type"), QStringLiteral("text/plain; charset=UTF-8"));
        QCOMPARE(parsed.header("Content-Transfer-Encoding"), QStringLiteral("quoted-printable"));
        QCOMPARE(parsed.header("X-Unsent"), QStringLiteral("1"));
        QCOMPARE(parsed.header("To"), QStringLiteral("Anna Weber <anna.weber@example.com>"));
        QCOMPARE(parsed.header("Subject"), message().subject);
        QCOMPARE(parsed.header("Date"), QStringLiteral("Fri, 20 Nov 2026 09:30:00 +0000"));
        QCOMPARE(parsed.body, message().body);
        for (const char *name : {"To", "Subject", "X-Unsent", "MIME-Version", "Content-Type"})
            QCOMPARE(parsed.count(name), 1);
    }

    void nonAsciiSubjectAndName()
    {
        EmlMessage m = message();
        m.toName = QStringLiteral("Jürgen Groß");
        m.subject = QStringLiteral("Vielen Dank für das zweite Gespräch – Grüße 🙂");
        m.body = QStringLiteral("Grüße aus Köln, 日本語");
        const QByteArray file = EmlWriter::write(m);
        QVERIFY(file.contains("Subject: =?UTF-8?B?"));
        QVERIFY(file.contains("To: =?UTF-8?B?"));
        const ParsedEml parsed = parseEml(file);
        QCOMPARE(parsed.faults, QStringList());
        QCOMPARE(parsed.header("Subject"), m.subject);
        QCOMPARE(parsed.header("To"), QStringLiteral("Jürgen Groß <anna.weber@example.com>"));
        QCOMPARE(parsed.body, m.body);
        QVERIFY(file.contains("Gr=C3=BC=C3=9Fe"));
    }

    void encodedWordsAreShortAndWhole()
    {
        EmlMessage m = message();
        // Four-byte characters must never be split across two words.
        m.subject = QString(200, QLatin1Char('x')).replace(0, 0, QStringLiteral("é"));
        for (int i = 0; i < 60; ++i)
            m.subject += QStringLiteral("🙂");
        const QByteArray file = EmlWriter::write(m);
        const ParsedEml parsed = parseEml(file);
        QCOMPARE(parsed.faults, QStringList());
        QCOMPARE(parsed.header("Subject"), m.subject);
        static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="));
        auto it = word.globalMatch(QString::fromLatin1(file));
        int words = 0;
        while (it.hasNext()) {
            const auto match = it.next();
            QVERIFY(match.capturedLength() <= 75);
            QVERIFY(
                QString::fromUtf8(QByteArray::fromBase64(match.captured(1).toLatin1())).toUtf8() ==
                QByteArray::fromBase64(match.captured(1).toLatin1()));
            ++words;
        }
        QVERIFY(words > 5);
        for (const QByteArray &line : file.split('\n'))
            QVERIFY(line.size() <= 80);
    }

    void nameNeedingQuotes()
    {
        EmlMessage m = message();
        m.toName = QStringLiteral("Weber, Anna \"HR\" (Nordlicht) \\ <x@y.example>");
        const QByteArray file = EmlWriter::write(m);
        QVERIFY(file.contains("To: \"Weber, Anna \\\"HR\\\" (Nordlicht) \\\\ <x@y.example>\" "
                              "<anna.weber@example.com>\r\n"));
        QCOMPARE(parseEml(file).faults, QStringList());
    }

    void textLookingLikeAnEncodedWordIsEncoded()
    {
        EmlMessage m = message();
        m.subject = QStringLiteral("=?UTF-8?B?SGk=?=");
        const ParsedEml parsed = roundTrip(m);
        QCOMPARE(parsed.header("Subject"), m.subject);
    }

    void headerInjectionIsImpossible()
    {
        EmlMessage m = message();
        m.subject = QStringLiteral("Hi\r\nBcc: evil@example.com\r\n\r\nbody");
        m.toName = QStringLiteral("Anna\nCc: evil@example.com");
        m.toAddress = QStringLiteral("anna@example.com\r\nBcc: evil@example.com");
        const ParsedEml parsed = roundTrip(m);
        QCOMPARE(parsed.faults, QStringList());
        QCOMPARE(parsed.count("Bcc"), 0);
        QCOMPARE(parsed.count("Cc"), 0);
        QCOMPARE(parsed.count("To"), 0); // the address is not usable, so there is none
        QCOMPARE(parsed.header("Subject"), QStringLiteral("Hi Bcc: evil@example.com body"));
        m.toAddress = QStringLiteral("anna@example.com");
        QCOMPARE(roundTrip(m).header("To"),
                 QStringLiteral("\"Anna Cc: evil@example.com\" <anna@example.com>"));
    }

    void withoutAddress()
    {
        EmlMessage m = message();
        m.toAddress.clear();
        const ParsedEml parsed = roundTrip(m);
        QCOMPARE(parsed.faults, QStringList());
        QCOMPARE(parsed.count("To"), 0);
        QCOMPARE(parsed.header("X-Unsent"), QStringLiteral("1"));
        QCOMPARE(parsed.body, m.body);
    }

    void quotedPrintableRules()
    {
        QCOMPARE(EmlWriter::quotedPrintable(QStringLiteral("a=b")), QByteArray("a=3Db\r\n"));
        QCOMPARE(EmlWriter::quotedPrintable(QStringLiteral("end \nx\t")),
                 QByteArray("end=20\r\nx=09\r\n"));
        QCOMPARE(EmlWriter::quotedPrintable(QStringLiteral("a\r\nb\rc")),
                 QByteArray("a\r\nb\r\nc\r\n"));
        const QByteArray soft = EmlWriter::quotedPrintable(QString(100, QLatin1Char('y')));
        QCOMPARE(soft, QByteArray(75, 'y') + "=\r\n" + QByteArray(25, 'y') + "\r\n");
        // A line of exactly 76 needs no soft break.
        QCOMPARE(EmlWriter::quotedPrintable(QString(76, QLatin1Char('y'))),
                 QByteArray(76, 'y') + "\r\n");
    }

    void hostileBody()
    {
        EmlMessage m = message();
        m.body = QStringLiteral("<html><b>x</b></html>\n.\nFrom me\n=?UTF-8?B?SGk=?=\n"
                                "\u202Eabc\u202C a\u0000b\u001Bc\u007F\n==\n");
        const ParsedEml parsed = roundTrip(m);
        QCOMPARE(parsed.faults, QStringList());
        QCOMPARE(parsed.body, QStringLiteral("<html><b>x</b></html>\n.\nFrom me\n=?UTF-8?B?SGk=?=\n"
                                             "\u202Eabc\u202C abc\n==\n"));
    }

    void hugeInput()
    {
        EmlMessage m = message();
        m.subject = QString(5000, QChar(0x00FC));
        QString line;
        for (int i = 0; i < 200000; ++i)
            line += QStringLiteral("Grüße ");
        m.body = line + QStringLiteral("\n") + QString(100000, QLatin1Char('=')) +
                 QStringLiteral("\n\n");
        const ParsedEml parsed = roundTrip(m);
        QCOMPARE(parsed.faults, QStringList());
        QCOMPARE(parsed.header("Subject"), m.subject);
        QCOMPARE(parsed.body, m.body);
    }

    void emptyMessage()
    {
        const ParsedEml parsed = roundTrip(EmlMessage());
        QCOMPARE(parsed.faults, QStringList());
        QCOMPARE(parsed.count("Subject"), 1);
        QCOMPARE(parsed.count("Date"), 0);
        QCOMPARE(parsed.body, QString());
    }
};

QTEST_GUILESS_MAIN(TestEmlWriter)
#include "tst_emlwriter.moc"
