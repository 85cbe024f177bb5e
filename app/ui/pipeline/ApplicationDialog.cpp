#include "ui/pipeline/ApplicationDialog.h"

#include "core/notes/NotesStore.h"
#include "ui/text/SingleLineValidator.h"

#include "core/Clock.h"
#include "core/LocaleFormat.h"
#include "core/PipelineStore.h"
#include "ui/InlineErrors.h"
#include "ui/Prompter.h"
#include "ui/pipeline/StageTimelineWidget.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStringListModel>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValidator>

#include <algorithm>

using Field = ApplicationValidator::Field;

namespace {

constexpr int MinExcitement = 1;
constexpr int MaxExcitement = 5;
// Enough for the validator's largest salary with group separators, and far below what
// overflows a qint64, so parsing can never wrap around.
constexpr int MaxAmountLength = 17;

// Upper-cases as the user types and takes letters only, so a currency code reads like one.
// Shorter codes stay typeable: the form validator explains what is wrong with them.
class CurrencyCodeValidator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        input = input.toUpper();
        if (input.size() > 3)
            return Invalid;
        const bool letters = std::all_of(input.cbegin(), input.cend(),
                                         [](QChar c) { return c >= u'A' && c <= u'Z'; });
        return letters ? Acceptable : Invalid;
    }
};

QString excitementText(int value)
{
    switch (value) {
    case 1:
        return ApplicationDialog::tr("Not keen");
    case 2:
        return ApplicationDialog::tr("Lukewarm");
    case 3:
        return ApplicationDialog::tr("Interested");
    case 4:
        return ApplicationDialog::tr("Keen");
    default:
        return ApplicationDialog::tr("Dream job");
    }
}

std::optional<qint64> parseAmount(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    if (digits.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString amountText(const std::optional<qint64> &amount)
{
    return amount ? QLocale().toString(*amount) : QString();
}

QLineEdit *createAmountEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(ApplicationDialog::tr("Unknown"));
    edit->setMaxLength(MaxAmountLength);
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    // Digits, plus the separators people type out of habit ("60,000", "60 000").
    const QString pattern = QStringLiteral("[0-9\\s\\x{00A0}\\x{202F}%1]*")
                                .arg(QRegularExpression::escape(QLocale().groupSeparator()));
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    return edit;
}

QDateEdit *createDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(LocaleFormat::fourDigitYearDate());
    edit->setDate(Clock::today());
    edit->setEnabled(false);
    return edit;
}

} // namespace

