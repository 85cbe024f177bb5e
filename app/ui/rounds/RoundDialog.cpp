#include "ui/rounds/RoundDialog.h"
#include "core/text/PlainText.h"
#include "ui/text/PlaceholderWidth.h"
#include "ui/text/SingleLineValidator.h"

#include "core/Clock.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "models/RoundSignals.h"
#include "ui/InlineErrors.h"
#include "ui/Prompter.h"
#include "ui/commands/PersonCommands.h"
#include "ui/rounds/PeopleChooser.h"
#include "ui/rounds/PersonDialog.h"
#include "ui/rounds/RoundFormat.h"
#include "ui/rounds/UndoSupport.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

using Field = RoundValidator::Field;

namespace {

// Wider than the validator allows, so a mistyped 3 or 700 reaches the form's check and
// gets a message instead of being silently swallowed by the spin box.
constexpr int MinTypedDuration = 1;
constexpr int MaxTypedDuration = 999;
constexpr int DefaultDuration = 60;
const QTime DefaultTime(10, 0);

int key(Field field)
{
    return static_cast<int>(field);
}

// A date edit that can show "no date chosen yet". The minimum date stands for it and is
// shown as a hint; stepping, typing or opening the calendar from there starts at today
// rather than at the placeholder.
class DayEdit : public QDateEdit
{
public:
    explicit DayEdit(QWidget *parent)
        : QDateEdit(parent)
    {
        setCalendarPopup(true);
        setMinimumDate(placeholder());
        setSpecialValueText(RoundDialog::tr("Choose a date"));
        if (QCalendarWidget *calendar = calendarWidget())
            calendar->installEventFilter(this);
    }

    static QDate placeholder() { return QDate(2000, 1, 1); }
    bool isChosen() const { return date() != placeholder(); }
    void unset() { setDate(placeholder()); }

    void stepBy(int steps) override
    {
        if (!isChosen()) {
            setDate(Clock::today());
            return;
        }
        QDateEdit::stepBy(steps);
    }

protected:
    StepEnabled stepEnabled() const override
    {
        return isChosen() ? QDateEdit::stepEnabled() : (StepUpEnabled | StepDownEnabled);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        // The hint text cannot be edited into a date; start from today's date with the
        // first part selected so the typed digits replace it.
        if (!isChosen() && !event->text().isEmpty() && event->text().at(0).isDigit()) {
            setDate(Clock::today());
            setSelectedSection(sectionAt(0));
        }
        QDateEdit::keyPressEvent(event);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Opening the calendar is choosing a date: start from today, which the user can
        // keep or change, rather than from the placeholder year.
        if (event->type() == QEvent::Show && !isChosen() && watched == calendarWidget())
            calendarWidget()->setSelectedDate(Clock::today());
        return QDateEdit::eventFilter(watched, event);
    }
};

const QStringList &timeZoneIds()
{
    // Reading the zone database takes a moment; every dialog shows the same list.
    static const QStringList ids = [] {
        QStringList result;
        const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &id : available)
            result << QString::fromLatin1(id);
        return result;
    }();
    return ids;
}

QString systemZoneId()
{
    return QString::fromLatin1(QTimeZone::systemTimeZoneId());
}

// Zone ids are case-sensitive and use underscores; people type "new york" or
// "europe/berlin". A typed name that matches one id that way means that id.
QString canonicalZone(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || timeZoneIds().contains(trimmed))
        return trimmed;
    QString wanted = trimmed;
    wanted.replace(QLatin1Char(' '), QLatin1Char('_'));
    QString match;
    for (const QString &id : timeZoneIds()) {
        const bool whole = id.compare(wanted, Qt::CaseInsensitive) == 0;
        const bool city = id.endsWith(QLatin1Char('/') + wanted, Qt::CaseInsensitive);
        if (!whole && !city)
            continue;
        if (whole)
            return id;
        if (!match.isEmpty())
            return trimmed; // "Salvador" or similar: ambiguous, let the check explain
        match = id;
    }
    return match.isEmpty() ? trimmed : match;
}

} // namespace

