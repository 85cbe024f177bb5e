#include "ui/notes/NotesEditor.h"

#include "core/Clock.h"
#include "core/LocaleFormat.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesRules.h"
#include "core/notes/NotesStore.h"
#include "models/notes/NotesFeature.h"
#include "ui/notes/NotesCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(const QString &text = {}, QWidget *parent = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(true);
    return box;
}

QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

constexpr int MaximumAmount = 100000000;

// A read that failed shows as empty; the next save reports the problem.
template<class T> T orDefault(const Result<T> &result)
{
    return result.ok() ? result.value() : T();
}

} // namespace

NotesEditor::NotesEditor(NotesFeature *feature, RoundStore *rounds, QUndoStack *undoStack,
                         bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_feature(feature)
    , m_rounds(rounds)
    , m_undoStack(undoStack)
    , m_readOnly(readOnly)
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMilliseconds);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { (void)saveNow(); });

    auto *layout = new QVBoxLayout(this);
    m_title = plainLabel();
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("notesTitle"));
    m_when = plainLabel();
    m_freshPrompt = plainLabel(tr("Write it down while it is fresh: what they asked, which answers "
                                  "were weak, their concerns, and what happens next."));
    m_freshPrompt->setObjectName(QStringLiteral("freshPrompt"));
    m_freshPrompt->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b54a; padding: 6px; }"));
    m_empty = plainLabel(tr("Choose a round on the left to see its notes."));
    m_parts = new QTabWidget;
    m_parts->setObjectName(QStringLiteral("notesParts"));
    m_plan = scrolling(buildPlan());
    m_debrief = scrolling(buildDebrief());
    m_parts->addTab(m_plan, tr("Pl&an"));
    m_parts->addTab(m_debrief, tr("De&brief"));
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_freshPrompt);
    layout->addWidget(m_empty);
    layout->addWidget(m_parts, 1);

    connect(m_feature, &NotesFeature::notesChanged, this, [this](qint64 roundId) {
        if (roundId == 0 || roundId == m_roundId)
            refreshToggles();
        if (roundId == 0)
            refreshSalary();
    });
    setRound(0);
}

NotesEditor::~NotesEditor()
{
    // The last chance for what was typed in the final second.
    (void)saveNow();
}

QPlainTextEdit *NotesEditor::addText(const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setReadOnly(m_readOnly);
    // A few lines high; longer text scrolls inside, so the page stays one glance long.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * (lines + 1) + 12);
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::textChanged, this, &NotesEditor::changed);
    m_texts.insert(objectName, edit);
    return edit;
}