ApplicationDialog::ApplicationDialog(PipelineStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_errors(this)
{
    setWindowTitle(tr("New application"));
    setSizeGripEnabled(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createDetailsPage(), tr("Details"));
    m_tabs->addTab(createTextPage(), tr("Description and notes"));
    m_timelinePage = createTimelinePage();
    m_tabs->addTab(m_timelinePage, tr("Stage timeline"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setDefault(true);
    save->setAutoDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplicationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplicationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    updateErrorColours();
    connectLiveValidation();
    reloadCompanyNames();
    resetForm();
    m_tabs->setTabVisible(m_tabs->indexOf(m_timelinePage), false);
    m_companyEdit->setFocus();
}

QWidget *ApplicationDialog::createDetailsPage()
{
    auto *page = new QWidget;

    m_stageCombo = new QComboBox(page);
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));

    m_companyEdit = new QLineEdit(page);
    m_companyEdit->setObjectName(QStringLiteral("companyEdit"));
    m_companyEdit->setPlaceholderText(tr("Required"));
    m_companyNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_companyNames, m_companyEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    // "guardian" should find "The Guardian".
    completer->setFilterMode(Qt::MatchContains);
    m_companyEdit->setCompleter(completer);

    m_roleEdit = new QLineEdit(page);
    m_roleEdit->setObjectName(QStringLiteral("roleEdit"));
    m_roleEdit->setPlaceholderText(tr("Required"));

    m_jobUrlEdit = new QLineEdit(page);
    m_jobUrlEdit->setObjectName(QStringLiteral("jobUrlEdit"));
    m_jobUrlEdit->setPlaceholderText(tr("https://…"));
    m_jobUrlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);

    m_locationEdit = new QLineEdit(page);
    m_locationEdit->setObjectName(QStringLiteral("locationEdit"));
    m_locationEdit->setPlaceholderText(tr("City, country or remote"));
    for (QLineEdit *line : {m_companyEdit, m_roleEdit, m_jobUrlEdit, m_locationEdit})
        SingleLineValidator::install(line);

    m_sourceCombo = new QComboBox(page);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceCombo->setEditable(true);
    m_sourceCombo->setInsertPolicy(QComboBox::NoInsert);
    m_sourceCombo->addItems({tr("Company website"), tr("Referral"), tr("LinkedIn"), tr("Recruiter"),
                             tr("Job board"), tr("Other")});
    m_sourceCombo->lineEdit()->setPlaceholderText(tr("Where you found it"));
    SingleLineValidator::install(m_sourceCombo->lineEdit());

    m_salaryMinEdit = createAmountEdit(QStringLiteral("salaryMinEdit"), page);
    m_salaryMaxEdit = createAmountEdit(QStringLiteral("salaryMaxEdit"), page);

    m_currencyCombo = new QComboBox(page);
    m_currencyCombo->setObjectName(QStringLiteral("currencyCombo"));
    m_currencyCombo->setEditable(true);
    m_currencyCombo->setInsertPolicy(QComboBox::NoInsert);
    m_currencyCombo->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                               QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                               QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
                               QStringLiteral("PLN"), QStringLiteral("JPY"),
                               QStringLiteral("INR")});
    const QString localCurrency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (!localCurrency.isEmpty() && m_currencyCombo->findText(localCurrency) < 0)
        m_currencyCombo->insertItem(0, localCurrency);
    m_currencyCombo->setValidator(new CurrencyCodeValidator(m_currencyCombo));

    m_appliedCheck = new QCheckBox(tr("&Applied on:"), page);
    m_appliedCheck->setObjectName(QStringLiteral("appliedCheck"));
    m_appliedCheck->setToolTip(tr("Leave unticked if you have not applied yet."));
    m_appliedDateEdit = createDateEdit(QStringLiteral("appliedDateEdit"), page);
    connect(m_appliedCheck, &QCheckBox::toggled, m_appliedDateEdit, &QWidget::setEnabled);

    m_deadlineCheck = new QCheckBox(tr("&Deadline:"), page);
    m_deadlineCheck->setObjectName(QStringLiteral("deadlineCheck"));
    m_deadlineCheck->setToolTip(tr("Tick if the posting closes on a known date."));
    m_deadlineEdit = createDateEdit(QStringLiteral("deadlineEdit"), page);
    connect(m_deadlineCheck, &QCheckBox::toggled, m_deadlineEdit, &QWidget::setEnabled);

    QWidget *excitement = createExcitementInput();
    excitement->setParent(page);

    // Two columns: what the job is on the left, money and dates on the right, so the
    // form stays short enough to take in at a glance.
    m_jobForm = new QFormLayout;
    m_jobForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_jobForm->addRow(tr("&Stage:"), m_stageCombo);
    addFieldRow(m_jobForm, tr("&Company:"), Field::Company, m_companyEdit,
                QStringLiteral("companyError"));
    addFieldRow(m_jobForm, tr("&Role:"), Field::Role, m_roleEdit, QStringLiteral("roleError"));
    addFieldRow(m_jobForm, tr("Job &link:"), Field::JobUrl, m_jobUrlEdit,
                QStringLiteral("jobUrlError"));
    addFieldRow(m_jobForm, tr("L&ocation:"), Field::Location, m_locationEdit,
                QStringLiteral("locationError"));
    addFieldRow(m_jobForm, tr("Sourc&e:"), Field::Source, m_sourceCombo,
                QStringLiteral("sourceError"));

    auto *moneyForm = new QFormLayout;
    moneyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFieldRow(moneyForm, tr("&Minimum salary:"), Field::SalaryMin, m_salaryMinEdit,
                QStringLiteral("salaryMinError"));
    addFieldRow(moneyForm, tr("Ma&ximum salary:"), Field::SalaryMax, m_salaryMaxEdit,
                QStringLiteral("salaryMaxError"));
    addFieldRow(moneyForm, tr("C&urrency:"), Field::Currency, m_currencyCombo,
                QStringLiteral("currencyError"));
    // What the user wants and the least they would take: theirs, not the posting's.
    m_targetEdit = createAmountEdit(QStringLiteral("salaryTargetEdit"), page);
    m_targetEdit->setPlaceholderText(tr("Not set"));
    m_walkAwayEdit = createAmountEdit(QStringLiteral("salaryWalkAwayEdit"), page);
    m_walkAwayEdit->setPlaceholderText(tr("Not set"));
    m_figuresCurrencyEdit = new QLineEdit(page);
    m_figuresCurrencyEdit->setObjectName(QStringLiteral("salaryFiguresCurrencyEdit"));
    m_figuresCurrencyEdit->setMaxLength(12);
    SingleLineValidator::install(m_figuresCurrencyEdit);
    m_figuresError = new QLabel(page);
    m_figuresError->setObjectName(QStringLiteral("salaryFiguresError"));
    m_figuresError->setTextFormat(Qt::PlainText);
    m_figuresError->setWordWrap(true);
    m_figuresError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_figuresError->hide();
    moneyForm->addRow(tr("Your tar&get:"), m_targetEdit);
    moneyForm->addRow(tr("&Walk-away:"), m_walkAwayEdit);
    moneyForm->addRow(tr("Your figures &in:"), m_figuresCurrencyEdit);
    moneyForm->addRow(m_figuresError);
    for (QLineEdit *edit : {m_targetEdit, m_walkAwayEdit, m_figuresCurrencyEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_figuresError->isHidden())
                validateSalaryFigures();
        });
    m_moneyForm = moneyForm;
    // The check boxes are the labels: ticking one is how the user says the date is known.
    moneyForm->addRow(m_appliedCheck, withErrorLabel(Field::AppliedOn, m_appliedDateEdit,
                                                     QStringLiteral("appliedOnError")));
    moneyForm->addRow(m_deadlineCheck, withErrorLabel(Field::Deadline, m_deadlineEdit,
                                                      QStringLiteral("deadlineError")));
    addFieldRow(moneyForm, tr("Exci&tement:"), Field::Excitement, excitement,
                QStringLiteral("excitementError"));

    // Hidden until the notes feature hands over the figures.
    for (QWidget *field :
         {static_cast<QWidget *>(m_targetEdit), static_cast<QWidget *>(m_walkAwayEdit),
          static_cast<QWidget *>(m_figuresCurrencyEdit), static_cast<QWidget *>(m_figuresError)})
        moneyForm->setRowVisible(field, false);

    // Room for a typical company name, link or error message without wrapping every word.
    const int fieldWidth = fontMetrics().averageCharWidth() * 32;
    const QList<QWidget *> wideFields = {m_companyEdit, m_roleEdit, m_jobUrlEdit, m_locationEdit,
                                         m_sourceCombo};
    for (QWidget *field : wideFields)
        field->setMinimumWidth(fieldWidth);

    auto *columns = new QHBoxLayout(page);
    columns->addLayout(m_jobForm, 3);
    columns->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 3);
    columns->addLayout(moneyForm, 2);

    // Form order, which is the order in which the first invalid field is looked for.
    QList<int> order;
    for (Field field : {Field::Company, Field::Role, Field::JobUrl, Field::Location, Field::Source,
                        Field::SalaryMin, Field::SalaryMax, Field::Currency, Field::AppliedOn,
                        Field::Deadline, Field::Excitement})
        order << int(field);
    m_errors.setOrder(order);
    return page;
}

