#include "ui/ics/IcsImportDialog.h"
#include "core/text/PlainText.h"
#include "ui/text/SingleLineValidator.h"

#include "core/ApplicationValidator.h"
#include "core/Clock.h"
#include "core/LocaleFormat.h"
#include "core/PipelineStore.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/ical/IcsReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { WhenColumn, TitleColumn, LocationColumn, PeopleColumn, ColumnCount };

// The item's index in the plan, so sorting or future filtering cannot mix events up.
constexpr int PlanIndexRole = Qt::UserRole + 1;

QString applicationName(const QString &company, const QString &role)
{
    return IcsImportDialog::tr("%1 — %2").arg(company, role);
}

QString whenText(const PlannedRound &round)
{
    const QLocale locale;
    if (!round.fields.start.isValid())
        return IcsImportDialog::tr("No valid time");
    // The user's own clock: that is the time they will have to be there.
    const QDateTime local = round.fields.start.toLocalTime();
    const QString date = locale.toString(local.date(), QLocale::ShortFormat);
    if (round.allDay)
        return IcsImportDialog::tr("%1, whole day").arg(date);
    return IcsImportDialog::tr("%1 %2").arg(
        date, locale.toString(local.time(), LocaleFormat::shortTime()));
}

} // namespace

IcsImportDialog::IcsImportDialog(PipelineStore *pipeline, RoundStore *rounds, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_rounds(rounds)
{
    setWindowTitle(tr("Import interview rounds"));

    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);

    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("eventList"));
    m_events->setColumnCount(ColumnCount);
    m_events->setHeaderLabels({tr("When"), tr("Title"), tr("Location"), tr("People")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->header()->setStretchLastSection(false);
    m_events->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_events->setMinimumWidth(560);
    connect(m_events, &QTreeWidget::itemChanged, this, &IcsImportDialog::updateState);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setVisible(false);

    m_application = new QComboBox(this);
    m_application->setObjectName(QStringLiteral("applicationCombo"));
    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("newCompanyEdit"));
    m_company->setMaxLength(ApplicationValidator::MaxNameLength);
    m_role = new QLineEdit(this);
    m_role->setObjectName(QStringLiteral("newRoleEdit"));
    m_role->setMaxLength(ApplicationValidator::MaxNameLength);
    SingleLineValidator::install(m_company);
    SingleLineValidator::install(m_role);
    m_companyLabel = new QLabel(tr("&Company:"), this);
    m_companyLabel->setBuddy(m_company);
    m_roleLabel = new QLabel(tr("&Role:"), this);
    m_roleLabel->setBuddy(m_role);
    if (m_pipeline) {
        if (auto names = m_pipeline->companyNames(); names.ok()) {
            auto *completer = new QCompleter(names.value(), m_company);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_company->setCompleter(completer);
        }
    }
    connect(m_application, &QComboBox::currentIndexChanged, this, &IcsImportDialog::updateState);
    connect(m_company, &QLineEdit::textChanged, this, &IcsImportDialog::updateState);
    connect(m_role, &QLineEdit::textChanged, this, &IcsImportDialog::updateState);

    m_withPeople = new QCheckBox(tr("Add the organizer and attendees as &people"), this);
    m_withPeople->setObjectName(QStringLiteral("withPeopleCheck"));
    m_withPeople->setChecked(true);
    m_withPeople->setToolTip(tr("People already known at the company (same email address) are "
                                "reused, not added twice."));
    connect(m_withPeople, &QCheckBox::toggled, this, &IcsImportDialog::updateState);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IcsImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IcsImportDialog::reject);

    auto *form = new QFormLayout;
    auto *applicationLabel = new QLabel(tr("&Application:"), this);
    applicationLabel->setBuddy(m_application);
    form->addRow(applicationLabel, m_application);
    form->addRow(m_companyLabel, m_company);
    form->addRow(m_roleLabel, m_role);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_notes);
    layout->addLayout(form);
    layout->addWidget(m_withPeople);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillApplications();
    updateState();
}

void IcsImportDialog::fillApplications()
{
    m_application->clear();
    if (m_pipeline) {
        auto cards = m_pipeline->cards();
        if (cards) {
            for (const CardInfo &card : cards.value())
                m_application->addItem(applicationName(card.company, card.role), card.id);
        } else {
            m_loadError = cards.error();
        }
    }
    m_application->addItem(tr("New application…"), qint64(0));
}

