#include "ui/rounds/PersonDialog.h"
#include "ui/text/SingleLineValidator.h"

#include "core/RoundStore.h"
#include "ui/InlineErrors.h"
#include "ui/Prompter.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

int key(PersonDialog::Field field)
{
    return static_cast<int>(field);
}

QLineEdit *createEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    SingleLineValidator::install(edit);
    return edit;
}

} // namespace

PersonDialog::PersonDialog(RoundStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_errors(std::make_unique<InlineErrors>(this))
{
    setWindowTitle(tr("New person"));
    setSizeGripEnabled(true);

    m_nameEdit = createEdit(QStringLiteral("nameEdit"), this);
    m_nameEdit->setPlaceholderText(tr("Required"));
    m_titleEdit = createEdit(QStringLiteral("titleEdit"), this);
    m_titleEdit->setPlaceholderText(tr("Engineering manager, recruiter…"));
    m_emailEdit = createEdit(QStringLiteral("emailEdit"), this);
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    m_emailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_phoneEdit = createEdit(QStringLiteral("phoneEdit"), this);
    m_phoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_profileUrlEdit = createEdit(QStringLiteral("profileUrlEdit"), this);
    m_profileUrlEdit->setPlaceholderText(tr("https://…"));
    m_profileUrlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setPlaceholderText(
        tr("Their role in the decision, what they asked about, what matters to them."));
    // Tab should reach the buttons, not insert a tab character, for keyboard users.
    m_notesEdit->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](const QString &labelText, QWidget *input, Field field,
                                     const QString &errorName) {
        // The buddy must be the input itself, not the cell that also holds the error.
        auto *label = new QLabel(labelText, this);
        label->setBuddy(input);
        form->addRow(label,
                     errorName.isEmpty() ? input : m_errors->wrap(key(field), input, errorName));
    };
    addRow(tr("&Name:"), m_nameEdit, Field::Name, QStringLiteral("nameError"));
    addRow(tr("&Title:"), m_titleEdit, Field::Other, {});
    addRow(tr("&Email:"), m_emailEdit, Field::Email, QStringLiteral("emailError"));
    addRow(tr("&Phone:"), m_phoneEdit, Field::Other, {});
    addRow(tr("Profile &link:"), m_profileUrlEdit, Field::ProfileUrl,
           QStringLiteral("profileUrlError"));
    addRow(tr("What they &care about:"), m_notesEdit, Field::Other, {});

    // A rule of the store the field checks above do not cover lands here.
    auto *otherError = new QLabel(this);
    otherError->setObjectName(QStringLiteral("personError"));
    m_errors->add(key(Field::Other), nullptr, otherError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(otherError);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_nameEdit, m_titleEdit, m_emailEdit, m_phoneEdit, m_profileUrlEdit})
        connect(edit, &QLineEdit::textChanged, this, &PersonDialog::revalidateIfShowingProblems);
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this,
            &PersonDialog::revalidateIfShowingProblems);

    m_errors->updateColours();
    m_nameEdit->setFocus();
    m_initialFields = fields();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::prepareNew(qint64 companyId)
{
    m_companyId = companyId;
    m_personId = 0;
    m_liveValidation = false;
    setWindowTitle(tr("New person"));
    setFields({});
    m_errors->show({});
    m_initialFields = fields();
    m_nameEdit->setFocus();
}

Status PersonDialog::prepareEdit(qint64 personId)
{
    if (!m_store)
        return Status::failure(tr("No file is open."));
    auto person = m_store->person(personId);
    if (!person)
        return person.status();
    m_companyId = person.value().companyId;
    m_personId = personId;
    m_liveValidation = false;
    setWindowTitle(tr("Edit person — %1").arg(person.value().fields.name));
    setFields(person.value().fields);
    m_errors->show({});
    m_initialFields = fields();
    m_nameEdit->setFocus();
    return Status::success();
}

void PersonDialog::setFields(const PersonFields &fields)
{
    m_nameEdit->setText(fields.name);
    m_titleEdit->setText(fields.title);
    m_emailEdit->setText(fields.email);
    m_phoneEdit->setText(fields.phone);
    m_profileUrlEdit->setText(fields.profileUrl);
    m_notesEdit->setPlainText(fields.notes);
}

PersonFields PersonDialog::fields() const
{
    PersonFields f;
    f.name = m_nameEdit->text().trimmed();
    f.title = m_titleEdit->text().trimmed();
    f.email = m_emailEdit->text().trimmed();
    f.phone = m_phoneEdit->text().trimmed();
    f.profileUrl = m_profileUrlEdit->text().trimmed();
    f.notes = m_notesEdit->toPlainText().trimmed();
    return f;
}

bool PersonDialog::validateForm()
{
    const PersonFields f = fields();
    QHash<int, QString> messages;
    // Each field is put to the store's own rules on its own, so a message lands under
    // the field it is about and reads exactly as the store would word it on saving.
    PersonFields probe;
    probe.name = f.name;
    if (const QString problem = RoundStore::validatePerson(probe); !problem.isEmpty())
        messages.insert(key(Field::Name), problem);
    probe.name = QStringLiteral("-");
    if (!f.email.isEmpty()) {
        // The basic shape (something@something.tld) is checked here too, so the form
        // stays strict even if the store's rule were relaxed.
        const qsizetype at = f.email.indexOf(QLatin1Char('@'));
        probe.email = f.email;
        QString problem = RoundStore::validatePerson(probe);
        if (problem.isEmpty() && (at <= 0 || f.email.indexOf(QLatin1Char('.'), at) < 0))
            problem = tr("The email address does not look right (name@example.com).");
        if (!problem.isEmpty())
            messages.insert(key(Field::Email), problem);
        probe.email.clear();
    }
    probe.profileUrl = f.profileUrl;
    if (const QString problem = RoundStore::validatePerson(probe); !problem.isEmpty())
        messages.insert(key(Field::ProfileUrl), problem);
    if (messages.isEmpty()) {
        if (const QString problem = RoundStore::validatePerson(f); !problem.isEmpty())
            messages.insert(key(Field::Other), problem);
    }
    m_errors->show(messages);
    return messages.isEmpty();
}

QString PersonDialog::problemText(Field field) const
{
    return m_errors->message(key(field));
}

void PersonDialog::accept()
{
    if (validateForm()) {
        QDialog::accept();
        return;
    }
    m_liveValidation = true;
    m_errors->focusFirst();
}

void PersonDialog::reject()
{
    if (fields() != m_initialFields && !Prompter::instance().confirmDiscardTyping(this)) {
        return;
    }
    QDialog::reject();
}

void PersonDialog::revalidateIfShowingProblems()
{
    if (m_liveValidation)
        validateForm();
}

void PersonDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_errors->updateColours();
}