QWidget *ApplicationDialog::createTextPage()
{
    auto *page = new QWidget;
    m_descriptionEdit = new QPlainTextEdit(page);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setPlaceholderText(
        tr("Paste the posting here: it may be gone by the time of the interview."));
    // Tab should leave the field, not insert a tab character, for keyboard users.
    m_descriptionEdit->setTabChangesFocus(true);
    auto *descriptionLabel = new QLabel(tr("Job descri&ption:"), page);
    descriptionLabel->setBuddy(m_descriptionEdit);

    m_notesEdit = new QPlainTextEdit(page);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setPlaceholderText(
        tr("Anything worth remembering: contacts, impressions, what to ask next time."));
    m_notesEdit->setTabChangesFocus(true);
    auto *notesLabel = new QLabel(tr("&Notes:"), page);
    notesLabel->setBuddy(m_notesEdit);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_descriptionEdit, 3);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notesEdit, 2);
    return page;
}

QWidget *ApplicationDialog::createTimelinePage()
{
    auto *page = new QWidget;
    m_timeline = new StageTimelineWidget(page);
    m_timeline->setObjectName(QStringLiteral("timelineList"));
    auto *label = new QLabel(tr("&History of stage changes, oldest first:"), page);
    label->setBuddy(m_timeline);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(m_timeline);
    return page;
}

