#include "ui/letters/LetterDocument.h"

#include "core/letters/LetterText.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextCursor>
#include <QTextDocument>

std::unique_ptr<QTextDocument> LetterDocument::build(const LetterInfo &letter)
{
    auto document = std::make_unique<QTextDocument>();
    QTextCursor cursor(document.get());
    QTextCharFormat small;
    small.setFontPointSize(9);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(12);
    QTextCharFormat body;
    body.setFontPointSize(11);

    QString to = letter.personName;
    if (!letter.personEmail.isEmpty())
        to += QStringLiteral(" <%1>").arg(letter.personEmail);
    cursor.insertText(
        QCoreApplication::translate("LetterDocument", "To: %1").arg(LetterText::singleLine(to)),
        small);
    cursor.insertBlock();
    cursor.insertText(LetterText::singleLine(letter.fields.subject), heading);
    cursor.insertBlock();
    cursor.insertBlock();
    const QStringList lines = LetterText::lines(letter.fields.body);
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(lines.at(i), body);
    }
    return document;
}
