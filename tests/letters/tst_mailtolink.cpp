#include "core/letters/MailtoLink.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

class TestMailtoLink : public QObject
{
    Q_OBJECT

private:
    // What a mail program reads back from the link.
    static QString field(const QByteArray &link, const QString &name)
    {
        const QUrl url = QUrl::fromEncoded(link, QUrl::StrictMode);
        return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
    }

private slots:
    void encodesAsRfc6068Says()
    {
        const QByteArray link =
            MailtoLink::build(QStringLiteral("anna.weber@example.com"), QStringLiteral("Thank you"),
                              QStringLiteral("Dear Anna,\nthanks."));
        QCOMPARE(link, QByteArray("mailto:anna.weber@example.com?subject=Thank%20you&body=Dear%"
                                  "20Anna%2C%0D%0Athanks."));
        QVERIFY(!link.contains('+'));
        QVERIFY(MailtoLink::fitsMailPrograms(link));
    }

    void everyLineBreakBecomesCrlf()
    {
        const QByteArray link =
            MailtoLink::build({}, QStringLiteral("S"), QStringLiteral("a\r\nb\rc\nd\n\ne"));
        QCOMPARE(link, QByteArray("mailto:?subject=S&body=a%0D%0Ab%0D%0Ac%0D%0Ad%0D%0A%0D%0Ae"));
    }

    void nonAsciiIsUtf8()
    {
        const QString body = QStringLiteral("Grüße, 日本 🙂");
        const QByteArray link = MailtoLink::build({}, QStringLiteral("Danke schön"), body);
        QVERIFY(link.contains("Gr%C3%BC%C3%9Fe%2C%20%E6%97%A5%E6%9C%AC%20%F0%9F%99%82"));
        QVERIFY(link.contains("subject=Danke%20sch%C3%B6n"));
        QCOMPARE(field(link, QStringLiteral("body")), body);
        QCOMPARE(field(link, QStringLiteral("subject")), QStringLiteral("Danke schön"));
        // Passing through QUrl (as QDesktopServices does) changes nothing.
        QCOMPARE(QUrl::fromEncoded(link, QUrl::StrictMode).toEncoded(), link);
    }

    void userTextCannotAddFields()
    {
        // Characters that would start another field or recipient are encoded.
        const QByteArray link = MailtoLink::build(QStringLiteral("a@b.example?bcc=c@d.example"),
                                                  QStringLiteral("x&bcc=e@f.example"),
                                                  QStringLiteral("y#z&cc=g@h.example=%20+"));
        QCOMPARE(field(link, QStringLiteral("bcc")), QString());
        QCOMPARE(field(link, QStringLiteral("cc")), QString());
        QCOMPARE(field(link, QStringLiteral("subject")), QStringLiteral("x&bcc=e@f.example"));
        QCOMPARE(field(link, QStringLiteral("body")), QStringLiteral("y#z&cc=g@h.example=%20+"));
        QVERIFY(!link.contains('#'));
        // That address is not a usable one, so it is left out rather than mangled.
        QVERIFY(link.startsWith("mailto:?"));
    }

    void addressIsKept()
    {
        const QByteArray link =
            MailtoLink::build(QStringLiteral(" o'neil+jobs@example.co.uk "), {}, {});
        QCOMPARE(link, QByteArray("mailto:o%27neil%2Bjobs@example.co.uk"));
        QCOMPARE(QUrl::fromEncoded(link).path(), QStringLiteral("o'neil+jobs@example.co.uk"));
    }

    void withoutAddressStillWorks()
    {
        QCOMPARE(MailtoLink::build({}, QStringLiteral("Hi"), {}), QByteArray("mailto:?subject=Hi"));
        QCOMPARE(MailtoLink::build(QStringLiteral("not an address"), {}, QStringLiteral("b")),
                 QByteArray("mailto:?body=b"));
    }

    void subjectStaysOnOneLine()
    {
        const QByteArray link = MailtoLink::build({}, QStringLiteral("a\r\nBcc: x@y.example"), {});
        QCOMPARE(link, QByteArray("mailto:?subject=a%20Bcc%3A%20x%40y.example"));
    }

    void hostileCharacters()
    {
        const QString body =
            QStringLiteral("<b>bold</b> \u202Egnp.exe\u202C a\u0000b\u0007c\u007F");
        const QByteArray link = MailtoLink::build({}, {}, body);
        // Markup and direction marks stay as typed; control characters are dropped.
        QCOMPARE(field(link, QStringLiteral("body")),
                 QStringLiteral("<b>bold</b> \u202Egnp.exe\u202C abc"));
        QVERIFY(!link.contains("%00"));
        for (const char c : link)
            QVERIFY2(c > 32 && c < 127, link.constData());
    }

    void lengthLimit()
    {
        // 1800 encoded characters in all is still fine; one more is not.
        const QByteArray prefix = MailtoLink::build({}, {}, QStringLiteral("x"));
        const int room = int(MailtoLink::MaxLength - prefix.size() + 1);
        const QByteArray exact = MailtoLink::build({}, {}, QString(room, QLatin1Char('x')));
        QCOMPARE(exact.size(), MailtoLink::MaxLength);
        QVERIFY(MailtoLink::fitsMailPrograms(exact));
        QVERIFY(!MailtoLink::fitsMailPrograms(
            MailtoLink::build({}, {}, QString(room + 1, QLatin1Char('x')))));
        // The limit counts encoded characters: 300 umlauts are 1,800 of them.
        QVERIFY(
            !MailtoLink::fitsMailPrograms(MailtoLink::build({}, {}, QString(300, QChar(0xFC)))));
    }

    void hugeBody()
    {
        const QString body(2'000'000, QChar(0x00E9));
        const QByteArray link = MailtoLink::build({}, {}, body);
        QCOMPARE(link.size(), qsizetype(2'000'000) * 6 + 13);
        QVERIFY(!MailtoLink::fitsMailPrograms(link));
    }
};

QTEST_GUILESS_MAIN(TestMailtoLink)
#include "tst_mailtolink.moc"