RoundDialog::RoundDialog(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_signals(roundSignals)
    , m_errors(std::make_unique<InlineErrors>(this))
{
    setWindowTitle(tr("New interview round"));
    setSizeGripEnabled(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoundDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoundDialog::reject);

    // Two columns: the practical facts on the left, the preparation on the right, so
    // the whole round fits on one screen without tabs.
    auto *columns = new QHBoxLayout;
    columns->addWidget(createWhenPage(), 1);
    columns->addWidget(createWhyWhoPage(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    const auto timing = &RoundDialog::onTimingChanged;
    connect(m_dateEdit, &QDateEdit::dateChanged, this, timing);
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, timing);
    connect(m_zoneCombo, &QComboBox::currentTextChanged, this, timing);
    connect(m_durationSpin, &QSpinBox::valueChanged, this, timing);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, timing);
    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, &RoundDialog::updateAdvice);
    connect(m_people, &PeopleChooser::chosenChanged, this, &RoundDialog::updateAskWho);
    connect(m_people->deletePersonAction(), &QAction::enabledChanged, m_deletePersonButton,
            &QPushButton::setEnabled);
    m_deletePersonButton->setEnabled(m_people->deletePersonAction()->isEnabled());
    connect(m_people, &PeopleChooser::personDeleted, this, [this] {
        // Without signals nothing else tells the form that the person went.
        reloadPeople();
        m_people->setFocus();
    });
    const auto revalidate = &RoundDialog::revalidateIfShowingProblems;
    connect(m_locationEdit, &QLineEdit::textChanged, this, revalidate);
    connect(m_meetingUrlEdit, &QLineEdit::textChanged, this, revalidate);
    connect(m_outcomeEdit, &QPlainTextEdit::textChanged, this, revalidate);
    connect(m_addPersonButton, &QPushButton::clicked, this, &RoundDialog::addPerson);
    connect(m_deletePersonButton, &QPushButton::clicked, this, &RoundDialog::deleteCurrentPerson);
    if (m_signals) {
        connect(m_signals, &RoundSignals::peopleChanged, this, &RoundDialog::reloadPeople);
        connect(m_signals, &RoundSignals::roundsChanged, this, &RoundDialog::updateOverlap);
    }

    m_errors->updateColours();
    resetForm();
    m_initialFields = fields();
}

RoundDialog::~RoundDialog() = default;

