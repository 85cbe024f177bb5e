#include "ui/rounds/ApplicationRoundsDialog.h"
#include "core/text/PlainText.h"

#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "models/BoardModel.h"
#include "models/RoundSignals.h"
#include "ui/Prompter.h"
#include "ui/commands/RoundCommands.h"
#include "ui/rounds/PersonPage.h"
#include "ui/rounds/RoundDialog.h"
#include "ui/rounds/RoundFormat.h"
#include "ui/rounds/RoundScheduler.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum Column { RoundColumn, WhenColumn, KindColumn, StatusColumn, PeopleColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text, qint64 roundId)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(Qt::UserRole, roundId);
    // Long people lists and zone details stay readable on hover.
    item->setToolTip(PlainText::toolTip(text));
    return item;
}

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

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("roundsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Round"), tr("When"), tr("Kind"), tr("Status"), tr("Who will be there")});
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

    m_peopleList = new QListWidget(this);
    m_peopleList->setObjectName(QStringLiteral("peopleList"));
    m_peopleList->setMaximumHeight(fontMetrics().height() * 7);
    auto *peopleLabel = new QLabel(tr("&People in the selected round:"), this);
    peopleLabel->setBuddy(m_peopleList);

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

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttons"));
    connect(close, &QDialogButtonBox::rejected, this, &ApplicationRoundsDialog::reject);

    auto *roundsRow = new QHBoxLayout;
    roundsRow->addWidget(m_table, 1);
    roundsRow->addLayout(roundButtons);
    auto *peopleRow = new QHBoxLayout;
    peopleRow->addWidget(m_peopleList, 1);
    peopleRow->addLayout(peopleButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(roundsLabel);
    layout->addWidget(m_problemLabel);
    layout->addLayout(roundsRow, 1);
    layout->addWidget(m_emptyHint);
    layout->addWidget(peopleLabel);
    layout->addLayout(peopleRow);
    layout->addWidget(close);

    connect(m_addButton, &QPushButton::clicked, this, &ApplicationRoundsDialog::addRound);
    connect(m_editButton, &QPushButton::clicked, this, &ApplicationRoundsDialog::editCurrentRound);
    connect(m_deleteButton, &QPushButton::clicked, this,
            &ApplicationRoundsDialog::deleteCurrentRound);
    connect(deleteAction, &QAction::triggered, this, &ApplicationRoundsDialog::deleteCurrentRound);
    connect(m_openPersonButton, &QPushButton::clicked, this,
            &ApplicationRoundsDialog::openCurrentPerson);
    // Double-click or Enter: the round opens for editing, a person opens their page.
    connect(m_table, &QTableWidget::itemActivated, this,
            &ApplicationRoundsDialog::editCurrentRound);
    connect(m_peopleList, &QListWidget::itemActivated, this,
            &ApplicationRoundsDialog::openCurrentPerson);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updatePeople();
        updateButtons();
    });
    connect(m_peopleList, &QListWidget::currentRowChanged, this,
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
    const Status loaded = refresh();
    if (m_table->rowCount() > 0 && currentRoundId() == 0)
        selectRound(m_rounds.last().id);
    m_table->setFocus();
    return loaded;
}

Status ApplicationRoundsDialog::refresh()
{
    if (!m_store)
        return Status::failure(tr("No file is open."));
    auto rounds = m_store->roundsForApplication(m_applicationId);
    if (!rounds) {
        m_problemLabel->setText(rounds.error());
        m_problemLabel->show();
        return rounds.status();
    }
    m_problemLabel->hide();
    const qint64 selected = currentRoundId();
    m_rounds = rounds.take();
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearContents();
        m_table->setRowCount(int(m_rounds.size()));
        for (int row = 0; row < m_rounds.size(); ++row) {
            const RoundInfo &round = m_rounds.at(row);
            m_table->setItem(row, RoundColumn,
                             cell(RoundFormat::roundName(round.number), round.id));
            m_table->setItem(row, WhenColumn, cell(RoundFormat::when(round), round.id));
            m_table->setItem(row, KindColumn,
                             cell(RoundCatalog::label(round.fields.kind), round.id));
            m_table->setItem(row, StatusColumn,
                             cell(RoundCatalog::label(round.fields.status), round.id));
            m_table->setItem(row, PeopleColumn, cell(RoundFormat::people(round), round.id));
        }
    }
    m_emptyHint->setVisible(m_rounds.isEmpty());
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
    if (company.isEmpty() && !m_rounds.isEmpty()) {
        company = m_rounds.first().company;
        role = m_rounds.first().role;
    }
    setWindowTitle(company.isEmpty()
                       ? tr("Interview rounds")
                       : tr("Interview rounds — %1 at %2", "role at company").arg(role, company));
}

QList<qint64> ApplicationRoundsDialog::shownRoundIds() const
{
    QList<qint64> ids;
    for (const RoundInfo &round : m_rounds)
        ids << round.id;
    return ids;
}

qint64 ApplicationRoundsDialog::currentRoundId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void ApplicationRoundsDialog::selectRound(qint64 roundId)
{
    for (int row = 0; row < m_rounds.size(); ++row) {
        if (m_rounds.at(row).id == roundId) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, RoundColumn);
            return;
        }
    }
    m_table->clearSelection();
}

RoundInfo ApplicationRoundsDialog::currentRound() const
{
    const qint64 id = currentRoundId();
    for (const RoundInfo &round : m_rounds) {
        if (round.id == id)
            return round;
    }
    return {};
}

qint64 ApplicationRoundsDialog::currentPersonId() const
{
    const QListWidgetItem *item = m_peopleList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ApplicationRoundsDialog::updatePeople()
{
    const qint64 previous = currentPersonId();
    const QSignalBlocker blocker(m_peopleList);
    m_peopleList->clear();
    const RoundInfo round = currentRound();
    if (round.id == 0) {
        updateButtons();
        return;
    }
    for (const PersonInfo &person : round.people) {
        auto *item = new QListWidgetItem(person.fields.title.isEmpty()
                                             ? person.fields.name
                                             : tr("%1 — %2", "name, then job title")
                                                   .arg(person.fields.name, person.fields.title),
                                         m_peopleList);
        item->setData(Qt::UserRole, person.id);
        item->setToolTip(PlainText::toolTip(person.fields.notes));
        if (person.id == previous)
            m_peopleList->setCurrentItem(item);
    }
    if (round.people.isEmpty()) {
        // The reminder stands where the names will be; it cannot be opened.
        auto *item = new QListWidgetItem(RoundFormat::people(round), m_peopleList);
        item->setFlags(Qt::NoItemFlags);
    } else if (!m_peopleList->currentItem()) {
        m_peopleList->setCurrentRow(0);
    }
    updateButtons();
}

void ApplicationRoundsDialog::updateButtons()
{
    const bool writable = m_store && m_undoStack && !m_store->database().isReadOnly();
    const bool haveRound = currentRoundId() != 0;
    m_addButton->setEnabled(writable && m_applicationId != 0);
    m_editButton->setEnabled(writable && haveRound);
    m_deleteButton->setEnabled(writable && haveRound);
    m_openPersonButton->setEnabled(currentPersonId() != 0);
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