QWidget *NotesEditor::buildPlan()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *why = group(tr("Why they called me back"), page);
    auto *whyLayout = new QVBoxLayout(why);
    m_reason = plainLabel();
    QFont bold = m_reason->font();
    bold.setBold(true);
    m_reason->setFont(bold);
    m_advice = plainLabel();
    whyLayout->addWidget(m_reason);
    whyLayout->addWidget(m_advice);
    layout->addWidget(why);

    auto *carried = group(tr("Left open by earlier rounds"), page);
    auto *carriedLayout = new QVBoxLayout(carried);
    m_carriedList = new QListWidget;
    m_carriedList->setObjectName(QStringLiteral("carriedOver"));
    m_carriedList->setWordWrap(true);
    m_carriedList->setAccessibleName(tr("Left open by earlier rounds; tick what you dealt with"));
    m_nothingCarried = plainLabel();
    carriedLayout->addWidget(m_carriedList);
    carriedLayout->addWidget(m_nothingCarried);
    connect(m_carriedList, &QListWidget::itemChanged, this, &NotesEditor::carriedItemChanged);
    layout->addWidget(carried);

    auto *remember = group(tr("What I want them to remember"), page);
    auto *rememberLayout = new QFormLayout(remember);
    rememberLayout->addRow(tr("&Selling points:"), addText(QStringLiteral("sellingPoints"), 3));
    rememberLayout->addRow(tr("&Requirements and my evidence:"),
                           addText(QStringLiteral("requirements"), 3));
    layout->addWidget(remember);

    auto *research = group(tr("Company research"), page);
    auto *researchLayout = new QFormLayout(research);
    m_researchNote = plainLabel();
    researchLayout->addRow(m_researchNote);
    researchLayout->addRow(tr("&Mission:"), addText(QStringLiteral("mission"), 2));
    researchLayout->addRow(tr("Produ&cts:"), addText(QStringLiteral("products"), 2));
    researchLayout->addRow(tr("Recent ne&ws:"), addText(QStringLiteral("news"), 2));
    researchLayout->addRow(tr("C&ompetitors:"), addText(QStringLiteral("competitors"), 2));
    layout->addWidget(research);

    auto *ask = group(tr("Questions to ask them"), page);
    auto *askLayout = new QVBoxLayout(ask);
    QPlainTextEdit *questions = addText(QStringLiteral("questionsToAsk"), 4);
    questions->setPlaceholderText(tr("One question per line"));
    m_questionsNudge = plainLabel();
    m_questionsNudge->setObjectName(QStringLiteral("questionsNudge"));
    m_questionsNudge->setStyleSheet(QStringLiteral("QLabel { color: #9a3b00; }"));
    askLayout->addWidget(questions);
    askLayout->addWidget(m_questionsNudge);
    layout->addWidget(ask);

    auto *logistics = group(tr("Logistics"), page);
    auto *logisticsLayout = new QVBoxLayout(logistics);
    QPlainTextEdit *logisticsText = addText(QStringLiteral("logistics"), 2);
    logisticsText->setPlaceholderText(tr("Arrival time, contact phone, what to bring"));
    logisticsLayout->addWidget(logisticsText);
    layout->addWidget(logistics);

    auto *salary = group(tr("Salary"), page);
    auto *salaryLayout = new QFormLayout(salary);
    const auto amount = [this](const QString &name) {
        auto *spin = new QSpinBox;
        spin->setObjectName(name);
        spin->setRange(0, MaximumAmount);
        spin->setSingleStep(1000);
        spin->setGroupSeparatorShown(true);
        spin->setSpecialValueText(tr("Not set"));
        spin->setReadOnly(m_readOnly);
        spin->installEventFilter(this);
        connect(spin, &QSpinBox::valueChanged, this, &NotesEditor::changed);
        return spin;
    };
    m_target = amount(QStringLiteral("salaryTarget"));
    m_walkAway = amount(QStringLiteral("salaryWalkAway"));
    m_currency = new QLineEdit;
    m_currency->setObjectName(QStringLiteral("salaryCurrency"));
    m_currency->setMaxLength(12);
    m_currency->setPlaceholderText(tr("EUR"));
    m_currency->setReadOnly(m_readOnly);
    m_currency->installEventFilter(this);
    connect(m_currency, &QLineEdit::textChanged, this, &NotesEditor::changed);
    m_salaryProblem = plainLabel();
    m_salaryProblem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    salaryLayout->addRow(tr("&Target:"), m_target);
    salaryLayout->addRow(tr("Wal&k-away:"), m_walkAway);
    salaryLayout->addRow(tr("C&urrency:"), m_currency);
    salaryLayout->addRow(m_salaryProblem);
    layout->addWidget(salary);

    auto *checklist = group(tr("Checklist"), page);
    auto *checklistLayout = new QVBoxLayout(checklist);
    for (const QString &key : NotesChecklist::keys()) {
        auto *check = new QCheckBox(NotesChecklist::label(key));
        check->setObjectName(QStringLiteral("check_") + key);
        check->setEnabled(!m_readOnly);
        connect(check, &QCheckBox::toggled, this, [this, key](bool on) {
            if (m_loading || m_roundId == 0)
                return;
            m_undoStack->push(NotesToggleCommand::tick(m_feature, m_roundId, key, on));
        });
        m_checks.insert(key, check);
        checklistLayout->addWidget(check);
    }
    layout->addWidget(checklist);
    layout->addStretch(1);
    return page;
}