QWidget *RoundDialog::createWhenPage()
{
    auto *box = new QGroupBox(tr("When and where"), this);

    m_kindCombo = new QComboBox(box);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    for (RoundKind kind : RoundCatalog::kinds())
        m_kindCombo->addItem(RoundCatalog::label(kind),
                             QVariant::fromValue(static_cast<int>(kind)));

    // Date, "at", time on one line, with the start's error and the overlap warning below.
    auto *whenCell = new QWidget(box);
    m_dateEdit = new DayEdit(whenCell);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setDisplayFormat(RoundFormat::dateFormat());
    m_timeEdit = new QTimeEdit(whenCell);
    m_timeEdit->setObjectName(QStringLiteral("timeEdit"));
    m_timeEdit->setDisplayFormat(RoundFormat::timeFormat());
    m_timeEdit->setAccessibleName(tr("Start time"));
    auto *atLabel = new QLabel(tr("&at"), whenCell);
    atLabel->setBuddy(m_timeEdit);
    auto *startError = new QLabel(whenCell);
    startError->setObjectName(QStringLiteral("startError"));
    m_overlapWarning = new QLabel(whenCell);
    m_overlapWarning->setObjectName(QStringLiteral("overlapWarning"));
    m_overlapWarning->setTextFormat(Qt::PlainText);
    m_overlapWarning->setWordWrap(true);
    m_overlapWarning->hide();
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_dateEdit);
    whenRow->addWidget(atLabel);
    whenRow->addWidget(m_timeEdit);
    whenRow->addStretch();
    auto *whenLayout = new QVBoxLayout(whenCell);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->setSpacing(2);
    whenLayout->addLayout(whenRow);
    whenLayout->addWidget(startError);
    whenLayout->addWidget(m_overlapWarning);
    m_errors->add(key(Field::Start), m_dateEdit, startError);

    // The zone, its offset, its error and the start in the user's own time.
    auto *zoneCell = new QWidget(box);
    m_zoneCombo = new QComboBox(zoneCell);
    m_zoneCombo->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_zoneCombo->addItems(timeZoneIds());
    if (m_zoneCombo->findText(systemZoneId()) < 0)
        m_zoneCombo->insertItem(0, systemZoneId());
    // "berlin" should find "Europe/Berlin".
    m_zoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_zoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zoneOffset = new QLabel(zoneCell);
    m_zoneOffset->setObjectName(QStringLiteral("zoneOffset"));
    m_zoneOffset->setToolTip(tr("The zone's offset from UTC on the chosen day"));
    auto *zoneError = new QLabel(zoneCell);
    zoneError->setObjectName(QStringLiteral("timeZoneError"));
    m_localTimeHint = new QLabel(zoneCell);
    m_localTimeHint->setObjectName(QStringLiteral("localTimeHint"));
    m_localTimeHint->setTextFormat(Qt::PlainText);
    m_localTimeHint->hide();
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneCombo, 1);
    zoneRow->addWidget(m_zoneOffset);
    auto *zoneLayout = new QVBoxLayout(zoneCell);
    zoneLayout->setContentsMargins(0, 0, 0, 0);
    zoneLayout->setSpacing(2);
    zoneLayout->addLayout(zoneRow);
    zoneLayout->addWidget(zoneError);
    zoneLayout->addWidget(m_localTimeHint);
    m_errors->add(key(Field::TimeZone), m_zoneCombo, zoneError);

    m_durationSpin = new QSpinBox(box);
    m_durationSpin->setObjectName(QStringLiteral("durationSpin"));
    m_durationSpin->setRange(MinTypedDuration, MaxTypedDuration);
    m_durationSpin->setSingleStep(15);
    m_durationSpin->setSuffix(tr(" min"));
    m_durationSpin->setValue(DefaultDuration);

    m_locationEdit = new QLineEdit(box);
    m_locationEdit->setObjectName(QStringLiteral("locationEdit"));
    m_locationEdit->setPlaceholderText(tr("Address, floor, who to ask for at reception"));
    PlaceholderWidth::fit(m_locationEdit);

    m_meetingUrlEdit = new QLineEdit(box);
    m_meetingUrlEdit->setObjectName(QStringLiteral("meetingUrlEdit"));
    m_meetingUrlEdit->setPlaceholderText(tr("https://…"));
    m_meetingUrlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    SingleLineValidator::install(m_locationEdit);
    SingleLineValidator::install(m_meetingUrlEdit);

    m_statusCombo = new QComboBox(box);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    for (RoundStatus status : RoundCatalog::statuses())
        m_statusCombo->addItem(RoundCatalog::label(status),
                               QVariant::fromValue(static_cast<int>(status)));

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [box, form](const QString &labelText, QWidget *buddy, QWidget *cell) {
        // The buddy must be the input itself, not the cell that also holds the error.
        auto *label = new QLabel(labelText, box);
        label->setBuddy(buddy);
        form->addRow(label, cell);
    };
    addRow(tr("&Kind:"), m_kindCombo, m_kindCombo);
    addRow(tr("&When:"), m_dateEdit, whenCell);
    addRow(tr("Time &zone:"), m_zoneCombo, zoneCell);
    addRow(tr("D&uration:"), m_durationSpin,
           m_errors->wrap(key(Field::Duration), m_durationSpin, QStringLiteral("durationError")));
    addRow(tr("&Location:"), m_locationEdit,
           m_errors->wrap(key(Field::Location), m_locationEdit, QStringLiteral("locationError")));
    addRow(tr("&Meeting link:"), m_meetingUrlEdit,
           m_errors->wrap(key(Field::MeetingUrl), m_meetingUrlEdit,
                          QStringLiteral("meetingUrlError")));
    addRow(tr("&Status:"), m_statusCombo, m_statusCombo);
    return box;
}

