#include "ui/letters/TemplatesDialog.h"

#include "core/letters/LetterComposer.h"
#include "core/letters/LetterFiller.h"
#include "core/letters/LetterStore.h"
#include "ui/Prompter.h"
#include "ui/letters/LetterColours.h"
#include "ui/letters/LetterCommand.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QList<TemplateOccasion> occasions = {TemplateOccasion::First,    TemplateOccasion::Later,
                                           TemplateOccasion::Panel,    TemplateOccasion::Final,
                                           TemplateOccasion::FollowUp, TemplateOccasion::Other};

QString occasionText(TemplateOccasion occasion)
{
    switch (occasion) {
    case TemplateOccasion::First:
        return TemplatesDialog::tr("After a first interview");
    case TemplateOccasion::Later:
        return TemplatesDialog::tr("After a second or later round");
    case TemplateOccasion::Panel:
        return TemplatesDialog::tr("After a panel interview");
    case TemplateOccasion::Final:
        return TemplatesDialog::tr("After a final round");
    case TemplateOccasion::FollowUp:
        return TemplatesDialog::tr("Follow-up after a week");
    case TemplateOccasion::Other:
        return TemplatesDialog::tr("Other");
    }
    return {};
}
} // namespace

TemplatesDialog::TemplatesDialog(LetterStore *store, QUndoStack *undoStack, bool readOnly,
                                 const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_readOnly(readOnly)
    , m_windowLanguage(LetterComposer::baseLanguage(language))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_occasion(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save template"), this))
    , m_add(new QPushButton(tr("&New template"), this))
    , m_delete(new QPushButton(tr("&Delete template"), this))
{
    setWindowTitle(tr("Letter templates"));
    setObjectName(QStringLiteral("templatesDialog"));
    m_list->setObjectName(QStringLiteral("templateList"));
    // Names are long in some languages ("Après un entretien avec plusieurs interlocuteurs"):
    // they wrap rather than run under the edge.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setMaxLength(200);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_occasion->setObjectName(QStringLiteral("templateOccasion"));
    for (TemplateOccasion occasion : occasions)
        m_occasion->addItem(occasionText(occasion), int(occasion));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_add->setObjectName(QStringLiteral("newTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));

    QStringList names;
    for (const QString &name : LetterFiller::placeholderNames())
        names << QLatin1Char('{') + name + QLatin1Char('}');
    auto *help = new QLabel(tr("Gaps filled in for each person: %1. {round} reads “second "
                               "interview” (German: “zweite Gespräch”, so write “das {round}”). "
                               "What stays unfilled is pointed out before a letter is sent.")
                                .arg(names.join(QStringLiteral(", "))),
                            this);
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&For:"), m_occasion);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Text:"), m_body);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(help);
    right->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(900, 560);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::saveCurrent);
    connect(m_add, &QPushButton::clicked, this, &TemplatesDialog::addTemplate);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_shown)
            return;
        // Leaving a changed template saves it, as the letters themselves are saved.
        if (m_shown >= 0 && isModified() && !saveCurrent()) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(m_shown);
            return;
        }
        m_shown = row;
        showCurrent();
    });
    for (QWidget *input : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_subject),
                           static_cast<QWidget *>(m_body)})
        input->setEnabled(!m_readOnly);
    m_language->setEnabled(!m_readOnly);
    m_occasion->setEnabled(!m_readOnly);
    m_save->setEnabled(!m_readOnly);
    m_add->setEnabled(!m_readOnly);
    m_delete->setEnabled(!m_readOnly);

    reload(0);
}

void TemplatesDialog::reload(qint64 selectId)
{
    auto templates = m_store->templates();
    if (!templates) {
        m_problem->setText(templates.error());
        return;
    }
    m_templates = templates.take();
    // The window's language first, then the others.
    std::stable_sort(m_templates.begin(), m_templates.end(),
                     [this](const LetterTemplate &a, const LetterTemplate &b) {
                         return (LetterComposer::baseLanguage(a.language) == m_windowLanguage) >
                                (LetterComposer::baseLanguage(b.language) == m_windowLanguage);
                     });
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const LetterTemplate &t = m_templates.at(i);
        m_list->addItem(tr("%1 (%2)").arg(t.name, t.language));
        if (t.id == selectId)
            row = i;
    }
    m_shown = m_templates.isEmpty() ? -1 : row;
    m_list->setCurrentRow(m_shown);
    showCurrent();
}