QWidget *ApplicationDialog::createExcitementInput()
{
    m_excitementInput = new QWidget;
    m_excitementInput->setObjectName(QStringLiteral("excitementInput"));
    // One tab stop for the whole row; the arrow keys move between the stars.
    m_excitementInput->setFocusPolicy(Qt::StrongFocus);
    m_excitementInput->setAccessibleName(tr("Excitement"));
    m_excitementInput->setToolTip(
        tr("How much you want this job, from 1 to 5. Use the arrow keys or the digits 1–5."));
    m_excitementInput->installEventFilter(this);

    m_stars = new QButtonGroup(this);
    m_stars->setExclusive(false);
    auto *layout = new QHBoxLayout(m_excitementInput);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    for (int value = MinExcitement; value <= MaxExcitement; ++value) {
        auto *star = new QToolButton(m_excitementInput);
        star->setObjectName(QStringLiteral("excitementStar%1").arg(value));
        star->setCheckable(true);
        star->setAutoRaise(true);
        star->setFocusPolicy(Qt::NoFocus);
        QFont starFont = star->font();
        starFont.setPointSizeF(starFont.pointSizeF() * 1.4);
        star->setFont(starFont);
        star->setToolTip(
            tr("%1 of %2: %3").arg(value).arg(MaxExcitement).arg(excitementText(value)));
        m_stars->addButton(star, value);
        layout->addWidget(star);
    }
    m_excitementDescription = new QLabel(m_excitementInput);
    m_excitementDescription->setObjectName(QStringLiteral("excitementDescription"));
    layout->addSpacing(6);
    layout->addWidget(m_excitementDescription);
    layout->addStretch();
    connect(m_stars, &QButtonGroup::idClicked, this, &ApplicationDialog::setExcitement);
    return m_excitementInput;
}

void ApplicationDialog::addFieldRow(QFormLayout *form, const QString &labelText, Field field,
                                    QWidget *input, const QString &errorName)
{
    // The buddy must be the input itself, not the cell that also holds the error label.
    auto *label = new QLabel(labelText, input->parentWidget());
    label->setBuddy(input);
    form->addRow(label, withErrorLabel(field, input, errorName));
}

QWidget *ApplicationDialog::withErrorLabel(Field field, QWidget *input, const QString &errorName)
{
    return m_errors.wrap(int(field), input, errorName);
}

void ApplicationDialog::connectLiveValidation()
{
    const auto revalidate = &ApplicationDialog::revalidateIfShowingProblems;
    for (QLineEdit *edit : {m_companyEdit, m_roleEdit, m_jobUrlEdit, m_locationEdit,
                            m_salaryMinEdit, m_salaryMaxEdit})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QComboBox *combo : {m_sourceCombo, m_currencyCombo})
        connect(combo, &QComboBox::currentTextChanged, this, revalidate);
    for (QDateEdit *edit : {m_appliedDateEdit, m_deadlineEdit})
        connect(edit, &QDateEdit::dateChanged, this, revalidate);
    for (QCheckBox *check : {m_appliedCheck, m_deadlineCheck})
        connect(check, &QCheckBox::toggled, this, revalidate);
}

void ApplicationDialog::reloadCompanyNames()
{
    if (!m_store)
        return;
    // The completer is a convenience: without the names the form still works.
    auto names = m_store->companyNames();
    m_companyNames->setStringList(names ? names.value() : QStringList());
}

void ApplicationDialog::resetForm()
{
    m_liveValidation = false;
    ApplicationFields blank;
    blank.currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    setFields(blank);
    showProblems({});
    m_tabs->setCurrentIndex(0);
}

void ApplicationDialog::prepareNew(const QList<StageInfo> &stages, qint64 preselectedStageId)
{
    reloadCompanyNames();
    m_stageCombo->clear();
    bool separated = false;
    for (const StageInfo &stage : stages) {
        // Closed stages are rarely where a new application starts; set them apart.
        if (stage.closed && !separated && m_stageCombo->count() > 0) {
            m_stageCombo->insertSeparator(m_stageCombo->count());
            separated = true;
        }
        m_stageCombo->addItem(stage.name, stage.id);
    }
    m_stageCombo->setCurrentIndex(std::max(0, m_stageCombo->findData(preselectedStageId)));
    m_jobForm->setRowVisible(m_stageCombo, true);
    m_tabs->setTabVisible(m_tabs->indexOf(m_timelinePage), false);
    m_timeline->clear();
    setWindowTitle(tr("New application"));
    resetForm();
    m_initialFields = fields();
    m_companyEdit->setFocus();
}

