#include "ui/practice/StoryDialog.h"

#include "core/practice/PracticeStore.h"
#include "core/practice/SpeakingTime.h"
#include "ui/Prompter.h"
#include "ui/text/PlaceholderWidth.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *starEdit(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(60);
    return edit;
}
} // namespace

StoryDialog::StoryDialog(const StoryFields &fields, QWidget *parent)
    : QDialog(parent)
    , m_initial(fields)
    , m_title(new QLineEdit(fields.title, this))
    , m_situation(starEdit(this, tr("Where and when; what was at stake.")))
    , m_task(starEdit(this, tr("What you had to achieve.")))
    , m_action(starEdit(this, tr("What you did, step by step: “I”, not “we”.")))
    , m_result(starEdit(this, tr("What came of it.")))
    , m_measurable(new QLineEdit(fields.measurableResult, this))
    , m_skills(new QLineEdit(fields.skills.join(QStringLiteral("; ")), this))
    , m_speaking(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(fields.title.isEmpty() ? tr("New story") : tr("Edit story"));
    m_situation->setPlainText(fields.situation);
    m_task->setPlainText(fields.task);
    m_action->setPlainText(fields.action);
    m_result->setPlainText(fields.result);
    m_measurable->setPlaceholderText(tr("A number if you have one: “cut waiting time by 40 %”"));
    PlaceholderWidth::fit(m_measurable);
    m_skills->setPlaceholderText(tr("Separate skills with ;"));
    m_speaking->setTextFormat(Qt::PlainText);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Situation:"), m_situation);
    form->addRow(tr("T&ask:"), m_task);
    form->addRow(tr("A&ction:"), m_action);
    form->addRow(tr("&Result:"), m_result);
    form->addRow(tr("&Measurable result:"), m_measurable);
    form->addRow(tr("S&kills:"), m_skills);
    form->addRow(QString(), m_speaking);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StoryDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QPlainTextEdit *edit : {m_situation, m_task, m_action, m_result})
        connect(edit, &QPlainTextEdit::textChanged, this, &StoryDialog::updateSpeakingTime);
    updateSpeakingTime();
    resize(640, 620);
}

StoryFields StoryDialog::fields() const
{
    StoryFields fields;
    fields.title = m_title->text();
    fields.situation = m_situation->toPlainText();
    fields.task = m_task->toPlainText();
    fields.action = m_action->toPlainText();
    fields.result = m_result->toPlainText();
    fields.measurableResult = m_measurable->text();
    fields.skills = QuestionFile::splitTags(m_skills->text());
    return fields;
}

void StoryDialog::updateSpeakingTime()
{
    m_speaking->setText(SpeakingTime::describe(
        m_situation->toPlainText() + QLatin1Char(' ') + m_task->toPlainText() + QLatin1Char(' ') +
        m_action->toPlainText() + QLatin1Char(' ') + m_result->toPlainText()));
}

void StoryDialog::accept()
{
    const QString problem = PracticeStore::validateStory(fields());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

void StoryDialog::reject()
{
    const StoryFields now = fields();
    const bool modified = now.title != m_initial.title || now.situation != m_initial.situation ||
                          now.task != m_initial.task || now.action != m_initial.action ||
                          now.result != m_initial.result ||
                          now.measurableResult != m_initial.measurableResult ||
                          now.skills != m_initial.skills;
    if (modified && !Prompter::instance().confirmDiscardTyping(this))
        return;
    QDialog::reject();
}
