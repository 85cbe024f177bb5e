#include "ui/rounds/ApplicationRoundsDialog.h"
#include "core/text/PlainText.h"

#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "models/BoardModel.h"
#include "models/RoundSignals.h"
#include "models/rounds/ApplicationRoundsModel.h"
#include "ui/Prompter.h"
#include "ui/commands/RoundCommands.h"
#include "ui/rounds/PeopleChooser.h"
#include "ui/rounds/PersonPage.h"
#include "ui/rounds/RoundDialog.h"
#include "ui/rounds/RoundFormat.h"
#include "ui/rounds/RoundScheduler.h"
#include "ui/rounds/UndoSupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Words the model's raw columns for the table: "Round 2", the local time (with the round's
// own zone where it reads differently), the kind, the status and who will be there.
class RoundsTableProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ToolTipRole) {
            // Long people lists and zone details stay readable on hover, never as markup.
            return PlainText::toolTip(data(index, Qt::DisplayRole).toString());
        }
        if (role != Qt::DisplayRole)
            return QSortFilterProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        const auto *model = static_cast<const ApplicationRoundsModel *>(sourceModel());
        const RoundInfo round = model->roundAt(source.row());
        switch (source.column()) {
        case ApplicationRoundsModel::NumberColumn:
            return RoundFormat::roundName(round.number);
        case ApplicationRoundsModel::StartColumn:
            return RoundFormat::when(round);
        case ApplicationRoundsModel::KindColumn:
            return RoundCatalog::label(round.fields.kind);
        case ApplicationRoundsModel::StatusColumn:
            return RoundCatalog::label(round.fields.status);
        case ApplicationRoundsModel::PeopleColumn:
            return RoundFormat::people(round);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QSortFilterProxyModel::headerData(section, orientation, role);
        // Shown columns in order, as filterAcceptsColumn() lets them through; mapToSource()
        // needs a row, and an empty list still has headings.
        static const int shown[] = {
            ApplicationRoundsModel::NumberColumn, ApplicationRoundsModel::StartColumn,
            ApplicationRoundsModel::KindColumn, ApplicationRoundsModel::StatusColumn,
            ApplicationRoundsModel::PeopleColumn};
        if (section < 0 || section >= int(std::size(shown)))
            return {};
        switch (shown[section]) {
        case ApplicationRoundsModel::NumberColumn:
            return ApplicationRoundsDialog::tr("Round");
        case ApplicationRoundsModel::StartColumn:
            return ApplicationRoundsDialog::tr("When");
        case ApplicationRoundsModel::KindColumn:
            return ApplicationRoundsDialog::tr("Kind");
        case ApplicationRoundsModel::StatusColumn:
            return ApplicationRoundsDialog::tr("Status");
        case ApplicationRoundsModel::PeopleColumn:
            return ApplicationRoundsDialog::tr("Who will be there");
        default:
            return {};
        }
    }

protected:
    bool filterAcceptsColumn(int column, const QModelIndex &) const override
    {
        return column == ApplicationRoundsModel::NumberColumn ||
               column == ApplicationRoundsModel::StartColumn ||
               column == ApplicationRoundsModel::KindColumn ||
               column == ApplicationRoundsModel::StatusColumn ||
               column == ApplicationRoundsModel::PeopleColumn;
    }
};

} // namespace