QWidget *RoundDialog::createWhyWhoPage()
{
    auto *box = new QGroupBox(tr("Why and who"), this);

    m_reasonCombo = new QComboBox(box);
    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    for (RoundReason reason : RoundCatalog::reasons())
        m_reasonCombo->addItem(RoundCatalog::label(reason),
                               QVariant::fromValue(static_cast<int>(reason)));
    auto *reasonLabel = new QLabel(tr("Why they asked for this &round:"), box);
    reasonLabel->setBuddy(m_reasonCombo);
    m_reasonAdvice = new QLabel(box);
    m_reasonAdvice->setObjectName(QStringLiteral("reasonAdvice"));
    m_reasonAdvice->setTextFormat(Qt::PlainText);
    m_reasonAdvice->setWordWrap(true);
    m_reasonAdvice->setFrameShape(QFrame::StyledPanel);
    m_reasonAdvice->setMargin(6);

    m_people = new PeopleChooser(m_store, m_undoStack, m_signals, box);
    auto *peopleLabel = new QLabel(tr("W&ho will be there:"), box);
    peopleLabel->setBuddy(m_people->view());
    m_askWhoHint = new QLabel(RoundFormat::askWhoWillAttend(), box);
    m_askWhoHint->setObjectName(QStringLiteral("askWhoHint"));
    m_askWhoHint->setTextFormat(Qt::PlainText);
    m_askWhoHint->setToolTip(tr("Later rounds bring new people, and each starts from zero. "
                                "Knowing who comes lets you prepare for each of them."));
    m_addPersonButton = new QPushButton(tr("Add &person…"), box);
    m_addPersonButton->setObjectName(QStringLiteral("addPersonButton"));
    m_addPersonButton->setAutoDefault(false);
    m_deletePersonButton = new QPushButton(tr("&Delete person…"), box);
    m_deletePersonButton->setObjectName(QStringLiteral("deletePersonButton"));
    m_deletePersonButton->setAutoDefault(false);
    auto *peopleRow = new QHBoxLayout;
    peopleRow->addWidget(m_askWhoHint, 1);
    peopleRow->addWidget(m_addPersonButton);
    peopleRow->addWidget(m_deletePersonButton);

    m_outcomeEdit = new QPlainTextEdit(box);
    m_outcomeEdit->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcomeEdit->setPlaceholderText(tr("How it went, the next step and when they will decide."));
    // Tab should move to the next field, not insert a tab character, for keyboard users.
    m_outcomeEdit->setTabChangesFocus(true);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), box);
    outcomeLabel->setBuddy(m_outcomeEdit);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reasonCombo);
    layout->addWidget(m_reasonAdvice);
    layout->addSpacing(6);
    layout->addWidget(peopleLabel);
    layout->addWidget(m_people, 2);
    layout->addLayout(peopleRow);
    layout->addSpacing(6);
    layout->addWidget(outcomeLabel);
    layout->addWidget(
        m_errors->wrap(key(Field::Outcome), m_outcomeEdit, QStringLiteral("outcomeError")), 1);
    return box;
}

// ---- Loading --------------------------------------------------------------------------

void RoundDialog::resetForm()
{
    m_liveValidation = false;
    RoundFields blank;
    blank.timeZoneId = systemZoneId();
    blank.durationMinutes = DefaultDuration;
    setFields(blank);
    m_errors->show({});
}

void RoundDialog::prepareNew(qint64 applicationId, const QDate &day)
{
    m_applicationId = applicationId;
    m_roundId = 0;
    m_companyId = 0;
    if (m_store) {
        // Without the company the form still works; only adding people is not possible.
        if (auto company = m_store->companyOfApplication(applicationId))
            m_companyId = company.value();
    }
    setWindowTitle(tr("New interview round"));
    resetForm();
    if (day.isValid())
        m_dateEdit->setDate(day);
    m_addPersonButton->setEnabled(canAddPeople());
    m_initialFields = fields();
    // The date is what a new round needs first; from a calendar day it is the time.
    if (day.isValid())
        m_timeEdit->setFocus();
    else
        m_dateEdit->setFocus();
}