void TemplatesDialog::showCurrent()
{
    const bool any = m_shown >= 0 && m_shown < m_templates.size();
    const LetterTemplate t = any ? m_templates.at(m_shown) : LetterTemplate();
    m_name->setText(t.name);
    int language = m_language->findData(LetterComposer::baseLanguage(t.language));
    if (language < 0 && any) {
        m_language->addItem(t.language, t.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(std::max(language, 0));
    m_occasion->setCurrentIndex(std::max(0, int(occasions.indexOf(t.occasion))));
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    m_problem->clear();
    m_delete->setEnabled(any && !m_readOnly);
}

LetterTemplate TemplatesDialog::edited() const
{
    LetterTemplate t =
        m_shown >= 0 && m_shown < m_templates.size() ? m_templates.at(m_shown) : LetterTemplate();
    t.name = m_name->text();
    t.language = m_language->currentData().toString();
    t.occasion = occasions.value(m_occasion->currentIndex(), TemplateOccasion::Other);
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

bool TemplatesDialog::isModified() const
{
    return m_shown >= 0 && m_shown < m_templates.size() && !m_readOnly &&
           !(edited() == m_templates.at(m_shown));
}

qint64 TemplatesDialog::push(qint64 id, const QString &text, std::function<Result<qint64>()> change)
{
    LetterCommand::Hooks hooks;
    QString failure;
    hooks.failed = [&failure](const QString &message) {
        failure = message;
    };
    auto *command = new TemplateCommand(m_store, id, text, std::move(change), std::move(hooks));
    m_undoStack->push(command);
    if (!failure.isEmpty()) {
        // The stack has dropped the command already.
        m_problem->setText(failure);
        return 0;
    }
    m_problem->clear();
    return command->templateId();
}

bool TemplatesDialog::saveCurrent()
{
    if (!isModified())
        return true;
    const LetterTemplate t = edited();
    if (const QString problem = LetterStore::validate(t); !problem.isEmpty()) {
        m_problem->setText(problem);
        return false;
    }
    QStringList unknown;
    for (const QString &name : LetterFiller::unknownPlaceholders(t.subject + t.body))
        unknown << QLatin1Char('{') + name + QLatin1Char('}');
    push(t.id, tr("Edit letter template"), [this, t]() -> Result<qint64> {
        if (Status ok = m_store->updateTemplate(t); !ok)
            return ok;
        return t.id;
    });
    reload(t.id);
    if (!unknown.isEmpty())
        m_problem->setText(tr("Saved. These are not gaps the app fills in and stay as written: "
                              "%1")
                               .arg(unknown.join(QStringLiteral(", "))));
    return true;
}

void TemplatesDialog::addTemplate()
{
    if (!saveCurrent())
        return;
    LetterTemplate t;
    t.name = tr("New template");
    // Written in the interface's language when templates can be in it, else in English.
    t.language =
        m_language->findData(m_windowLanguage) >= 0 ? m_windowLanguage : QStringLiteral("en");
    t.occasion = TemplateOccasion::Other;
    t.subject = tr("Thank you for the {round}");
    t.body = tr("Dear {first_name},\n\n\n\nBest regards,\n{my_name}");
    const qint64 made = push(0, tr("New letter template"),
                             [this, t]() -> Result<qint64> { return m_store->createTemplate(t); });
    reload(made);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void TemplatesDialog::deleteCurrent()
{
    if (m_shown < 0 || m_shown >= m_templates.size())
        return;
    const LetterTemplate t = m_templates.at(m_shown);
    if (!Prompter::instance().confirm(
            this, tr("Delete template"),
            tr("Delete the template “%1”? Letters written from it keep their text.").arg(t.name),
            tr("Delete")))
        return;
    push(t.id, tr("Delete letter template"), [this, t]() -> Result<qint64> {
        if (Status ok = m_store->deleteTemplate(t.id); !ok)
            return ok;
        return t.id;
    });
    m_shown = -1;
    reload(0);
}

void TemplatesDialog::done(int result)
{
    if (isModified() && !saveCurrent())
        return;
    QDialog::done(result);
}