ApplicationRoundsDialog::ApplicationRoundsDialog(RoundStore *store, QUndoStack *undoStack,
                                                 RoundSignals *roundSignals, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_signals(roundSignals)
{
    setObjectName(QStringLiteral("applicationRoundsDialog"));
    setWindowTitle(tr("Interview rounds"));
    setSizeGripEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("roundsTable"));
    if (m_store) {
        m_model = new ApplicationRoundsModel(m_store->database(), this);
        m_proxy = new RoundsTableProxy(this);
        m_proxy->setSourceModel(m_model);
        m_table->setModel(m_proxy);
    }
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *roundsLabel = new QLabel(tr("&Rounds, in date order:"), this);
    roundsLabel->setBuddy(m_table);

    m_emptyHint =
        new QLabel(tr("No rounds yet. Add one as soon as the company invites you."), this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();

    m_people = new PeopleChooser(m_store, m_undoStack, m_signals, this);
    m_people->view()->setMaximumHeight(fontMetrics().height() * 7);
    auto *peopleLabel = new QLabel(tr("&People: tick who attends the selected round"), this);
    peopleLabel->setBuddy(m_people->view());
    // "Ask who will attend" or "Not recorded" while nobody is ticked.
    m_askWhoHint = new QLabel(this);
    m_askWhoHint->setObjectName(QStringLiteral("askWhoHint"));
    m_askWhoHint->setTextFormat(Qt::PlainText);
    m_askWhoHint->hide();

    const auto makeButton = [this](const QString &text, const QString &objectName) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        // Enter in the list opens the round; it must not also press a button.
        button->setAutoDefault(false);
        return button;
    };
    m_addButton = makeButton(tr("&Add…"), QStringLiteral("addButton"));
    m_editButton = makeButton(tr("&Edit…"), QStringLiteral("editButton"));
    m_deleteButton = makeButton(tr("&Delete…"), QStringLiteral("deleteButton"));
    m_openPersonButton = makeButton(tr("&Open person…"), QStringLiteral("openPersonButton"));
    auto *roundButtons = new QVBoxLayout;
    roundButtons->addWidget(m_addButton);
    roundButtons->addWidget(m_editButton);
    roundButtons->addWidget(m_deleteButton);
    roundButtons->addStretch();
    auto *peopleButtons = new QVBoxLayout;
    peopleButtons->addWidget(m_openPersonButton);
    peopleButtons->addStretch();

    auto *deleteAction = new QAction(tr("Delete round"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);

    // Enter opens a person's page, also from the list's context menu (first there); the
    // list itself brings ticking, moving and deleting.
    m_openPersonAction = new QAction(tr("Open person…"), m_people->view());
    m_openPersonAction->setObjectName(QStringLiteral("openPersonAction"));
    m_people->view()->insertAction(m_people->view()->actions().value(0), m_openPersonAction);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttons"));
    connect(close, &QDialogButtonBox::rejected, this, &ApplicationRoundsDialog::reject);

    auto *roundsRow = new QHBoxLayout;
    roundsRow->addWidget(m_table, 1);
    roundsRow->addLayout(roundButtons);
    auto *peopleRow = new QHBoxLayout;
    peopleRow->addWidget(m_people, 1);
    peopleRow->addLayout(peopleButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(roundsLabel);
    layout->addWidget(m_problemLabel);
    layout->addLayout(roundsRow, 1);
    layout->addWidget(m_emptyHint);
    layout->addWidget(peopleLabel);
    layout->addLayout(peopleRow);
    layout->addWidget(m_askWhoHint);
    layout->addWidget(close);

    connect(m_addButton, &QPushButton::clicked, this, &ApplicationRoundsDialog::addRound);
    connect(m_editButton, &QPushButton::clicked, this, &ApplicationRoundsDialog::editCurrentRound);
    connect(m_deleteButton, &QPushButton::clicked, this,
            &ApplicationRoundsDialog::deleteCurrentRound);
    connect(deleteAction, &QAction::triggered, this, &ApplicationRoundsDialog::deleteCurrentRound);
    connect(m_openPersonButton, &QPushButton::clicked, this,
            &ApplicationRoundsDialog::openCurrentPerson);
    connect(m_openPersonAction, &QAction::triggered, this,
            &ApplicationRoundsDialog::openCurrentPerson);
    connect(m_people, &PeopleChooser::personDeleted, this, [this] {
        // Without signals nothing else refreshes the list.
        if (!m_signals)
            (void)refresh();
        m_people->setFocus();
    });
    // Later, not while the list is still handling the click or key that ticked: saving
    // reads the list again.
    connect(m_people, &PeopleChooser::chosenEdited, this,
            &ApplicationRoundsDialog::applyChosenPeople, Qt::QueuedConnection);
    // Double-click or Enter: the round opens for editing, a person opens their page.
    connect(m_table, &QTableView::activated, this, &ApplicationRoundsDialog::editCurrentRound);
    connect(m_people->view(), &QListView::activated, this,
            &ApplicationRoundsDialog::openCurrentPerson);
    if (m_table->selectionModel())
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            updatePeople();
            updateButtons();
        });
    connect(m_people, &PeopleChooser::currentPersonChanged, this,
            &ApplicationRoundsDialog::updateButtons);
    if (m_signals) {
        // refresh() shows its own failure in the dialog.
        const auto follow = [this] {
            if (m_applicationId != 0)
                (void)refresh();
        };
        connect(m_signals, &RoundSignals::roundsChanged, this, follow);
        connect(m_signals, &RoundSignals::peopleChanged, this, follow);
    }
    updateButtons();
    resize(760, 480);
}