Status IcsImportDialog::loadFile(const QString &path)
{
    const IcsReadResult read = IcsReader::readFile(path);
    auto planned = RoundCalendarImport::plan(read);
    if (!planned)
        return planned.status();
    m_plan = planned.take();
    m_fileLabel->setText(tr("Events in “%1”:").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    fillEvents();
    preselectApplication();
    updateState();
    return Status::success();
}

void IcsImportDialog::fillEvents()
{
    const QSignalBlocker blocker(m_events);
    m_events->clear();
    for (int i = 0; i < m_plan.rounds.size(); ++i) {
        const PlannedRound &round = m_plan.rounds.at(i);
        auto *item = new QTreeWidgetItem(m_events);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(WhenColumn, Qt::Checked);
        item->setData(WhenColumn, PlanIndexRole, i);
        item->setText(WhenColumn, whenText(round));
        QString title = RoundCalendarImport::displayTitle(round.event);
        if (round.fields.status == RoundStatus::Cancelled)
            title = tr("%1 (cancelled)").arg(title);
        item->setText(TitleColumn, title);
        item->setText(LocationColumn, round.fields.location.isEmpty() ? round.fields.meetingUrl
                                                                      : round.fields.location);
        item->setText(PeopleColumn, QLocale().toString(int(round.people.size())));
        item->setTextAlignment(PeopleColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList tip;
        tip << tr("Kind: %1").arg(RoundCatalog::label(round.fields.kind));
        if (!round.fields.meetingUrl.isEmpty())
            tip << tr("Meeting link: %1").arg(round.fields.meetingUrl);
        for (const PersonFields &person : round.people)
            tip << (person.email.isEmpty() ? person.name
                                           : tr("%1 <%2>").arg(person.name, person.email));
        tip << round.notes;
        // Tooltips are rich text when they look like it; the event's text is the sender's.
        const QString tipText = PlainText::toolTip(tip.join(QLatin1Char('\n')));
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, tipText);
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != TitleColumn)
            m_events->resizeColumnToContents(column);
    }
    const QStringList notes = m_plan.notes();
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

// An invitation usually names the company somewhere (summary, place, the organizer's
// address); picking that application saves the user a search through a long list.
void IcsImportDialog::preselectApplication()
{
    QString haystack;
    for (const PlannedRound &round : m_plan.rounds) {
        haystack += round.event.summary + QLatin1Char('\n') + round.event.location +
                    QLatin1Char('\n') + round.event.description + QLatin1Char('\n');
        for (const PersonFields &person : round.people)
            haystack += person.email.section(QLatin1Char('@'), 1) + QLatin1Char('\n');
    }
    haystack = haystack.toCaseFolded();
    const QString compact = QString(haystack).remove(QLatin1Char(' '));
    for (int i = 0; i < m_application->count(); ++i) {
        if (m_application->itemData(i).toLongLong() == 0)
            continue;
        const QString company =
            m_application->itemText(i).section(QStringLiteral(" — "), 0, 0).toCaseFolded();
        // Very short names ("X", "HP") match too much text by accident.
        if (company.size() < 3)
            continue;
        if (haystack.contains(company) ||
            compact.contains(QString(company).remove(QLatin1Char(' ')))) {
            m_application->setCurrentIndex(i);
            return;
        }
    }
}

QList<int> IcsImportDialog::chosenIndexes() const
{
    QList<int> indexes;
    for (int row = 0; row < m_events->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_events->topLevelItem(row);
        if (item->checkState(WhenColumn) != Qt::Checked)
            continue;
        const int index = item->data(WhenColumn, PlanIndexRole).toInt();
        if (index >= 0 && index < m_plan.rounds.size())
            indexes << index;
    }
    return indexes;
}

QList<IcsEvent> IcsImportDialog::chosenEvents() const
{
    QList<IcsEvent> events;
    for (int index : chosenIndexes())
        events << m_plan.rounds.at(index).event;
    return events;
}

qint64 IcsImportDialog::chosenApplicationId() const
{
    return m_application->currentData().toLongLong();
}

QString IcsImportDialog::newCompany() const
{
    return chosenApplicationId() == 0 ? m_company->text().trimmed() : QString();
}

QString IcsImportDialog::newRole() const
{
    return chosenApplicationId() == 0 ? m_role->text().trimmed() : QString();
}

bool IcsImportDialog::withPeople() const
{
    return m_withPeople->isChecked();
}

QString IcsImportDialog::chosenApplicationName() const
{
    if (chosenApplicationId() == 0)
        return applicationName(newCompany(), newRole());
    return m_application->currentText();
}

QString IcsImportDialog::problem() const
{
    if (!m_loadError.isEmpty())
        return m_loadError;
    if (chosenIndexes().isEmpty())
        return tr("Check at least one event to import.");
    if (chosenApplicationId() == 0) {
        ApplicationFields fields;
        fields.company = m_company->text();
        fields.role = m_role->text();
        const auto problems = ApplicationValidator::validate(fields, Clock::today());
        if (!problems.isEmpty())
            return problems.first().message;
    }
    return {};
}

void IcsImportDialog::updateState()
{
    const bool isNew = chosenApplicationId() == 0;
    m_companyLabel->setVisible(isNew);
    m_company->setVisible(isNew);
    m_roleLabel->setVisible(isNew);
    m_role->setVisible(isNew);

    QString hint = problem();
    if (hint.isEmpty() && withPeople() && !isNew && m_rounds) {
        // Say in advance how many people are new, so nobody is surprised by duplicates.
        QSet<QString> wanted;
        for (int index : chosenIndexes()) {
            for (const PersonFields &person : m_plan.rounds.at(index).people)
                wanted.insert(person.email.isEmpty() ? person.name.toCaseFolded()
                                                     : person.email.toCaseFolded());
        }
        auto company = m_rounds->companyOfApplication(chosenApplicationId());
        auto known = company ? m_rounds->peopleOfCompany(company.value())
                             : Result<QList<PersonInfo>>(company.status());
        if (known && !wanted.isEmpty()) {
            int already = 0;
            for (const PersonInfo &person : known.value()) {
                const QString key = person.fields.email.isEmpty()
                                        ? person.fields.name.toCaseFolded()
                                        : person.fields.email.toCaseFolded();
                if (wanted.contains(key))
                    ++already;
            }
            hint = tr("%n person(s) will be added", nullptr, int(wanted.size() - already));
            if (already > 0)
                hint = tr("%1; %n already known at the company.", nullptr, already).arg(hint);
            else
                hint += QLatin1Char('.');
        }
    }
    m_problem->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem().isEmpty());
}

void IcsImportDialog::accept()
{
    // OK is disabled while there is a problem, but a default button can still be pressed
    // with Enter on some styles.
    if (!problem().isEmpty()) {
        updateState();
        return;
    }
    QDialog::accept();
}
