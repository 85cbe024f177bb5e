#include "ui/letters/LetterEditor.h"

#include "core/letters/LetterFiller.h"
#include "ui/letters/LetterColours.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextCursor>
#include <QVBoxLayout>

LetterEditor::LetterEditor(QWidget *parent)
    : QWidget(parent)
    , m_to(new QLabel(this))
    , m_addAddress(new QPushButton(tr("Add add&ress…"), this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
{
    m_to->setObjectName(QStringLiteral("letterTo"));
    m_to->setTextFormat(Qt::PlainText);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addAddress->setObjectName(QStringLiteral("addAddressButton"));
    m_subject->setObjectName(QStringLiteral("letterSubject"));
    m_body->setObjectName(QStringLiteral("letterBody"));
    m_body->setTabChangesFocus(true);
    m_warning->setObjectName(QStringLiteral("letterWarning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->hide();

    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_to, 1);
    toRow->addWidget(m_addAddress);
    auto *form = new QFormLayout;
    form->addRow(tr("To:"), toRow);
    form->addRow(tr("&Subject:"), m_subject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_body, 1);

    connect(m_addAddress, &QPushButton::clicked, this, &LetterEditor::addAddressRequested);
    connect(m_subject, &QLineEdit::editingFinished, this, &LetterEditor::editingFinished);
    connect(m_body, &QPlainTextEdit::textChanged, this, &LetterEditor::updateWarnings);
    m_body->installEventFilter(this);
    showLetter(std::nullopt, false);
}

bool LetterEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body && event->type() == QEvent::FocusOut)
        emit editingFinished();
    return QWidget::eventFilter(watched, event);
}

void LetterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateWarnings();
    QWidget::changeEvent(event);
}

void LetterEditor::showLetter(const std::optional<LetterInfo> &letter, bool sameAsOthers)
{
    m_letter = letter;
    m_sameAsOthers = sameAsOthers;
    const QSignalBlocker blockSubject(m_subject);
    const QSignalBlocker blockBody(m_body);
    if (!letter) {
        m_to->setText(tr("Select a letter on the left."));
        m_addAddress->hide();
        m_subject->clear();
        m_body->clear();
        m_subject->setEnabled(false);
        m_body->setEnabled(false);
        updateWarnings();
        return;
    }
    m_subject->setEnabled(true);
    m_body->setEnabled(true);
    const bool noAddress = letter->personEmail.trimmed().isEmpty();
    if (letter->fields.personId == 0)
        m_to->setText(tr("Nobody (the person was deleted)"));
    else if (noAddress)
        m_to->setText(tr("%1 (no email address)").arg(letter->personName));
    else
        m_to->setText(tr("%1 <%2>").arg(letter->personName, letter->personEmail));
    m_addAddress->setVisible(noAddress && letter->fields.personId != 0);
    m_subject->setText(letter->fields.subject);
    m_subject->setModified(false);
    m_body->setPlainText(letter->fields.body);
    m_body->document()->setModified(false);
    updateWarnings();
}

LetterFields LetterEditor::fields() const
{
    LetterFields fields = m_letter ? m_letter->fields : LetterFields();
    fields.subject = m_subject->text();
    fields.body = m_body->toPlainText();
    return fields;
}

bool LetterEditor::isModified() const
{
    return m_letter &&
           (fields().subject != m_letter->fields.subject || fields().body != m_letter->fields.body);
}

bool LetterEditor::selectNextGap()
{
    static const QRegularExpression gap(QStringLiteral("\\{([a-z_]{1,40})\\}"));
    const QString text = m_body->toPlainText();
    const auto find = [&text](qsizetype start) {
        QRegularExpressionMatchIterator it = gap.globalMatch(text, start);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (LetterFiller::placeholderNames().contains(match.captured(1)))
                return match;
        }
        return QRegularExpressionMatch();
    };
    QRegularExpressionMatch match = find(m_body->textCursor().selectionEnd());
    if (!match.hasMatch())
        match = find(0); // wrap around
    if (!match.hasMatch())
        return false;
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(int(match.capturedStart()));
    cursor.setPosition(int(match.capturedEnd()), QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->setFocus(Qt::ShortcutFocusReason);
    return true;
}

QStringList LetterEditor::sendingWarnings() const
{
    QStringList list;
    if (!m_letter)
        return list;
    const QStringList gaps =
        LetterFiller::unfilled(fields().subject + QLatin1Char('\n') + fields().body);
    if (!gaps.isEmpty()) {
        QStringList shown;
        for (const QString &name : gaps)
            shown << QLatin1Char('{') + name + QLatin1Char('}');
        list << tr("The letter still has gaps to fill: %1 (F3 selects the next one).")
                    .arg(shown.join(QStringLiteral(", ")));
    }
    if (m_sameAsOthers)
        list << tr("Another letter of this round has the same text. Write something personal "
                   "to each person.");
    return list;
}

QStringList LetterEditor::warnings() const
{
    QStringList list = sendingWarnings();
    if (m_letter && m_letter->fields.personId != 0 && m_letter->personEmail.trimmed().isEmpty())
        list << tr("There is no email address for %1; the mail program will ask for one.")
                    .arg(m_letter->personName);
    return list;
}

void LetterEditor::updateWarnings()
{
    const QStringList list = warnings();
    m_warning->setText(list.join(QLatin1Char('\n')));
    m_warning->setVisible(!list.isEmpty());
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText, LetterColours::warning(this->palette()));
    m_warning->setPalette(palette);
}

void LetterEditor::setReadOnly(bool readOnly)
{
    m_subject->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_addAddress->setEnabled(!readOnly);
}