Status ApplicationRoundsDialog::setApplication(qint64 applicationId)
{
    m_applicationId = applicationId;
    if (m_model)
        m_model->setApplication(applicationId);
    const Status loaded = refresh();
    const QList<qint64> shown = shownRoundIds();
    if (!shown.isEmpty() && currentRoundId() == 0)
        selectRound(shown.last());
    m_table->setFocus();
    return loaded;
}

Status ApplicationRoundsDialog::refresh()
{
    if (!m_store || !m_model)
        return Status::failure(tr("No file is open."));
    const qint64 selected = currentRoundId();
    if (Status read = m_model->refresh(); !read) {
        m_problemLabel->setText(read.error());
        m_problemLabel->show();
        return read;
    }
    m_problemLabel->hide();
    m_emptyHint->setVisible(m_model->rowCount() == 0);
    updateTitle();
    selectRound(selected);
    updatePeople();
    updateButtons();
    return Status::success();
}

void ApplicationRoundsDialog::updateTitle()
{
    QString company;
    QString role;
    if (m_board) {
        if (auto card = m_board->store()->card(m_applicationId)) {
            company = card.value().company;
            role = card.value().role;
        }
    }
    const QList<qint64> shown = shownRoundIds();
    if (company.isEmpty() && !shown.isEmpty()) {
        if (auto round = m_store->round(shown.first())) {
            company = round.value().company;
            role = round.value().role;
        }
    }
    setWindowTitle(company.isEmpty()
                       ? tr("Interview rounds")
                       : tr("Interview rounds — %1 at %2", "role at company").arg(role, company));
}

QList<qint64> ApplicationRoundsDialog::shownRoundIds() const
{
    QList<qint64> ids;
    if (m_proxy)
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids << m_model->idAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return ids;
}

qint64 ApplicationRoundsDialog::currentRoundId() const
{
    if (!m_proxy || !m_table->selectionModel())
        return 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(m_proxy->mapToSource(rows.first()).row());
}

void ApplicationRoundsDialog::selectRound(qint64 roundId)
{
    const int row = m_model ? m_model->rowOf(roundId) : -1;
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    // The id column is not shown, so it maps to nothing: go through the number.
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, ApplicationRoundsModel::NumberColumn));
    m_table->selectRow(index.row());
    m_table->setCurrentIndex(m_proxy->index(index.row(), 0));
}

RoundInfo ApplicationRoundsDialog::currentRound() const
{
    const qint64 id = currentRoundId();
    if (id == 0 || !m_store)
        return {};
    auto round = m_store->round(id);
    return round ? round.value() : RoundInfo();
}

qint64 ApplicationRoundsDialog::currentPersonId() const
{
    return m_people->currentPersonId();
}

void ApplicationRoundsDialog::updatePeople()
{
    const auto showFailure = [this](const QString &message) {
        m_problemLabel->setText(message);
        m_problemLabel->show();
        if (m_signals)
            m_signals->reportError(message);
    };
    RoundInfo round;
    qint64 company = 0;
    if (const qint64 id = currentRoundId(); id != 0 && m_store) {
        // Shown, not taken for a round without people.
        if (auto read = m_store->round(id))
            round = read.value();
        else
            showFailure(read.error());
    }
    if (round.id != 0) {
        if (auto read = m_store->companyOfApplication(round.applicationId))
            company = read.value();
        else
            showFailure(read.error());
    }
    // Without a round there is nothing to tick, and nobody is listed.
    m_people->setCompany(company);
    m_people->setChosen(round.fields.peopleIds);
    m_people->setTickable(round.id != 0 && m_undoStack && !m_store->database().isReadOnly());
    // A failure shows under the list and is reported there.
    (void)m_people->reload();
    if (m_people->currentPersonId() == 0 && m_people->count() > 0)
        m_people->view()->setCurrentIndex(
            m_people->view()->model()->index(0, m_people->view()->modelColumn()));
    m_askWhoHint->setText(RoundFormat::people(round));
    m_askWhoHint->setVisible(round.id != 0 && round.fields.peopleIds.isEmpty());
    updateButtons();
}

