#include "core/letters/MailtoLink.h"

#include "core/letters/LetterText.h"

QByteArray MailtoLink::percentEncoded(const QString &text)
{
    // QByteArray::toPercentEncoding leaves exactly the unreserved set as it is.
    return text.toUtf8().toPercentEncoding();
}

QByteArray MailtoLink::build(const QString &to, const QString &subject, const QString &body)
{
    QByteArray link("mailto:");
    const QString address = to.trimmed();
    if (LetterText::isUsableAddress(address))
        link += percentEncoded(address).replace("%40", "@");

    QList<QByteArray> fields;
    const QString oneLineSubject = LetterText::singleLine(subject);
    if (!oneLineSubject.isEmpty())
        fields << "subject=" + percentEncoded(oneLineSubject);
    const QString crlfBody = LetterText::lines(body).join(QStringLiteral("\r\n"));
    if (!crlfBody.isEmpty())
        fields << "body=" + percentEncoded(crlfBody);
    if (!fields.isEmpty())
        link += '?' + fields.join('&');
    return link;
}