QWidget *NotesEditor::buildDebrief()
{
    auto *page = new QWidget;
    auto *layout = new QFormLayout(page);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addRow(tr("&Questions they asked:"), addText(QStringLiteral("questionsAsked"), 3));
    layout->addRow(tr("&Weak answers, and what I would say instead:"),
                   addText(QStringLiteral("weakAnswers"), 3));
    layout->addRow(tr("Their &concerns or hesitations:"), addText(QStringLiteral("concerns"), 2));
    layout->addRow(tr("Cl&ues (team, projects, culture, what they stressed):"),
                   addText(QStringLiteral("clues"), 2));
    layout->addRow(tr("Ne&xt steps and timing they mentioned:"),
                   addText(QStringLiteral("nextSteps"), 2));

    auto *followUp = new QWidget;
    auto *followUpLayout = new QHBoxLayout(followUp);
    followUpLayout->setContentsMargins(0, 0, 0, 0);
    m_followUpSet = new QCheckBox(tr("F&ollow up on"));
    m_followUpSet->setObjectName(QStringLiteral("followUpSet"));
    m_followUpSet->setEnabled(!m_readOnly);
    m_followUp = new QDateEdit;
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setReadOnly(m_readOnly);
    followUpLayout->addWidget(m_followUpSet);
    followUpLayout->addWidget(m_followUp);
    followUpLayout->addStretch(1);
    connect(m_followUpSet, &QCheckBox::toggled, this, [this](bool on) {
        m_followUp->setEnabled(on);
        changed();
    });
    connect(m_followUp, &QDateEdit::dateChanged, this, &NotesEditor::changed);
    layout->addRow(followUp);

    m_gut = new QComboBox;
    m_gut->setObjectName(QStringLiteral("gutFeeling"));
    m_gut->addItem(tr("Not rated"));
    m_gut->addItem(tr("1: it went badly"));
    m_gut->addItem(tr("2: not great"));
    m_gut->addItem(tr("3: hard to say"));
    m_gut->addItem(tr("4: good"));
    m_gut->addItem(tr("5: it went very well"));
    m_gut->setEnabled(!m_readOnly);
    connect(m_gut, &QComboBox::currentIndexChanged, this, &NotesEditor::changed);
    layout->addRow(tr("&Gut feeling:"), m_gut);
    return page;
}

bool NotesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        (void)saveNow();
    return QWidget::eventFilter(watched, event);
}

void NotesEditor::hideEvent(QHideEvent *event)
{
    (void)saveNow();
    QWidget::hideEvent(event);
}

void NotesEditor::changed()
{
    if (m_loading || m_roundId == 0 || m_readOnly)
        return;
    updateNudges();
    m_saveTimer->start();
}

bool NotesEditor::hasPendingChanges() const
{
    if (m_roundId == 0 || m_readOnly)
        return false;
    return notesFromFields() != m_savedNotes || researchFromFields() != m_savedResearch ||
           salaryFromFields() != m_savedSalary;
}

RoundNotes NotesEditor::notesFromFields() const
{
    RoundNotes notes;
    const auto text = [this](const char *name) {
        return m_texts.value(QLatin1String(name))->toPlainText();
    };
    notes.sellingPoints = text("sellingPoints");
    notes.requirements = text("requirements");
    notes.questionsToAsk = text("questionsToAsk");
    notes.logistics = text("logistics");
    notes.questionsAsked = text("questionsAsked");
    notes.weakAnswers = text("weakAnswers");
    notes.concerns = text("concerns");
    notes.clues = text("clues");
    notes.nextSteps = text("nextSteps");
    if (m_followUpSet->isChecked())
        notes.followUpOn = m_followUp->date();
    if (m_gut->currentIndex() > 0)
        notes.gutFeeling = m_gut->currentIndex();
    return notes;
}

CompanyResearch NotesEditor::researchFromFields() const
{
    return {m_texts.value(QStringLiteral("mission"))->toPlainText(),
            m_texts.value(QStringLiteral("products"))->toPlainText(),
            m_texts.value(QStringLiteral("news"))->toPlainText(),
            m_texts.value(QStringLiteral("competitors"))->toPlainText()};
}

SalaryFigures NotesEditor::salaryFromFields() const
{
    SalaryFigures salary;
    if (m_target->value() > 0)
        salary.target = m_target->value();
    if (m_walkAway->value() > 0)
        salary.walkAway = m_walkAway->value();
    salary.currency = m_currency->text().trimmed();
    return salary;
}

