#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// The small encodings iCalendar layers on top of plain text: TEXT escaping (RFC 5545 3.3.11),
// parameter values (RFC 5545 3.2 with the caret escapes of RFC 6868) and line folding
// (RFC 5545 3.1).
class IcsText
{
public:
    // RFC 5545 counts octets, not characters, and excludes the CRLF.
    static constexpr int MaxLineOctets = 75;

    static QString escape(QStringView text);
    static QString unescape(QStringView text);

    // Quotes only when the value would otherwise end the parameter early.
    static QString encodeParameterValue(QStringView value);
    static QString decodeParameterValue(QStringView value);

    // Takes one unfolded content line in UTF-8 without line break and returns it folded,
    // every physical line ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);
};
