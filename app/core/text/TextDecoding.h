#pragma once

#include <QByteArray>
#include <QString>

// Turning the bytes of a text file from another program into text.
class TextDecoding
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    // What spreadsheet programs write: UTF-16 with a byte-order mark (Excel's "Unicode
    // text"), UTF-8 with or without one, and, when the bytes are not well-formed UTF-8, the
    // Windows code page of Western Europe and the Americas (Excel's plain "CSV" on Windows).
    // The byte-order mark is not part of the text.
    static Decoded decode(const QByteArray &bytes);

    // The offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong
    // forms, no surrogates, nothing above U+10FFFF), or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);

    static QString fromWindows1252(const QByteArray &bytes);
    // The encoding's name for messages and previews ("UTF-8", "Windows-1252", …).
    static QString name(Encoding encoding);
};
