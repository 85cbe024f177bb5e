#include "core/letters/LetterText.h"

#include "core/text/PlainText.h"

#include <QRegularExpression>

namespace {
bool isControl(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}
} // namespace

QString LetterText::withoutControls(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isControl(c.unicode()))
            result.append(c);
    }
    return result;
}

QStringList LetterText::lines(const QString &text)
{
    QString normalized = withoutControls(text);
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normalized.split(QLatin1Char('\n'));
}

QString LetterText::singleLine(const QString &text)
{
    return PlainText::singleLine(text);
}

bool LetterText::isUsableAddress(const QString &address)
{
    // Deliberately narrower than RFC 5322: quoted local parts and internationalised
    // addresses are left out, so what is written needs no quoting anywhere.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}
