#include "core/letters/EmlWriter.h"

#include "core/letters/LetterText.h"

#include <QLocale>

namespace {

constexpr int QpLineLimit = 76;
// 39 bytes make 52 base64 characters: "=?UTF-8?B?…?=" is 64 long, so "Subject: " plus one
// word stays within the recommended 78.
constexpr int EncodedWordBytes = 39;

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// atext of RFC 5322 plus space: a display name made of these needs no quotes.
bool isAtomText(const QString &text)
{
    static const QByteArray specials("!#$%&'*+-/=?^_`{|}~ ");
    for (const QChar c : text)
        if (!c.isLetterOrNumber() && !specials.contains(char(c.unicode())))
            return false;
    return true;
}

} // namespace

QByteArray EmlWriter::quotedPrintable(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QStringList lines = LetterText::lines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray bytes = lines.at(n).toUtf8();
        QByteArray line;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto byte = static_cast<unsigned char>(bytes.at(i));
            const bool last = i == bytes.size() - 1;
            QByteArray token;
            // Space and tab are literal except at the end of a line, where transports may
            // strip them.
            if ((byte >= 33 && byte <= 126 && byte != '=') ||
                ((byte == ' ' || byte == '\t') && !last))
                token = QByteArray(1, char(byte));
            else
                token = QByteArray("=") + hex[byte >> 4] + hex[byte & 15];
            // Leave room for the soft break "=" (and, for a line's last token, none needed).
            const int room = last ? QpLineLimit : QpLineLimit - 1;
            if (line.size() + token.size() > room) {
                out += line + "=\r\n";
                line.clear();
            }
            line += token;
        }
        out += line;
        out += "\r\n";
    }
    return out;
}

QByteArray EmlWriter::headerText(const QString &text)
{
    const QString value = LetterText::singleLine(text);
    // Text that merely looks like an encoded word must be encoded too, or a reader would
    // decode what the user typed.
    if (isPlainAscii(value) && value.size() <= 900 && !value.contains(QLatin1String("=?")))
        return value.toLatin1();
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        // Whole code points only: a surrogate pair stays in one word.
        qsizetype length = 1;
        if (value.at(i).isHighSurrogate() && i + 1 < value.size() &&
            value.at(i + 1).isLowSurrogate())
            length = 2;
        const QByteArray bytes = value.mid(i, length).toUtf8();
        if (chunk.size() + bytes.size() > EncodedWordBytes)
            flush();
        chunk += bytes;
        i += length - 1;
    }
    flush();
    return out;
}

QByteArray EmlWriter::mailbox(const QString &name, const QString &address)
{
    const QString display = LetterText::singleLine(name).simplified();
    QByteArray phrase;
    const bool plain =
        isPlainAscii(display) && display.size() <= 200 && !display.contains(QLatin1String("=?"));
    if (display.isEmpty()) {
        phrase.clear();
    } else if (!plain) {
        phrase = headerText(display);
    } else if (isAtomText(display)) {
        phrase = display.toLatin1();
    } else {
        QString quoted = display;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        phrase = '"' + quoted.toLatin1() + '"';
    }
    const QByteArray angle = '<' + address.toLatin1() + '>';
    return phrase.isEmpty() ? angle : phrase + ' ' + angle;
}

QByteArray EmlWriter::write(const EmlMessage &message)
{
    QByteArray out;
    out += "MIME-Version: 1.0\r\n";
    if (message.date.isValid()) {
        const QDateTime utc = message.date.toUTC();
        out += "Date: " +
               QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
               " +0000\r\n";
    }
    const QString address = message.toAddress.trimmed();
    if (LetterText::isUsableAddress(address))
        out += "To: " + mailbox(message.toName, address) + "\r\n";
    const QByteArray subject = headerText(message.subject);
    out += subject.isEmpty() ? QByteArray("Subject:\r\n") : "Subject: " + subject + "\r\n";
    out += "X-Unsent: 1\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += quotedPrintable(message.body);
    return out;
}