Status RoundDialog::prepareEdit(qint64 roundId)
{
    if (!m_store)
        return Status::failure(tr("No file is open."));
    auto round = m_store->round(roundId);
    if (!round)
        return round.status();
    auto company = m_store->companyOfApplication(round.value().applicationId);
    if (!company)
        return company.status();
    m_roundId = roundId;
    m_applicationId = round.value().applicationId;
    m_companyId = company.value();
    m_liveValidation = false;
    setFields(round.value().fields);
    m_errors->show({});
    m_addPersonButton->setEnabled(canAddPeople());
    setWindowTitle(tr("Edit %1 at %2")
                       .arg(RoundFormat::roundName(round.value().number), round.value().company));
    m_initialFields = fields();
    m_kindCombo->setFocus();
    return Status::success();
}

void RoundDialog::setFields(const RoundFields &fields)
{
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(static_cast<int>(fields.kind))));
    m_zoneCombo->setCurrentIndex(m_zoneCombo->findText(fields.timeZoneId));
    m_zoneCombo->setEditText(fields.timeZoneId);
    // The date and time as they read in the round's own zone: that is what the
    // invitation said and what the user typed.
    const QTimeZone zone(fields.timeZoneId.toUtf8());
    const QDateTime own =
        fields.start.isValid() && zone.isValid() ? fields.start.toTimeZone(zone) : fields.start;
    if (own.isValid()) {
        m_dateEdit->setDate(own.date());
        m_timeEdit->setTime(own.time());
    } else {
        static_cast<DayEdit *>(m_dateEdit)->unset();
        m_timeEdit->setTime(DefaultTime);
    }
    m_durationSpin->setValue(fields.durationMinutes);
    m_locationEdit->setText(fields.location);
    m_meetingUrlEdit->setText(fields.meetingUrl);
    m_statusCombo->setCurrentIndex(
        std::max(0, m_statusCombo->findData(static_cast<int>(fields.status))));
    m_reasonCombo->setCurrentIndex(
        std::max(0, m_reasonCombo->findData(static_cast<int>(fields.reason))));
    m_outcomeEdit->setPlainText(fields.outcome);

    // The round's people first, in their order and ticked, then the rest of the company.
    m_people->setChosen(fields.peopleIds);
    reloadPeople();
    updateAdvice();
    onTimingChanged();
}

void RoundDialog::reloadPeople()
{
    m_people->setCompany(m_companyId);
    QList<qint64> gone;
    // A failure is shown under the list and reported by the list itself.
    if (m_people->reload(&gone)) {
        // A deleted person cannot attend; closing the form does not lose anything typed then.
        for (qint64 id : std::as_const(gone))
            m_initialFields.peopleIds.removeAll(id);
    }
    updateAskWho();
}

qint64 RoundDialog::currentPersonId() const
{
    return m_people->currentPersonId();
}

void RoundDialog::deleteCurrentPerson()
{
    m_people->deleteCurrentPerson();
}

// ---- Live details ---------------------------------------------------------------------

void RoundDialog::onTimingChanged()
{
    updateZoneDetails();
    updateOverlap();
    revalidateIfShowingProblems();
}

bool RoundDialog::dateChosen() const
{
    return static_cast<const DayEdit *>(m_dateEdit)->isChosen();
}

QDateTime RoundDialog::startInstant() const
{
    if (!dateChosen())
        return {};
    return RoundValidator::localToInstant(m_dateEdit->date(), m_timeEdit->time(),
                                          canonicalZone(m_zoneCombo->currentText()));
}

void RoundDialog::updateZoneDetails()
{
    const QString zoneId = canonicalZone(m_zoneCombo->currentText());
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime start = startInstant();
    m_zoneOffset->setText(
        zone.isValid()
            ? zone.displayName(start.isValid() ? start : Clock::nowUtc(), QTimeZone::OffsetName)
            : QString());
    if (!start.isValid() || !RoundFormat::zoneReadsDifferently(start, zoneId)) {
        m_localTimeHint->clear();
        m_localTimeHint->hide();
        return;
    }
    const QDateTime local = start.toLocalTime();
    m_localTimeHint->setText(
        local.date() == m_dateEdit->date()
            ? tr("That is %1 your time").arg(RoundFormat::time(local.time()))
            : tr("That is %1 on %2 your time")
                  .arg(RoundFormat::time(local.time()), RoundFormat::date(local.date())));
    m_localTimeHint->show();
}