Status ApplicationDialog::prepareEdit(qint64 applicationId)
{
    if (!m_store)
        return Status::failure(tr("No file is open."));
    auto loaded = m_store->fields(applicationId);
    if (!loaded)
        return loaded.status();
    auto history = m_store->history(applicationId);
    if (!history)
        return history.status();

    reloadCompanyNames();
    resetForm();
    setFields(loaded.value());
    m_stageCombo->clear();
    m_jobForm->setRowVisible(m_stageCombo, false);
    m_timeline->setHistory(history.value());
    m_tabs->setTabVisible(m_tabs->indexOf(m_timelinePage), true);
    setWindowTitle(tr("Edit application — %1").arg(loaded.value().company));
    m_initialFields = fields();
    m_companyEdit->setFocus();
    return Status::success();
}

void ApplicationDialog::setFields(const ApplicationFields &fields)
{
    m_companyEdit->setText(fields.company);
    m_roleEdit->setText(fields.role);
    m_jobUrlEdit->setText(fields.jobUrl);
    m_locationEdit->setText(fields.location);
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findText(fields.source));
    m_sourceCombo->setEditText(fields.source);
    m_salaryMinEdit->setText(amountText(fields.salaryMin));
    m_salaryMaxEdit->setText(amountText(fields.salaryMax));
    m_currencyCombo->setCurrentIndex(m_currencyCombo->findText(fields.currency));
    m_currencyCombo->setEditText(fields.currency);

    m_appliedCheck->setChecked(fields.appliedOn.isValid());
    m_appliedDateEdit->setDate(fields.appliedOn.isValid() ? fields.appliedOn : Clock::today());
    m_deadlineCheck->setChecked(fields.deadline.isValid());
    m_deadlineEdit->setDate(fields.deadline.isValid() ? fields.deadline : Clock::today());

    setExcitement(fields.excitement);
    m_descriptionEdit->setPlainText(fields.description);
    m_notesEdit->setPlainText(fields.notes);
}

ApplicationFields ApplicationDialog::fields() const
{
    ApplicationFields f;
    f.company = m_companyEdit->text().trimmed();
    f.role = m_roleEdit->text().trimmed();
    f.jobUrl = m_jobUrlEdit->text().trimmed();
    f.location = m_locationEdit->text().trimmed();
    f.salaryMin = parseAmount(m_salaryMinEdit->text());
    f.salaryMax = parseAmount(m_salaryMaxEdit->text());
    f.currency = m_currencyCombo->currentText().trimmed().toUpper();
    f.source = m_sourceCombo->currentText().trimmed();
    f.appliedOn = m_appliedCheck->isChecked() ? m_appliedDateEdit->date() : QDate();
    f.deadline = m_deadlineCheck->isChecked() ? m_deadlineEdit->date() : QDate();
    f.excitement = m_excitement;
    f.description = m_descriptionEdit->toPlainText().trimmed();
    f.notes = m_notesEdit->toPlainText().trimmed();
    return f;
}

qint64 ApplicationDialog::stageId() const
{
    return m_stageCombo->currentData().toLongLong();
}

bool ApplicationDialog::validateForm()
{
    const QList<ApplicationValidator::Problem> problems =
        ApplicationValidator::validate(fields(), Clock::today());
    showProblems(problems);
    return problems.isEmpty();
}

QString ApplicationDialog::problemText(Field field) const
{
    return m_errors.message(int(field));
}

void ApplicationDialog::reject()
{
    const bool typed =
        fields() != m_initialFields || (m_figuresShown && salaryFigures() != m_initialFigures);
    if (typed && !Prompter::instance().confirmDiscardTyping(this)) {
        return;
    }
    QDialog::reject();
}

void ApplicationDialog::showSalaryFigures(const SalaryFigures &figures)
{
    m_figuresShown = true;
    m_targetEdit->setText(amountText(figures.target));
    m_walkAwayEdit->setText(amountText(figures.walkAway));
    m_figuresCurrencyEdit->setText(figures.currency);
    m_figuresCurrencyEdit->setPlaceholderText(m_currencyCombo->currentText());
    for (QWidget *field :
         {static_cast<QWidget *>(m_targetEdit), static_cast<QWidget *>(m_walkAwayEdit),
          static_cast<QWidget *>(m_figuresCurrencyEdit)})
        m_moneyForm->setRowVisible(field, true);
    m_figuresError->hide();
    m_moneyForm->setRowVisible(m_figuresError, false);
    // As the form reads them back, so an untouched form counts as unchanged.
    m_initialFigures = salaryFigures();
}

