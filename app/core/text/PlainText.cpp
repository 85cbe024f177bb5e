#include "core/text/PlainText.h"

namespace {

bool isBreak(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == U'\t' || c == U'\v' || c == U'\f' || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

} // namespace

QString PlainText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    // The paragraph makes Qt treat the tooltip as rich text whatever it holds, so the
    // escaped text is shown literally; pre-wrap keeps the line breaks.
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

bool PlainText::isUnsafeInLine(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    switch (c) {
    case 0x061c: // Arabic letter mark
    case 0x180e: // Mongolian vowel separator, invisible
    case 0x200b: // zero width space
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0xfeff: // zero width no-break space
        return true;
    default:
        break;
    }
    return (c >= 0x202a && c <= 0x202e)     // embeddings and overrides
           || (c >= 0x2060 && c <= 0x2064)  // word joiner, invisible operators
           || (c >= 0x2066 && c <= 0x206f)  // isolates, deprecated format characters
           || (c >= 0xfff9 && c <= 0xfffb); // interlinear annotation
}

bool PlainText::hasUnsafeInLine(const QString &text)
{
    // Every unsafe character is in the Basic Multilingual Plane, so UTF-16 units will do;
    // surrogates are never unsafe and pass through as they are.
    for (const QChar c : text) {
        if (isUnsafeInLine(c.unicode()))
            return true;
    }
    return false;
}

QString PlainText::singleLine(const QString &text)
{
    if (!hasUnsafeInLine(text))
        return text;
    QString out;
    out.reserve(text.size());
    bool lastWasBreak = false;
    for (const QChar character : text) {
        const char32_t c = character.unicode();
        if (isBreak(c)) {
            if (!lastWasBreak && !out.isEmpty())
                out += QLatin1Char(' ');
            lastWasBreak = true;
            continue;
        }
        if (isUnsafeInLine(c))
            continue;
        lastWasBreak = false;
        out += character;
    }
    return out;
}
