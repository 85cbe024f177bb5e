#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

// Reads an .eml file back the way a mail program would, written independently of the
// writer so the tests check the format rather than the code: headers unfolded, RFC 2047
// words decoded, the quoted-printable body decoded. Structural faults are collected.
struct ParsedEml
{
    QList<QPair<QByteArray, QString>> headers; // name as written, decoded value
    QString body;
    QStringList faults;

    QString header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    int count(const QByteArray &name) const
    {
        int n = 0;
        for (const auto &header : headers)
            n += header.first.compare(name, Qt::CaseInsensitive) == 0;
        return n;
    }
};

inline QString decodeEncodedWords(const QByteArray &raw)
{
    static const QRegularExpression word(
        QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=(?:\\s+(?==\\?))?"));
    const QString text = QString::fromLatin1(raw);
    QByteArray out;
    qsizetype copied = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(copied, m.capturedStart() - copied).toLatin1();
        const QByteArray payload = m.captured(3).toLatin1();
        if (m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            out += QByteArray::fromBase64(payload);
        } else {
            QByteArray q = payload;
            q.replace('_', ' ');
            out += QByteArray::fromPercentEncoding(q, '=');
        }
        copied = m.capturedEnd();
    }
    out += text.mid(copied).toLatin1();
    return QString::fromUtf8(out);
}

inline QByteArray decodeQuotedPrintable(const QByteArray &encoded, QStringList *faults)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (encoded.mid(i + 1, 2) == "\r\n") { // soft break
            i += 2;
            continue;
        }
        bool ok = false;
        const int value = encoded.mid(i + 1, 2).toInt(&ok, 16);
        if (!ok || encoded.mid(i + 1, 2) != encoded.mid(i + 1, 2).toUpper())
            faults->append(QStringLiteral("bad escape at %1").arg(i));
        out += char(value);
        i += 2;
    }
    return out;
}

inline ParsedEml parseEml(const QByteArray &file)
{
    ParsedEml parsed;
    // Every line ends in CRLF; no bare CR or LF anywhere.
    for (qsizetype i = 0; i < file.size(); ++i) {
        if (file.at(i) == '\n' && (i == 0 || file.at(i - 1) != '\r'))
            parsed.faults << QStringLiteral("bare LF at %1").arg(i);
        if (file.at(i) == '\r' && (i + 1 >= file.size() || file.at(i + 1) != '\n'))
            parsed.faults << QStringLiteral("bare CR at %1").arg(i);
        if (static_cast<unsigned char>(file.at(i)) > 127)
            parsed.faults << QStringLiteral("8-bit octet at %1").arg(i);
    }
    if (!file.endsWith("\r\n"))
        parsed.faults << QStringLiteral("no CRLF at the end");
    const QByteArrayList lines = file.split('\n');
    for (const QByteArray &line : lines)
        if (line.size() > 998 + 1)
            parsed.faults << QStringLiteral("line longer than 998 octets");

    const qsizetype split = file.indexOf("\r\n\r\n");
    if (split < 0) {
        parsed.faults << QStringLiteral("no blank line after the headers");
        return parsed;
    }
    const QByteArrayList headerLines = file.left(split).split('\n');
    QList<QPair<QByteArray, QByteArray>> raw;
    for (QByteArray line : headerLines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (raw.isEmpty())
                parsed.faults << QStringLiteral("continuation before any header");
            else
                raw.last().second += line; // unfold: drop the CRLF, keep the space
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            parsed.faults << QStringLiteral("header without a name: ") + QString::fromLatin1(line);
            continue;
        }
        raw.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    for (const auto &[name, value] : raw)
        parsed.headers.append({name, decodeEncodedWords(value)});

    const QByteArray encodedBody = file.mid(split + 4);
    for (const QByteArray &line : encodedBody.split('\n'))
        if (line.size() > 76 + 1)
            parsed.faults << QStringLiteral("quoted-printable line longer than 76");
    QByteArray decoded = decodeQuotedPrintable(encodedBody, &parsed.faults);
    decoded.replace("\r\n", "\n");
    if (decoded.endsWith('\n'))
        decoded.chop(1);
    parsed.body = QString::fromUtf8(decoded);
    return parsed;
}