Status NotesEditor::saveNow()
{
    m_saveTimer->stop();
    if (m_roundId == 0 || m_readOnly)
        return Status::success();
    NotesStore *store = m_feature->store();
    const auto fail = [this](const Status &status) {
        // Said once per problem, not at every keystroke that keeps it.
        if (status.error() != m_lastError)
            emit errorOccurred(status.error());
        m_lastError = status.error();
        return status;
    };
    bool wrote = false;
    const RoundNotes notes = notesFromFields();
    if (notes != m_savedNotes) {
        if (Status ok = store->saveNotes(m_roundId, notes); !ok)
            return fail(ok);
        m_savedNotes = notes;
        wrote = true;
    }
    const CompanyResearch research = researchFromFields();
    if (m_companyId > 0 && research != m_savedResearch) {
        if (Status ok = store->saveResearch(m_companyId, research); !ok)
            return fail(ok);
        m_savedResearch = research;
        wrote = true;
    }
    const SalaryFigures salary = salaryFromFields();
    const QString problem = NotesStore::validate(salary);
    m_salaryProblem->setText(problem);
    m_salaryProblem->setVisible(!problem.isEmpty());
    if (problem.isEmpty() && m_applicationId > 0 && salary != m_savedSalary) {
        if (Status ok = store->saveSalary(m_applicationId, salary); !ok)
            return fail(ok);
        m_savedSalary = salary;
        wrote = true;
    }
    m_lastError.clear();
    if (wrote) {
        const qint64 round = m_roundId;
        emit saved(round);
    }
    return Status::success();
}

void NotesEditor::setRound(qint64 roundId)
{
    if (roundId == m_roundId && roundId != 0)
        return;
    (void)saveNow();
    m_roundId = roundId;
    load();
}

void NotesEditor::load()
{
    m_loading = true;
    m_companyId = 0;
    m_applicationId = 0;
    auto round = m_roundId > 0 ? m_rounds->round(m_roundId) : Result<RoundInfo>::failure({});
    const bool shown = m_roundId > 0 && round.ok();
    if (!shown)
        m_roundId = 0;
    m_empty->setVisible(!shown);
    m_parts->setVisible(shown);
    m_title->setVisible(shown);
    m_when->setVisible(shown);
    m_freshPrompt->setVisible(false);
    if (!shown) {
        m_loading = false;
        return;
    }
    const RoundInfo &info = round.value();
    NotesStore *store = m_feature->store();
    m_applicationId = info.applicationId;
    m_companyId = orDefault(m_rounds->companyOfApplication(info.applicationId));
    m_savedNotes = orDefault(store->notes(m_roundId));
    m_savedResearch = orDefault(store->research(m_companyId));
    m_savedSalary = orDefault(store->salary(m_applicationId));
    m_peopleKnown = !info.people.isEmpty();

    m_title->setText(tr("%1: %2, round %3").arg(info.company, info.role).arg(info.number));
    const QDateTime start = info.startUtc.toLocalTime();
    m_when->setText(tr("%1, %2 · %3")
                        .arg(RoundCatalog::label(info.fields.kind),
                             QLocale().toString(start.date(), QLocale::LongFormat),
                             QLocale().toString(start.time(), LocaleFormat::shortTime())));
    m_reason->setText(RoundCatalog::label(info.fields.reason));
    m_advice->setText(RoundCatalog::advice(info.fields.reason));
    m_researchNote->setText(tr("Kept for %1 and shared by all its rounds.").arg(info.company));

    const auto setText = [this](const char *name, const QString &text) {
        m_texts.value(QLatin1String(name))->setPlainText(text);
    };
    setText("sellingPoints", m_savedNotes.sellingPoints);
    setText("requirements", m_savedNotes.requirements);
    setText("questionsToAsk", m_savedNotes.questionsToAsk);
    setText("logistics", m_savedNotes.logistics);
    setText("questionsAsked", m_savedNotes.questionsAsked);
    setText("weakAnswers", m_savedNotes.weakAnswers);
    setText("concerns", m_savedNotes.concerns);
    setText("clues", m_savedNotes.clues);
    setText("nextSteps", m_savedNotes.nextSteps);
    setText("mission", m_savedResearch.mission);
    setText("products", m_savedResearch.products);
    setText("news", m_savedResearch.news);
    setText("competitors", m_savedResearch.competitors);
    m_followUpSet->setChecked(m_savedNotes.followUpOn.isValid());
    m_followUp->setDate(m_savedNotes.followUpOn.isValid() ? m_savedNotes.followUpOn
                                                          : info.startUtc.date().addDays(7));
    m_followUp->setEnabled(m_savedNotes.followUpOn.isValid());
    m_gut->setCurrentIndex(m_savedNotes.gutFeeling.value_or(0));
    m_target->setValue(int(m_savedSalary.target.value_or(0)));
    m_walkAway->setValue(int(m_savedSalary.walkAway.value_or(0)));
    m_currency->setText(m_savedSalary.currency);
    m_salaryProblem->hide();

    // The part that fits the moment comes first: the debrief once the round is over.
    const QDateTime now = Clock::nowUtc();
    const bool after = NotesRules::showDebriefFirst(info.endUtc(), now);
    m_parts->clear();
    if (after) {
        m_parts->addTab(m_debrief, tr("De&brief"));
        m_parts->addTab(m_plan, tr("Pl&an"));
    } else {
        m_parts->addTab(m_plan, tr("Pl&an"));
        m_parts->addTab(m_debrief, tr("De&brief"));
    }
    m_parts->setCurrentIndex(0);
    m_freshPrompt->setVisible(NotesRules::needsDebrief(
        info.endUtc(), info.fields.status == RoundStatus::Cancelled, m_savedNotes, now));
    refreshToggles();
    updateNudges();
    m_loading = false;
}