void RoundDialog::updateOverlap()
{
    QStringList lines;
    const RoundFields f = fields();
    // Only a round that will take place can clash with another.
    if (m_store && f.start.isValid() && f.status == RoundStatus::Scheduled) {
        if (auto others = m_store->overlapping(f, m_roundId)) {
            for (const RoundInfo &other : others.value())
                lines << tr("Overlaps %1 at %2, %3")
                             .arg(RoundFormat::roundName(other.number), other.company,
                                  RoundFormat::timeRange(other));
        }
    }
    m_overlapWarning->setText(lines.join(QLatin1Char('\n')));
    m_overlapWarning->setVisible(!lines.isEmpty());
}

void RoundDialog::updateAdvice()
{
    const auto reason = static_cast<RoundReason>(m_reasonCombo->currentData().toInt());
    m_reasonAdvice->setText(RoundCatalog::advice(reason));
}

void RoundDialog::updateAskWho()
{
    m_askWhoHint->setVisible(m_people->chosen().isEmpty());
}

// ---- People ---------------------------------------------------------------------------

bool RoundDialog::canAddPeople() const
{
    // A read-only file would refuse the person only after the form was filled in.
    return m_store && m_undoStack && m_companyId != 0 && !m_store->database().isReadOnly();
}

void RoundDialog::addPerson()
{
    if (!canAddPeople())
        return;
    PersonDialog dialog(m_store, this);
    dialog.prepareNew(m_companyId);
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    auto *command = new AddPersonCommand(m_store, m_signals, m_companyId, dialog.fields());
    // A failed add reports itself through the signals and is dropped by the stack.
    if (!pushKept(m_undoStack, command))
        return;
    const qint64 personId = command->personId();
    m_people->setChosen(personId, true);
    reloadPeople();
    m_people->setCurrentPerson(personId);
    m_people->setFocus();
}

// ---- Result and validation ------------------------------------------------------------

RoundFields RoundDialog::fields() const
{
    RoundFields f;
    f.kind = static_cast<RoundKind>(m_kindCombo->currentData().toInt());
    f.timeZoneId = canonicalZone(m_zoneCombo->currentText());
    f.start = startInstant();
    f.durationMinutes = m_durationSpin->value();
    f.location = m_locationEdit->text().trimmed();
    f.meetingUrl = m_meetingUrlEdit->text().trimmed();
    f.status = static_cast<RoundStatus>(m_statusCombo->currentData().toInt());
    f.reason = static_cast<RoundReason>(m_reasonCombo->currentData().toInt());
    f.outcome = m_outcomeEdit->toPlainText().trimmed();
    f.peopleIds = m_people->chosen();
    return f;
}

bool RoundDialog::validateForm()
{
    QHash<int, QString> messages;
    const QList<RoundValidator::Problem> problems = RoundValidator::validate(fields());
    for (const RoundValidator::Problem &problem : problems) {
        QString &text = messages[key(problem.field)];
        text = text.isEmpty() ? problem.message : text + QLatin1Char('\n') + problem.message;
    }
    // An empty date and an unknown zone each have their own explanation; the validator's
    // "does not exist in that time zone" would only confuse then.
    if (!dateChosen())
        messages.insert(key(Field::Start), tr("Choose the day of the interview."));
    else if (messages.contains(key(Field::TimeZone)))
        messages.remove(key(Field::Start));
    m_errors->show(messages);
    return messages.isEmpty();
}

QString RoundDialog::problemText(Field field) const
{
    return m_errors->message(key(field));
}

QString RoundDialog::overlapWarning() const
{
    return m_overlapWarning->isVisibleTo(this) ? m_overlapWarning->text() : QString();
}

void RoundDialog::accept()
{
    if (validateForm()) {
        QDialog::accept();
        return;
    }
    m_liveValidation = true;
    m_errors->focusFirst();
}

void RoundDialog::reject()
{
    if (fields() != m_initialFields && !Prompter::instance().confirmDiscardTyping(this)) {
        return;
    }
    QDialog::reject();
}

void RoundDialog::revalidateIfShowingProblems()
{
    if (m_liveValidation)
        validateForm();
}

void RoundDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_errors->updateColours();
}
