#include "ui/practice/QuestionDialog.h"

#include "core/practice/PracticeStore.h"
#include "core/practice/QuestionCategory.h"
#include "core/practice/SpeakingTime.h"
#include "ui/Prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

QuestionDialog::QuestionDialog(const QuestionFields &fields, const QList<StoryInfo> &stories,
                               QWidget *parent)
    : QDialog(parent)
    , m_initial(fields)
    , m_category(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_answer(new QPlainTextEdit(this))
    , m_speaking(new QLabel(this))
    , m_tags(new QLineEdit(this))
    , m_stories(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(fields.text.isEmpty() ? tr("New question") : tr("Edit question"));
    for (const QString &key : QuestionCategory::keys())
        m_category->addItem(QuestionCategory::name(key), key);
    m_category->setCurrentIndex(
        std::max(0, int(QuestionCategory::keys().indexOf(fields.category))));
    for (const QString &key : QuestionCategory::audiences())
        m_audience->addItem(QuestionCategory::audienceName(key), key);
    m_audience->setCurrentIndex(
        std::max(0, int(QuestionCategory::audiences().indexOf(fields.audience))));
    m_text->setText(fields.text);
    m_text->setMaxLength(QuestionFile::MaximumQuestionLength);
    m_answer->setPlainText(fields.answer);
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("Your answer: short, concrete, ending with the result."));
    m_tags->setText(fields.tags.join(QStringLiteral("; ")));
    m_tags->setPlaceholderText(tr("Separate tags with ;"));
    m_speaking->setTextFormat(Qt::PlainText);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();

    for (const StoryInfo &story : stories) {
        auto *item = new QListWidgetItem(story.fields.title, m_stories);
        item->setData(Qt::UserRole, story.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(fields.storyIds.contains(story.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_stories->setMaximumHeight(120);

    auto *form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Suits:"), m_audience);
    form->addRow(tr("&Question:"), m_text);
    form->addRow(tr("&Answer:"), m_answer);
    form->addRow(QString(), m_speaking);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("St&ories:"), m_stories);
    if (stories.isEmpty())
        m_stories->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuestionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_answer, &QPlainTextEdit::textChanged, this, &QuestionDialog::updateSpeakingTime);
    connect(m_category, &QComboBox::currentIndexChanged, this, &QuestionDialog::updateAudience);
    updateSpeakingTime();
    updateAudience();
    resize(640, 520);
}

QuestionFields QuestionDialog::fields() const
{
    QuestionFields fields;
    fields.category = m_category->currentData().toString();
    fields.audience = fields.category == QuestionCategory::toAsk()
                          ? m_audience->currentData().toString()
                          : QString();
    fields.text = m_text->text();
    fields.answer = m_answer->toPlainText();
    fields.tags = QuestionFile::splitTags(m_tags->text());
    for (int i = 0; i < m_stories->count(); ++i) {
        if (m_stories->item(i)->checkState() == Qt::Checked)
            fields.storyIds << m_stories->item(i)->data(Qt::UserRole).toLongLong();
    }
    return fields;
}

bool QuestionDialog::fieldsChanged() const
{
    const QuestionFields now = fields();
    return now.category != m_initial.category || now.answer != m_initial.answer ||
           now.tags != m_initial.tags || now.storyIds != m_initial.storyIds ||
           now.audience != m_initial.audience.trimmed();
}

void QuestionDialog::updateSpeakingTime()
{
    m_speaking->setText(SpeakingTime::describe(m_answer->toPlainText()));
}

void QuestionDialog::updateAudience()
{
    m_audience->setEnabled(m_category->currentData().toString() == QuestionCategory::toAsk());
}

void QuestionDialog::accept()
{
    const QString problem = PracticeStore::validateQuestion(fields());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

void QuestionDialog::reject()
{
    if (isModified() && !Prompter::instance().confirmDiscardTyping(this))
        return;
    QDialog::reject();
}