void NotesEditor::refreshSalary()
{
    // Set elsewhere (the application form, an undo): shown here unless the user is in the
    // middle of changing them, whose figures are saved next and win.
    if (m_applicationId <= 0 || salaryFromFields() != m_savedSalary)
        return;
    auto stored = m_feature->store()->salary(m_applicationId);
    if (!stored || stored.value() == m_savedSalary)
        return;
    m_savedSalary = stored.value();
    const QSignalBlocker blockTarget(m_target);
    const QSignalBlocker blockWalkAway(m_walkAway);
    const QSignalBlocker blockCurrency(m_currency);
    m_target->setValue(int(m_savedSalary.target.value_or(0)));
    m_walkAway->setValue(int(m_savedSalary.walkAway.value_or(0)));
    m_currency->setText(m_savedSalary.currency);
}

void NotesEditor::refreshToggles()
{
    if (m_roundId == 0)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    NotesStore *store = m_feature->store();
    const QSet<QString> ticked = orDefault(store->ticks(m_roundId));
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const bool automatic = it.key() == NotesChecklist::attendeesKey() && m_peopleKnown;
        it.value()->setChecked(NotesChecklist::isTicked(it.key(), ticked, m_peopleKnown));
        it.value()->setEnabled(!m_readOnly && !automatic);
    }
    m_carried = orDefault(store->carriedOver(m_roundId));
    const int current = m_carriedList->currentRow();
    m_carriedList->clear();
    for (const CarriedItem &item : std::as_const(m_carried)) {
        auto *row =
            new QListWidgetItem(tr("Round %1, %2: %3")
                                    .arg(item.sourceRoundNumber)
                                    .arg(NotesRules::fieldLabel(item.field).toLower(), item.text));
        row->setFlags(m_readOnly
                          ? Qt::ItemIsEnabled
                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(item.dealtWith ? Qt::Checked : Qt::Unchecked);
        m_carriedList->addItem(row);
    }
    m_carriedList->setCurrentRow(std::min(current, m_carriedList->count() - 1));
    // As tall as its items (up to ten), so the plan below stays in view.
    const int rows = std::clamp(int(m_carried.size()), 1, 10);
    m_carriedList->setFixedHeight(m_carriedList->sizeHintForRow(0) * rows +
                                  2 * m_carriedList->frameWidth() + 4);
    m_carriedList->setVisible(!m_carried.isEmpty());
    m_nothingCarried->setVisible(m_carried.isEmpty());
    m_nothingCarried->setText(tr("Nothing yet: the debriefs of earlier rounds of this application "
                                 "appear here."));
    m_loading = wasLoading;
}

void NotesEditor::carriedItemChanged(QListWidgetItem *item)
{
    if (m_loading || m_roundId == 0)
        return;
    const int row = m_carriedList->row(item);
    if (row < 0 || row >= m_carried.size())
        return;
    const bool dealtWith = item->checkState() == Qt::Checked;
    if (dealtWith == m_carried.at(row).dealtWith)
        return;
    m_undoStack->push(
        NotesToggleCommand::dealtWith(m_feature, m_roundId, m_carried.at(row), dealtWith));
}

void NotesEditor::updateNudges()
{
    const int count = int(
        NotesRules::items(m_texts.value(QStringLiteral("questionsToAsk"))->toPlainText()).size());
    m_questionsNudge->setVisible(count < NotesRules::MinimumQuestions);
    m_questionsNudge->setText(
        tr("%1 of at least three: ask about the team, the work and its challenges, and at the "
           "end about the next steps.")
            .arg(count));
}
