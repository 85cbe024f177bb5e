#pragma once

#include <QString>
#include <QStringList>

// Shared rules for putting a letter's text into a file or a link: what a mail program
// should never receive (control characters) and how lines are split, so the mailto link,
// the .eml file and the clipboard agree on what the user wrote.
class LetterText
{
public:
    // Removes control characters (C0 other than tab and line breaks, DEL, C1). Everything
    // else, markup and direction marks included, stays exactly as typed.
    static QString withoutControls(const QString &text);
    // Lines of a text whose breaks may be CRLF, CR or LF; control characters removed.
    static QStringList lines(const QString &text);
    // One line for a header or a subject: breaks become one space; controls and direction
    // overrides removed (PlainText::singleLine, as every one-line field of the app).
    static QString singleLine(const QString &text);
    // An address a mail header or a mailto link can carry as it is (ASCII, one @, no spaces,
    // nothing that would end the address or start another one). Empty is not usable.
    static bool isUsableAddress(const QString &address);
};