void ApplicationRoundsDialog::applyChosenPeople()
{
    const RoundInfo round = currentRound();
    const QList<qint64> chosen = m_people->chosen();
    if (round.id == 0 || !m_undoStack || chosen == round.fields.peopleIds)
        return;
    const qint64 person = m_people->currentPersonId();
    // A refused change (the file became read-only, the round is gone) reports itself and
    // is dropped by the stack; the ticks then show what is stored again.
    const bool kept =
        pushKept(m_undoStack, new RoundPeopleCommand(m_store, m_signals, round.id, chosen));
    if (!kept || !m_signals)
        (void)refresh();
    m_people->setCurrentPerson(person);
}

void ApplicationRoundsDialog::updateButtons()
{
    const bool writable = m_store && m_undoStack && !m_store->database().isReadOnly();
    const bool haveRound = currentRoundId() != 0;
    m_addButton->setEnabled(writable && m_applicationId != 0);
    m_editButton->setEnabled(writable && haveRound);
    m_deleteButton->setEnabled(writable && haveRound);
    m_openPersonButton->setEnabled(currentPersonId() != 0);
    m_openPersonAction->setEnabled(currentPersonId() != 0);
}

// ---- Actions --------------------------------------------------------------------------

void ApplicationRoundsDialog::addRound()
{
    if (!m_addButton->isEnabled())
        return;
    const QList<qint64> before = shownRoundIds();
    if (m_board) {
        if (!RoundScheduler::scheduleRound(this, m_store, m_board, m_undoStack, m_signals,
                                           m_applicationId))
            return;
    } else {
        RoundDialog dialog(m_store, m_undoStack, m_signals, this);
        dialog.prepareNew(m_applicationId);
        if (Prompter::instance().run(dialog) != QDialog::Accepted)
            return;
        m_undoStack->push(
            new AddRoundCommand(m_store, m_signals, m_applicationId, dialog.fields()));
    }
    // Without signals nothing else refreshes the list.
    if (!m_signals)
        (void)refresh();
    for (qint64 id : shownRoundIds()) {
        if (!before.contains(id))
            selectRound(id);
    }
}

void ApplicationRoundsDialog::editCurrentRound()
{
    const qint64 id = currentRoundId();
    if (id == 0 || !m_editButton->isEnabled())
        return;
    RoundDialog dialog(m_store, m_undoStack, m_signals, this);
    if (Status loaded = dialog.prepareEdit(id); !loaded) {
        Prompter::instance().error(this, tr("Edit round"), loaded.error());
        return;
    }
    const RoundFields before = dialog.fields();
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    const RoundFields after = dialog.fields();
    if (after == before)
        return;
    m_undoStack->push(new EditRoundCommand(m_store, m_signals, id, after));
    if (!m_signals)
        (void)refresh();
    selectRound(id);
}

void ApplicationRoundsDialog::deleteCurrentRound()
{
    const RoundInfo round = currentRound();
    if (round.id == 0 || !m_deleteButton->isEnabled())
        return;
    const QString question =
        tr("Delete %1 (%2, %3)? The people stay listed for the company. Edit > Undo brings "
           "the round back.")
            .arg(RoundFormat::roundName(round.number), RoundCatalog::label(round.fields.kind),
                 RoundFormat::when(round));
    if (!Prompter::instance().confirm(this, tr("Delete round"), question, tr("Delete")))
        return;
    m_undoStack->push(new DeleteRoundCommand(m_store, m_signals, round.id));
    if (!m_signals)
        (void)refresh();
}

void ApplicationRoundsDialog::deleteCurrentPerson()
{
    m_people->deleteCurrentPerson();
}

void ApplicationRoundsDialog::openCurrentPerson()
{
    const qint64 personId = currentPersonId();
    if (personId == 0)
        return;
    PersonPage page(m_store, m_undoStack, m_signals, this);
    if (Status loaded = page.setPerson(personId); !loaded) {
        Prompter::instance().error(this, tr("Person"), loaded.error());
        return;
    }
    Prompter::instance().run(page);
}
