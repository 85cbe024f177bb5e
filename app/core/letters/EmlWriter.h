#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct EmlMessage
{
    QString toName;
    QString toAddress; // left out when empty or not usable
    QString subject;
    QString body;
    QDateTime date; // the Date header; left out when invalid
};

// An unsent message as an .eml file (RFC 5322 with MIME): CRLF line ends, UTF-8 text in
// quoted-printable so no line exceeds 76 octets, RFC 2047 encoded words for a subject or
// name that is not plain ASCII, and X-Unsent: 1 so that Outlook opens it as a draft.
class EmlWriter
{
public:
    static QByteArray write(const EmlMessage &message);

    // The body in quoted-printable (RFC 2045), lines joined with CRLF.
    static QByteArray quotedPrintable(const QString &text);
    // A header value: as it is when it is short printable ASCII, otherwise base64 encoded
    // words of at most 75 characters on folded lines, never splitting a character.
    static QByteArray headerText(const QString &text);
    // The display name and address for To.
    static QByteArray mailbox(const QString &name, const QString &address);
};
