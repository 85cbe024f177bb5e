#pragma once

#include <QValidator>

class QLineEdit;

// Keeps line breaks, control characters and bidirectional overrides out of a one-line field
// as the user types or pastes (and when a form is filled from an invitation), and says so
// next to the field: an override can make "gnp.exe" read as "exe.png", a line break makes a
// card's lines overlap.
class SingleLineValidator : public QValidator
{
    Q_OBJECT

public:
    explicit SingleLineValidator(QObject *parent = nullptr);

    // Sets the validator on the field and shows removedMessage() beside it when it cleans.
    static void install(QLineEdit *edit);
    static QString removedMessage();

    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

signals:
    void cleaned();
};
