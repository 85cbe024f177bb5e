#include "ui/rounds/PersonPage.h"

#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "models/RoundSignals.h"
#include "ui/Prompter.h"
#include "ui/commands/PersonCommands.h"
#include "ui/rounds/PersonDeletion.h"
#include "ui/rounds/PersonDialog.h"
#include "ui/rounds/RoundFormat.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum Column { DateColumn, CompanyColumn, RoleColumn, RoundColumn, KindColumn, StatusColumn };

} // namespace

PersonPage::PersonPage(RoundStore *store, QUndoStack *undoStack, RoundSignals *roundSignals,
                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_signals(roundSignals)
{
    setObjectName(QStringLiteral("personPage"));
    setWindowTitle(tr("Person"));
    setSizeGripEnabled(true);

    m_nameLabel = addDetail(QStringLiteral("nameLabel"));
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_titleLabel = addDetail(QStringLiteral("titleLabel"));
    m_emailLabel = addDetail(QStringLiteral("emailLabel"));
    m_phoneLabel = addDetail(QStringLiteral("phoneLabel"));
    m_profileLabel = addDetail(QStringLiteral("profileLabel"));
    m_notesLabel = addDetail(QStringLiteral("notesLabel"));
    m_problemLabel = addDetail(QStringLiteral("problemLabel"));
    m_problemLabel->hide();

    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(tr("Email:"), m_emailLabel);
    details->addRow(tr("Phone:"), m_phoneLabel);
    details->addRow(tr("Profile:"), m_profileLabel);
    details->addRow(tr("What they care about:"), m_notesLabel);

    m_roundsList = new QTreeWidget(this);
    m_roundsList->setObjectName(QStringLiteral("roundsList"));
    m_roundsList->setRootIsDecorated(false);
    m_roundsList->setUniformRowHeights(true);
    m_roundsList->setAlternatingRowColors(true);
    m_roundsList->setHeaderLabels(
        {tr("Date"), tr("Company"), tr("Role"), tr("Round"), tr("Kind"), tr("Status")});
    m_roundsList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roundsList->header()->setStretchLastSection(true);
    auto *roundsLabel = new QLabel(tr("&Rounds with them:"), this);
    roundsLabel->setBuddy(m_roundsList);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_editButton = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    connect(m_editButton, &QPushButton::clicked, this, &PersonPage::editPerson);
    m_deleteButton = buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, &PersonPage::deletePerson);
    // The Delete key works anywhere on the page, as the page shows one person.
    auto *deleteAction = new QAction(tr("Delete person"), this);
    deleteAction->setObjectName(QStringLiteral("deletePersonAction"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &PersonPage::deletePerson);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonPage::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_problemLabel);
    layout->addLayout(details);
    layout->addSpacing(6);
    layout->addWidget(roundsLabel);
    layout->addWidget(m_roundsList, 1);
    layout->addWidget(buttons);

    // Whatever changes the person or their rounds, here or in another window, shows here.
    if (m_signals) {
        const auto follow = [this] {
            if (m_personId != 0)
                (void)refresh();
        };
        connect(m_signals, &RoundSignals::peopleChanged, this, follow);
        connect(m_signals, &RoundSignals::roundsChanged, this, follow);
    }
    resize(640, 480);
}

QLabel *PersonPage::addDetail(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    // Everything shown was typed by the user or came from an invitation: never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Copying an address or a phone number is the point of looking them up.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

Status PersonPage::setPerson(qint64 personId)
{
    m_personId = personId;
    return refresh();
}

Status PersonPage::refresh()
{
    if (!m_store) {
        showFailure(tr("No file is open."));
        return Status::failure(tr("No file is open."));
    }
    auto person = m_store->person(m_personId);
    if (!person) {
        showFailure(person.error());
        return person.status();
    }
    auto rounds = m_store->roundsOfPerson(m_personId);
    if (!rounds) {
        showFailure(rounds.error());
        return rounds.status();
    }

    const PersonFields &f = person.value().fields;
    setWindowTitle(tr("%1 — person", "window title: the person's name").arg(f.name));
    m_problemLabel->hide();
    m_editButton->setEnabled(m_undoStack && !m_store->database().isReadOnly());
    m_deleteButton->setEnabled(PersonDeletion::possible(m_store, m_undoStack));
    m_nameLabel->setText(f.name);
    m_titleLabel->setText(
        f.title.isEmpty()
            ? person.value().company
            : tr("%1 at %2", "job title at company").arg(f.title, person.value().company));
    const QString unknown = tr("Not known");
    m_emailLabel->setText(f.email.isEmpty() ? unknown : f.email);
    m_phoneLabel->setText(f.phone.isEmpty() ? unknown : f.phone);
    m_profileLabel->setText(f.profileUrl.isEmpty() ? unknown : f.profileUrl);
    m_notesLabel->setText(f.notes.isEmpty() ? tr("Nothing noted yet") : f.notes);

    m_roundsList->clear();
    for (const RoundInfo &round : rounds.value()) {
        const QDateTime local = round.startUtc.toLocalTime();
        auto *item = new QTreeWidgetItem(m_roundsList);
        item->setText(DateColumn,
                      tr("%1, %2", "date, then time")
                          .arg(RoundFormat::date(local.date()), RoundFormat::time(local.time())));
        item->setText(CompanyColumn, round.company);
        item->setText(RoleColumn, round.role);
        item->setText(RoundColumn, RoundFormat::roundName(round.number));
        item->setText(KindColumn, RoundCatalog::label(round.fields.kind));
        item->setText(StatusColumn, RoundCatalog::label(round.fields.status));
        item->setData(DateColumn, Qt::UserRole, round.id);
    }
    if (rounds.value().isEmpty()) {
        auto *item = new QTreeWidgetItem(m_roundsList);
        item->setText(DateColumn, tr("Not in any round yet"));
        item->setFlags(Qt::NoItemFlags);
    }
    return Status::success();
}

void PersonPage::showFailure(const QString &message)
{
    // The person may have been removed by an undo while the page was open.
    m_problemLabel->setText(message);
    m_problemLabel->show();
    m_editButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
}

void PersonPage::deletePerson()
{
    if (!m_deleteButton->isEnabled() || m_personId == 0)
        return;
    if (!PersonDeletion::confirmAndDelete(this, m_store, m_undoStack, m_signals, m_personId))
        return;
    // Nothing is left to show; undo brings the person back wherever they are listed.
    m_personId = 0;
    accept();
}

void PersonPage::editPerson()
{
    if (!m_store || !m_editButton->isEnabled() || m_personId == 0)
        return;
    PersonDialog dialog(m_store, this);
    if (Status loaded = dialog.prepareEdit(m_personId); !loaded) {
        Prompter::instance().error(this, tr("Edit person"), loaded.error());
        return;
    }
    const PersonFields before = dialog.fields();
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    const PersonFields after = dialog.fields();
    if (after == before)
        return;
    m_undoStack->push(new EditPersonCommand(m_store, m_signals, m_personId, after));
    // Without signals nothing else tells the page that the details changed.
    if (!m_signals)
        (void)refresh();
}
