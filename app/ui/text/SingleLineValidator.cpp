#include "ui/text/SingleLineValidator.h"

#include "core/text/PlainText.h"

#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QToolTip>

SingleLineValidator::SingleLineValidator(QObject *parent)
    : QValidator(parent)
{}

void SingleLineValidator::install(QLineEdit *edit)
{
    auto *validator = new SingleLineValidator(edit);
    edit->setValidator(validator);
    connect(validator, &SingleLineValidator::cleaned, edit, [edit] {
        edit->setProperty("cleanedMessage", removedMessage());
        // After the edit has taken the cleaned text, so the tip is not hidden by the change.
        QTimer::singleShot(0, edit, [edit = QPointer<QLineEdit>(edit)] {
            if (edit && edit->isVisible())
                QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), removedMessage(),
                                   edit);
        });
    });
}

QString SingleLineValidator::removedMessage()
{
    return tr("Line breaks and invisible control characters (such as text direction "
              "overrides) were removed; this field holds one line of visible text.");
}

QValidator::State SingleLineValidator::validate(QString &input, int &pos) const
{
    if (!PlainText::hasUnsafeInLine(input))
        return Acceptable;
    const qsizetype before = PlainText::singleLine(input.left(pos)).size();
    input = PlainText::singleLine(input);
    pos = int(std::min(before, input.size()));
    // Qt calls validate() through a const pointer; announcing the change is not a change.
    emit const_cast<SingleLineValidator *>(this)->cleaned();
    return Acceptable;
}

void SingleLineValidator::fixup(QString &input) const
{
    input = PlainText::singleLine(input);
}
