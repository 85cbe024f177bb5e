#include "core/ical/IcsText.h"

namespace {

// RFC 5545 forbids control characters in TEXT and parameter values except HTAB; anything
// else would corrupt the line structure for the reader on the other side.
bool isForbiddenControl(QChar c)
{
    return (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f;
}

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xc0) == 0x80;
}

} // namespace

QString IcsText::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\')) {
            out += QLatin1String("\\\\");
        } else if (c == QLatin1Char(';')) {
            out += QLatin1String("\\;");
        } else if (c == QLatin1Char(',')) {
            out += QLatin1String("\\,");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\r')) {
            // Windows line ends become one newline, not two.
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                continue;
            out += QLatin1String("\\n");
        } else if (!isForbiddenControl(c)) {
            out += c;
        }
    }
    return out;
}

QString IcsText::unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text[++i];
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else
            // Covers \\ \; \, and also the needless escapes (such as \:) some programs write.
            out += next;
    }
    return out;
}

QString IcsText::encodeParameterValue(QStringView value)
{
    QString out;
    out.reserve(value.size());
    bool needsQuotes = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('^')) {
            out += QLatin1String("^^");
        } else if (c == QLatin1Char('"')) {
            out += QLatin1String("^'");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("^n");
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < value.size() && value[i + 1] == QLatin1Char('\n'))
                continue;
            out += QLatin1String("^n");
        } else if (!isForbiddenControl(c)) {
            if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char(','))
                needsQuotes = true;
            out += c;
        }
    }
    if (needsQuotes)
        return QLatin1Char('"') + out + QLatin1Char('"');
    return out;
}

QString IcsText::decodeParameterValue(QStringView value)
{
    if (!value.contains(QLatin1Char('^')))
        return value.toString();
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != QLatin1Char('^') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value[i + 1];
        if (next == QLatin1Char('^')) {
            out += QLatin1Char('^');
            ++i;
        } else if (next == QLatin1Char('n') || next == QLatin1Char('N')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (next == QLatin1Char('\'')) {
            out += QLatin1Char('"');
            ++i;
        } else {
            // RFC 6868 says an unknown caret sequence is kept as written.
            out += c;
        }
    }
    return out;
}

QByteArray IcsText::foldLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + (line.size() / (MaxLineOctets - 1) + 1) * 3);
    qsizetype pos = 0;
    // The leading space of a continuation line counts towards its 75 octets.
    qsizetype room = MaxLineOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back up to the first byte of a character so no UTF-8 sequence is torn in two;
        // strict readers decode each physical line on its own.
        while (cut > pos && isUtf8Continuation(line[cut]))
            --cut;
        out += QByteArrayView(line).sliced(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = MaxLineOctets - 1;
    }
    out += QByteArrayView(line).sliced(pos);
    out += "\r\n";
    return out;
}
