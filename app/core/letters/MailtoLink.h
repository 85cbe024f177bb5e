#pragma once

#include <QByteArray>
#include <QString>

// A mailto: link (RFC 6068) that opens a letter in the user's mail program: every byte of
// the UTF-8 text percent-encoded except the unreserved characters, %20 for spaces, %0D%0A
// for line breaks, and only the to, subject and body fields.
class MailtoLink
{
public:
    // Mail programs cut longer links (Outlook near 2,000 characters, web mail sooner); above
    // this the letter is saved as an .eml file instead.
    static constexpr qsizetype MaxLength = 1800;

    // An address that is empty or not usable is left out; the link still opens a new
    // message with the subject and body.
    static QByteArray build(const QString &to, const QString &subject, const QString &body);
    static bool fitsMailPrograms(const QByteArray &link) { return link.size() <= MaxLength; }

    // UTF-8, every byte but A–Z a–z 0–9 - . _ ~ as %XX (upper-case hex).
    static QByteArray percentEncoded(const QString &text);
};