SalaryFigures ApplicationDialog::salaryFigures() const
{
    SalaryFigures figures;
    if (!m_figuresShown)
        return figures;
    figures.target = parseAmount(m_targetEdit->text());
    figures.walkAway = parseAmount(m_walkAwayEdit->text());
    figures.currency = m_figuresCurrencyEdit->text().trimmed();
    // Amounts without a currency of their own are in the application's.
    if (figures.currency.isEmpty() && (figures.target || figures.walkAway))
        figures.currency = m_currencyCombo->currentText().trimmed().toUpper();
    return figures;
}

bool ApplicationDialog::validateSalaryFigures()
{
    const QString problem = m_figuresShown ? NotesStore::validate(salaryFigures()) : QString();
    m_figuresError->setText(problem);
    m_figuresError->setVisible(!problem.isEmpty());
    m_moneyForm->setRowVisible(m_figuresError, !problem.isEmpty());
    return problem.isEmpty();
}

void ApplicationDialog::accept()
{
    const bool formValid = validateForm();
    const bool figuresValid = validateSalaryFigures();
    if (formValid && figuresValid) {
        QDialog::accept();
        return;
    }
    m_liveValidation = true;
    if (!formValid) {
        focusFirstInvalidField();
        return;
    }
    m_tabs->setCurrentIndex(0);
    m_walkAwayEdit->setFocus();
    m_walkAwayEdit->selectAll();
}

void ApplicationDialog::setExcitement(int value)
{
    m_excitement = std::clamp(value, MinExcitement, MaxExcitement);
    const QList<QAbstractButton *> stars = m_stars->buttons();
    for (QAbstractButton *star : stars) {
        const bool filled = m_stars->id(star) <= m_excitement;
        star->setChecked(filled);
        star->setText(filled ? QStringLiteral("★") : QStringLiteral("☆"));
    }
    m_excitementDescription->setText(excitementText(m_excitement));
    m_excitementInput->setAccessibleDescription(
        tr("%1 of %2: %3").arg(m_excitement).arg(MaxExcitement).arg(excitementText(m_excitement)));
    revalidateIfShowingProblems();
}

void ApplicationDialog::showProblems(const QList<ApplicationValidator::Problem> &problems)
{
    QHash<int, QString> messages;
    for (const ApplicationValidator::Problem &problem : problems) {
        QString &text = messages[int(problem.field)];
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += problem.message;
    }
    m_errors.show(messages);
}

void ApplicationDialog::focusFirstInvalidField()
{
    m_errors.focusFirst();
}

void ApplicationDialog::updateErrorColours()
{
    // The stars drop their button frame: a row of sunken buttons reads as a toolbar, not a
    // rating.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_errors.updateColours(
        QStringLiteral("\n#excitementInput QToolButton { border: none; background: transparent; "
                       "padding: 0px 1px; }\n"
                       "#excitementInput QToolButton:checked { color: %1; }")
            .arg(dark ? QStringLiteral("#ffc94d") : QStringLiteral("#c98a00")));
}

void ApplicationDialog::revalidateIfShowingProblems()
{
    if (m_liveValidation)
        validateForm();
}

bool ApplicationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_excitementInput)
        return QDialog::eventFilter(watched, event);

    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool rightToLeft = m_excitementInput->layoutDirection() == Qt::RightToLeft;
        int value = m_excitement;
        switch (key->key()) {
        case Qt::Key_Left:
            value += rightToLeft ? 1 : -1;
            break;
        case Qt::Key_Right:
            value += rightToLeft ? -1 : 1;
            break;
        case Qt::Key_Down:
        case Qt::Key_Minus:
            --value;
            break;
        case Qt::Key_Up:
        case Qt::Key_Plus:
            ++value;
            break;
        case Qt::Key_Home:
            value = MinExcitement;
            break;
        case Qt::Key_End:
            value = MaxExcitement;
            break;
        case Qt::Key_1:
        case Qt::Key_2:
        case Qt::Key_3:
        case Qt::Key_4:
        case Qt::Key_5:
            value = key->key() - Qt::Key_0;
            break;
        default:
            return false;
        }
        setExcitement(value);
        return true;
    }
    // The stars take no focus themselves, so the row draws the focus frame for them.
    if (event->type() == QEvent::Paint && m_excitementInput->hasFocus()) {
        QStylePainter painter(m_excitementInput);
        QStyleOptionFocusRect option;
        option.initFrom(m_excitementInput);
        option.backgroundColor = palette().color(QPalette::Window);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
    }
    return false;
}

void ApplicationDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateErrorColours();
}

#include "ApplicationDialog.moc"
