#pragma once

#include "core/letters/LetterTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The letter being written: who it goes to, the subject and the text, with what is still
// missing (gaps such as {topic}, no email address, the same text as another letter of the
// round) said above it. Edits become an undo step when the view commits them.
class LetterEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LetterEditor(QWidget *parent = nullptr);

    // Shows a letter (nullopt: none selected). sameAsOthers: another letter of the round
    // has the same text. Typing that was not committed is replaced.
    void showLetter(const std::optional<LetterInfo> &letter, bool sameAsOthers);
    const std::optional<LetterInfo> &letter() const { return m_letter; }

    // What the user typed, on top of the letter shown.
    LetterFields fields() const;
    bool isModified() const;
    // Selects the next gap ({topic}, …) after the cursor, wrapping; false when there is none.
    bool selectNextGap();
    // What is asked about before the letter is marked sent: gaps left ({topic}) and the same
    // text as another letter of the round.
    QStringList sendingWarnings() const;
    // Those and a missing address, as shown above the text.
    QStringList warnings() const;
    void setReadOnly(bool readOnly);

    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }

signals:
    // Focus left the subject or the text: a good moment to commit.
    void editingFinished();
    void addAddressRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateWarnings();

    std::optional<LetterInfo> m_letter;
    bool m_sameAsOthers = false;
    QLabel *m_to;
    QPushButton *m_addAddress;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_warning;
};
