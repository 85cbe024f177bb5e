#pragma once

#include <QString>

// User and imported text is never markup and, in one-line fields, never layout: these
// helpers make sure Qt's rich-text detection and Unicode's invisible controls cannot turn a
// company name into an image request or make "gnp.exe" read as "exe.png".
class PlainText
{
public:
    // Text for a tooltip or another widget that renders text as HTML when it looks like
    // HTML: escaped, with its line breaks kept. Empty stays empty (no tooltip).
    static QString toolTip(const QString &text);

    // True for characters a one-line field must not hold: control characters (line breaks
    // and tabs included), line and paragraph separators, bidirectional overrides, embeddings
    // and isolates, and invisible characters that only serve to hide text. Joiners used by
    // Persian, Indic scripts and emoji are kept.
    static bool isUnsafeInLine(char32_t character);

    static bool hasUnsafeInLine(const QString &text);

    // The text with every run of line breaks and tabs turned into one space (none at the
    // start) and the other unsafe characters removed. Text without them is returned
    // unchanged, byte for byte.
    static QString singleLine(const QString &text);
};
