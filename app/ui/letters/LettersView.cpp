#include "ui/letters/LettersView.h"
#include "core/text/PlainText.h"

#include "core/Clock.h"
#include "core/RoundStore.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterDue.h"
#include "core/letters/LetterFiles.h"
#include "core/letters/LetterFiller.h"
#include "core/letters/LetterStore.h"
#include "core/letters/LetterText.h"
#include "core/letters/MailtoLink.h"
#include "core/notes/NotesStore.h"
#include "models/RoundSignals.h"
#include "models/letters/LetterListModel.h"
#include "ui/Prompter.h"
#include "ui/commands/PersonCommands.h"
#include "ui/commands/RoundCommands.h"
#include "ui/letters/LetterColours.h"
#include "ui/letters/LetterCommand.h"
#include "ui/letters/LetterDocument.h"
#include "ui/letters/LetterEditor.h"
#include "ui/letters/MailHandover.h"
#include "ui/letters/TemplatesDialog.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// Group headings in bold; letters past their due time in the palette's warning colour.
class LetterDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.parent().isValid())
            option->font.setBold(true);
        if (index.data(LetterListModel::OverdueRole).toBool()) {
            const QColor warning = LetterColours::warning(option->palette);
            option->palette.setColor(QPalette::Text, warning);
            option->palette.setColor(QPalette::HighlightedText,
                                     option->palette.color(QPalette::HighlightedText));
            if (index.column() == LetterListModel::DueColumn)
                option->font.setBold(true);
        }
    }
};

QAction *makeAction(QWidget *owner, const QString &text, const QString &name,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    // The tab's menu carries them while the tab is in front; the page too, so they work
    // wherever the page is shown.
    owner->addAction(action);
    return action;
}

} // namespace

LettersView::LettersView(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new LetterListModel(this))
    , m_list(new QTreeView(this))
    , m_editor(new LetterEditor(this))
    , m_myName(new QLineEdit(this))
    , m_peopleBanner(new QLabel(this))
    , m_addPersonButton(new QPushButton(tr("&Who was there?…"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("lettersView"));
    m_acceptAction = makeAction(this, tr("&Accept draft"), QStringLiteral("acceptLetterAction"),
                                QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_discardAction = makeAction(this, tr("&Discard letter"), QStringLiteral("discardLetterAction"),
                                 QKeySequence::Delete);
    m_mailAction = makeAction(this, tr("&Open in mail program"), QStringLiteral("mailLetterAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_emlAction = makeAction(this, tr("Save as .&eml…"), QStringLiteral("emlLetterAction"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_copyAction = makeAction(this, tr("&Copy letter text"), QStringLiteral("copyLetterAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_printAction = makeAction(this, tr("&Print letter…"), QStringLiteral("printLetterAction"));
    m_pdfAction = makeAction(this, tr("Save &letter as PDF…"), QStringLiteral("pdfLetterAction"));
    m_sentAction = makeAction(this, tr("Mark as &sent"), QStringLiteral("sentLetterAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_repliedAction =
        makeAction(this, tr("Mark as &replied"), QStringLiteral("repliedLetterAction"));
    m_draftAction = makeAction(this, tr("&Back to draft"), QStringLiteral("draftLetterAction"));
    m_nextGapAction = makeAction(this, tr("Next &gap"), QStringLiteral("nextGapAction"),
                                 QKeySequence(Qt::Key_F3));
    m_followUpAction =
        makeAction(this, tr("Write &follow-up"), QStringLiteral("followUpLetterAction"));
    m_fromDebriefAction =
        makeAction(this, tr("F&ill in from the debrief"), QStringLiteral("fillFromDebriefAction"));
    m_templatesAction =
        makeAction(this, tr("Letter te&mplates…"), QStringLiteral("letterTemplatesAction"));

    m_list->setObjectName(QStringLiteral("letterList"));
    // Delete discards only from the list, never while typing in the letter.
    removeAction(m_discardAction);
    m_list->addAction(m_discardAction);
    m_discardAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new LetterDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LetterListModel::RecipientColumn, QHeaderView::Stretch);
    for (int column : {int(LetterListModel::RoundColumn), int(LetterListModel::StatusColumn),
                       int(LetterListModel::DueColumn)})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_myName->setObjectName(QStringLiteral("myNameEdit"));
    m_myName->setPlaceholderText(tr("Your name, as letters are signed"));
    m_myName->setMaxLength(200);
    auto *nameLabel = new QLabel(tr("Sign &as:"), this);
    nameLabel->setBuddy(m_myName);
    m_peopleBanner->setObjectName(QStringLiteral("peopleBanner"));
    m_peopleBanner->setTextFormat(Qt::PlainText);
    m_peopleBanner->setWordWrap(true);
    m_addPersonButton->setObjectName(QStringLiteral("addPersonButton"));

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("letterToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_acceptAction, m_discardAction});
    toolbar->addSeparator();
    toolbar->addActions({m_mailAction, m_emlAction, m_copyAction, m_printAction});
    toolbar->addSeparator();
    toolbar->addActions({m_sentAction, m_repliedAction});

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_peopleBanner, 1);
    bannerRow->addWidget(m_addPersonButton);
    leftLayout->addLayout(bannerRow);
    leftLayout->addWidget(m_list, 1);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_myName, 1);
    auto *templatesButton = new QPushButton(m_templatesAction->text(), this);
    templatesButton->setObjectName(QStringLiteral("templatesButton"));
    connect(templatesButton, &QPushButton::clicked, m_templatesAction, &QAction::trigger);
    nameRow->addWidget(templatesButton);
    leftLayout->addLayout(nameRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(toolbar);
    rightLayout->addWidget(m_editor, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Room for the countdown column from the start; the user can drag it.
    splitter->setSizes({540, 760});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // The keyboard path through a letter: list, subject, text, then the signing name.
    setTabOrder(m_list, m_editor->subjectEdit());
    setTabOrder(m_editor->subjectEdit(), m_editor->bodyEdit());
    setTabOrder(m_editor->bodyEdit(), m_myName);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (previous.isValid() && m_editor->isModified())
                    commitEdit();
                Q_UNUSED(current);
                showSelected();
            });
    connect(m_editor, &LetterEditor::editingFinished, this, &LettersView::commitEdit);
    connect(m_editor, &LetterEditor::addAddressRequested, this, &LettersView::addAddress);
    connect(m_acceptAction, &QAction::triggered, this, [this] { setStatus(LetterStatus::Draft); });
    connect(m_draftAction, &QAction::triggered, this, [this] { setStatus(LetterStatus::Draft); });
    connect(m_discardAction, &QAction::triggered, this,
            [this] { setStatus(LetterStatus::Discarded); });
    connect(m_sentAction, &QAction::triggered, this, [this] {
        commitEdit();
        if (confirmWarnings())
            setStatus(LetterStatus::Sent);
    });
    connect(m_repliedAction, &QAction::triggered, this,
            [this] { setStatus(LetterStatus::Replied); });
    connect(m_mailAction, &QAction::triggered, this, &LettersView::openInMailProgram);
    connect(m_emlAction, &QAction::triggered, this, &LettersView::saveAsEml);
    connect(m_copyAction, &QAction::triggered, this, &LettersView::copyText);
    connect(m_printAction, &QAction::triggered, this, &LettersView::print);
    connect(m_pdfAction, &QAction::triggered, this, &LettersView::exportPdf);
    connect(m_fromDebriefAction, &QAction::triggered, this, &LettersView::fillFromDebrief);
    connect(m_nextGapAction, &QAction::triggered, this, [this] {
        if (!m_editor->selectNextGap() && m_context.showStatus)
            m_context.showStatus(tr("No gaps left in this letter."));
    });
    connect(m_followUpAction, &QAction::triggered, this, [this] {
        commitEdit();
        const LetterInfo *current = m_model->letter(m_list->currentIndex());
        if (!current || current->fields.personId == 0)
            return;
        const LetterInfo letter = *current;
        pushLetterCommand({}, tr("Write follow-up"), [this, letter]() -> Result<QList<qint64>> {
            auto round = m_context.rounds->round(letter.fields.roundId);
            if (!round)
                return round.status();
            auto templates = m_context.letters->templates();
            if (!templates)
                return templates.status();
            auto name = m_context.letters->myName();
            if (!name)
                return name.status();
            const LetterTemplate *chosen =
                LetterComposer::choose(templates.value(), TemplateOccasion::FollowUp, language());
            PersonInfo person;
            for (const PersonInfo &candidate : round.value().people)
                if (candidate.id == letter.fields.personId)
                    person = candidate;
            if (person.id == 0) {
                person.id = letter.fields.personId;
                person.fields.name = letter.personName;
            }
            LetterFields fields =
                chosen ? LetterComposer::compose(*chosen, round.value(), person, name.value())
                       : letter.fields;
            fields.personId = letter.fields.personId;
            auto id = m_context.letters->createLetter(fields, LetterStatus::Draft);
            if (!id)
                return id.status();
            return QList<qint64>{id.value()};
        });
    });
    connect(m_templatesAction, &QAction::triggered, this, &LettersView::editTemplates);
    connect(m_myName, &QLineEdit::editingFinished, this, &LettersView::saveMyName);
    connect(m_addPersonButton, &QPushButton::clicked, this, [this] {
        if (!m_roundsNeedingPeople.isEmpty())
            quickAddPerson(m_roundsNeedingPeople.first());
    });
    if (m_context.roundSignals) {
        // Queued: an undo of several steps finishes before drafts are proposed again, so
        // undoing "add a person and their letter" does not bring the letter back.
        connect(m_context.roundSignals, &RoundSignals::roundsChanged, this,
                &LettersView::checkRounds, Qt::QueuedConnection);
        connect(m_context.roundSignals, &RoundSignals::peopleChanged, this, [this] {
            if (m_loaded)
                reload();
        });
    }
    // Countdowns move on, rounds end, reminders come due.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &LettersView::checkRounds);
    m_clock->start();

    if (auto name = m_context.letters->myName(); name)
        m_myName->setText(name.value());
    m_myName->setReadOnly(m_context.readOnly);
    m_editor->setReadOnly(m_context.readOnly);
    m_lastReminderCheck = Clock::nowUtc();
    updatePeopleBanner();
    updateActions();
}

LettersView::~LettersView() = default;

QList<QAction *> LettersView::letterActions() const
{
    return {m_acceptAction, m_discardAction,  nullptr,         m_nextGapAction, m_fromDebriefAction,
            m_mailAction,   m_emlAction,      m_copyAction,    m_printAction,   m_pdfAction,
            nullptr,        m_sentAction,     m_repliedAction, m_draftAction,   m_followUpAction,
            nullptr,        m_templatesAction};
}

QString LettersView::language() const
{
    return QLocale().name();
}

QString LettersView::sentQuestion(const LetterInfo &letter)
{
    // Without a name, "the letter to the letter" would be asked: the subject says which.
    if (!letter.personName.trimmed().isEmpty())
        return tr("Did you send the letter to %1?").arg(PlainText::singleLine(letter.personName));
    if (!letter.fields.subject.trimmed().isEmpty())
        return tr("Did you send the letter “%1”?")
            .arg(PlainText::singleLine(letter.fields.subject));
    return tr("Did you send this letter?");
}

qint64 LettersView::selectedLetter() const
{
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    return letter ? letter->id : 0;
}

qint64 LettersView::selectedRound() const
{
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    return letter ? letter->fields.roundId : 0;
}

qint64 LettersView::selectedApplication() const
{
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    return letter ? letter->applicationId : 0;
}

void LettersView::reload()
{
    auto letters = m_context.letters->letters();
    if (!letters) {
        if (m_context.showError)
            m_context.showError(letters.error());
        return;
    }
    const qint64 current = selectedLetter();
    m_letters = letters.take();
    m_loaded = true;
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_model->setLetters(m_letters, Clock::nowUtc());
        m_list->expandAll();
    }
    updateDueCount();
    select(current);
    if (!m_list->currentIndex().isValid() || !m_model->letter(m_list->currentIndex())) {
        // Nothing chosen yet: the first letter, so the keyboard can start right away.
        if (m_model->rowCount() > 0 && m_model->rowCount(m_model->index(0, 0)) > 0)
            m_list->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    }
    showSelected();
}

void LettersView::select(qint64 letterId)
{
    const QModelIndex index = m_model->indexOf(letterId);
    if (index.isValid()) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void LettersView::showSelected()
{
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter) {
        m_editor->showLetter(std::nullopt, false);
        updateActions();
        return;
    }
    // The same text as another open letter of the round is worth a warning.
    QStringList bodies{letter->fields.body};
    for (const LetterInfo &other : std::as_const(m_letters))
        if (other.id != letter->id && other.fields.roundId == letter->fields.roundId)
            bodies << other.fields.body;
    bool same = false;
    for (const QList<int> &group : LetterFiller::sameTexts(bodies))
        same = same || group.contains(0);
    m_editor->showLetter(*letter, same);
    updateActions();
}

void LettersView::updateActions()
{
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    const bool writable = !m_context.readOnly;
    const bool any = letter != nullptr;
    const LetterStatus status = any ? letter->status : LetterStatus::Draft;
    m_acceptAction->setEnabled(writable && any && status == LetterStatus::Proposed);
    m_discardAction->setEnabled(
        writable && any && (status == LetterStatus::Proposed || status == LetterStatus::Draft));
    for (QAction *handOver : {m_mailAction, m_emlAction, m_copyAction, m_printAction, m_pdfAction})
        handOver->setEnabled(any);
    m_nextGapAction->setEnabled(any && writable);
    m_fromDebriefAction->setEnabled(any && writable && letter->isOpen());
    m_sentAction->setEnabled(writable && any && letter->isOpen());
    m_repliedAction->setEnabled(writable && any && status == LetterStatus::Sent);
    m_draftAction->setEnabled(writable && any &&
                              (status == LetterStatus::Sent || status == LetterStatus::Replied));
    m_followUpAction->setEnabled(writable && any && status == LetterStatus::Sent &&
                                 letter->fields.personId != 0);
    m_templatesAction->setEnabled(true);
}

void LettersView::updateDueCount()
{
    const int count = m_model->dueCount();
    if (count != m_dueCount) {
        m_dueCount = count;
        emit dueCountChanged(count);
    }
    emit lettersRead();
}

void LettersView::updatePeopleBanner()
{
    if (m_roundsNeedingPeople.isEmpty()) {
        m_peopleBanner->hide();
        m_addPersonButton->hide();
        return;
    }
    auto round = m_context.rounds->round(m_roundsNeedingPeople.first());
    if (!round) {
        m_peopleBanner->hide();
        m_addPersonButton->hide();
        return;
    }
    QString text = tr("Round %1 at %2 has ended, but nobody is listed for it. Who was there?")
                       .arg(round.value().number)
                       .arg(round.value().company);
    if (m_roundsNeedingPeople.size() > 1)
        text += QLatin1Char(' ') +
                tr("(%n more round(s) like it)", nullptr, int(m_roundsNeedingPeople.size() - 1));
    m_peopleBanner->setText(text);
    m_peopleBanner->show();
    m_addPersonButton->setVisible(!m_context.readOnly);
}

void LettersView::checkRounds()
{
    const QDateTime now = Clock::nowUtc();
    if (!m_context.readOnly) {
        auto rounds = m_context.letters->roundsAwaitingProposals(now);
        if (!rounds) {
            if (m_context.showError)
                m_context.showError(rounds.error());
        } else {
            // Proposals are the app's suggestion, not the user's edit: they are not undo steps.
            for (qint64 round : rounds.value())
                if (auto made = m_context.letters->proposeDrafts(round, language());
                    !made && m_context.showError)
                    m_context.showError(made.error());
        }
    }
    if (auto needing = m_context.letters->roundsNeedingPeople(now); needing)
        m_roundsNeedingPeople = needing.take();
    updatePeopleBanner();

    // Two hours after a round ends with nothing drafted, say so once.
    const QDateTime from = m_lastReminderCheck.addSecs(-LetterDue::ReminderDelaySeconds);
    const QDateTime until = now.addSecs(-LetterDue::ReminderDelaySeconds);
    if (from < until && m_context.showBanner) {
        if (auto quiet = m_context.letters->roundsWithoutLetters(from, until);
            quiet && !quiet.value().isEmpty()) {
            if (auto round = m_context.rounds->round(quiet.value().first()); round)
                m_context.showBanner(
                    tr("Round %1 at %2 ended two hours ago and no thank-you letter is drafted "
                       "yet. Letters are best sent within a day.")
                        .arg(round.value().number)
                        .arg(round.value().company));
        }
    }
    m_lastReminderCheck = now;

    if (m_loaded) {
        reload();
    } else if (auto letters = m_context.letters->letters(); letters) {
        // Not shown yet: only the count for the tab title.
        m_model->setLetters(letters.value(), now);
        updateDueCount();
    }
}

void LettersView::showRound(qint64 roundId)
{
    commitEdit();
    auto round = m_context.rounds->round(roundId);
    if (!round) {
        if (m_context.showError)
            m_context.showError(round.error());
        return;
    }
    if (round.value().people.isEmpty()) {
        quickAddPerson(roundId);
        return;
    }
    if (!m_context.readOnly) {
        pushLetterCommand({}, tr("Write letters"), [this, roundId] {
            return m_context.letters->proposeDrafts(roundId, language());
        });
    }
    if (!m_loaded)
        reload();
    for (const LetterInfo &letter : std::as_const(m_letters))
        if (letter.fields.roundId == roundId) {
            select(letter.id);
            showSelected();
            break;
        }
    m_list->setFocus(Qt::OtherFocusReason);
}

void LettersView::pushLetterCommand(const QList<qint64> &ids, const QString &text,
                                    std::function<Result<QList<qint64>>()> change)
{
    LetterCommand::Hooks hooks;
    hooks.changed = [this] {
        reload();
    };
    hooks.failed = [this](const QString &message) {
        if (m_context.showError)
            m_context.showError(message);
    };
    m_context.undoStack->push(
        new LetterCommand(m_context.letters, ids, text, std::move(change), std::move(hooks)));
}

void LettersView::fillFromDebrief()
{
    commitEdit();
    const LetterInfo *current = m_model->letter(m_list->currentIndex());
    if (!current || m_context.readOnly)
        return;
    const LetterInfo letter = *current;
    auto round = m_context.rounds->round(letter.fields.roundId);
    if (!round) {
        if (m_context.showError)
            m_context.showError(round.error());
        return;
    }
    // The debrief is usually written after the drafts were proposed: its words go into
    // the gaps still left ({topic}, {next_step}), and what the user wrote stays.
    auto debrief = NotesStore(m_context.letters->sharedDatabase()).notes(round.value().id);
    auto name = m_context.letters->myName();
    if (!debrief || !name) {
        if (m_context.showError)
            m_context.showError(!debrief ? debrief.error() : name.error());
        return;
    }
    PersonInfo person;
    for (const PersonInfo &candidate : round.value().people)
        if (candidate.id == letter.fields.personId)
            person = candidate;
    if (person.id == 0)
        person.fields.name = letter.personName;
    const LetterValues values =
        LetterComposer::values(round.value(), person, name.value(), debrief.value());
    LetterFields fields = letter.fields;
    const QString words = LetterComposer::baseLanguage(language());
    fields.body = LetterFiller::fill(letter.fields.body, values, words);
    fields.subject =
        PlainText::singleLine(LetterFiller::fill(letter.fields.subject, values, words));
    if (fields == letter.fields) {
        if (m_context.showStatus)
            m_context.showStatus(values.topic.isEmpty()
                                     ? tr("The debrief does not say yet what you talked about "
                                          "with this person.")
                                     : tr("Nothing left to fill in."));
        return;
    }
    pushLetterEdit(letter, fields, tr("Fill in from the debrief"));
}

void LettersView::commitEdit()
{
    if (m_context.readOnly || !m_editor->isModified() || !m_editor->letter())
        return;
    pushLetterEdit(*m_editor->letter(), m_editor->fields(), tr("Edit letter"));
}

void LettersView::pushLetterEdit(const LetterInfo &letter, const LetterFields &fields,
                                 const QString &text)
{
    const qint64 id = letter.id;
    const bool wasProposed = letter.status == LetterStatus::Proposed;
    pushLetterCommand({id}, text, [this, id, fields, wasProposed]() {
        if (Status ok = m_context.letters->updateLetter(id, fields); !ok)
            return Result<QList<qint64>>(ok);
        // Editing a proposal accepts it.
        if (wasProposed)
            if (Status ok = m_context.letters->setStatus(id, LetterStatus::Draft, {}); !ok)
                return Result<QList<qint64>>(ok);
        return Result<QList<qint64>>(QList<qint64>());
    });
}

void LettersView::setStatus(LetterStatus status)
{
    commitEdit();
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter)
        return;
    const qint64 id = letter->id;
    QString text;
    switch (status) {
    case LetterStatus::Draft:
        text = letter->status == LetterStatus::Proposed ? tr("Accept draft") : tr("Back to draft");
        break;
    case LetterStatus::Sent:
        text = tr("Mark letter as sent");
        break;
    case LetterStatus::Replied:
        text = tr("Mark letter as replied");
        break;
    case LetterStatus::Discarded:
        text = tr("Discard letter");
        break;
    case LetterStatus::Proposed:
        break;
    }
    const QDateTime at = Clock::nowUtc();
    pushLetterCommand({id}, text, [this, id, status, at]() -> Result<QList<qint64>> {
        if (Status ok = m_context.letters->setStatus(id, status, at); !ok)
            return ok;
        return QList<qint64>();
    });
    if (status == LetterStatus::Sent && m_context.showStatus)
        m_context.showStatus(tr("Marked as sent."));
}

bool LettersView::confirmWarnings()
{
    const QStringList warnings = m_editor->sendingWarnings();
    if (warnings.isEmpty())
        return true;
    return Prompter::instance().confirm(this, tr("Mark as sent"),
                                        warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                            tr("Mark it as sent anyway?"),
                                        tr("Mark as sent"));
}

void LettersView::askWhetherSent()
{
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter || !letter->isOpen() || m_context.readOnly)
        return;
    if (Prompter::instance().confirm(this, tr("Was it sent?"), sentQuestion(*letter),
                                     tr("Mark as sent")) &&
        confirmWarnings())
        setStatus(LetterStatus::Sent);
}

void LettersView::openInMailProgram()
{
    commitEdit();
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter)
        return;
    const QByteArray link =
        MailtoLink::build(letter->personEmail, letter->fields.subject, letter->fields.body);
    if (!MailtoLink::fitsMailPrograms(link)) {
        Prompter::instance().information(
            this, tr("Letter too long for a mail link"),
            tr("This letter makes a mail link of %L1 characters, and mail programs cut links "
               "longer than about %L2. Save it as an .eml file instead and open that file: it "
               "opens as a new message in the mail program.")
                .arg(link.size())
                .arg(MailtoLink::MaxLength));
        saveAsEml();
        return;
    }
    if (!MailHandover::openUrl(QUrl::fromEncoded(link, QUrl::StrictMode))) {
        if (m_context.showError)
            m_context.showError(tr("No mail program could be opened. Save the letter as an .eml "
                                   "file or copy its text instead."));
        return;
    }
    askWhetherSent();
}

void LettersView::saveAsEml()
{
    commitEdit();
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter)
        return;
    const LetterInfo shown = *letter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Prompter::instance().saveFileName(
        this, tr("Save letter as .eml"), QDir(folder).filePath(LetterFiles::fileName(shown)),
        tr("Email messages (*.eml)"));
    if (path.isEmpty())
        return;
    handOverFile(path, EmlWriter::write(LetterFiles::message(shown, Clock::nowUtc())),
                 tr("Saved %1. Open it to send it from your mail program.")
                     .arg(QDir::toNativeSeparators(path)));
}

void LettersView::copyText()
{
    commitEdit();
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter)
        return;
    QGuiApplication::clipboard()->setText(
        LetterText::lines(letter->fields.body).join(QLatin1Char('\n')));
    if (m_context.showStatus)
        m_context.showStatus(tr("The letter's text is on the clipboard. Subject: %1")
                                 .arg(LetterText::singleLine(letter->fields.subject)));
    askWhetherSent();
}

void LettersView::print()
{
    commitEdit();
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter)
        return;
    const LetterInfo shown = *letter;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print letter"));
    if (Prompter::instance().run(dialog) != QDialog::Accepted)
        return;
    LetterDocument::build(shown)->print(&printer);
    askWhetherSent();
}

void LettersView::exportPdf()
{
    commitEdit();
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter)
        return;
    const LetterInfo shown = *letter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString suggested = LetterFiles::fileName(shown);
    suggested.chop(4);
    const QString path = Prompter::instance().saveFileName(
        this, tr("Save letter as PDF"), QDir(folder).filePath(suggested + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // Rendered in memory, then written owner-only like every file of the user's data.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(LetterText::singleLine(shown.fields.subject));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        LetterDocument::build(shown)->print(&writer);
    }
    handOverFile(path, buffer.data(), tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void LettersView::handOverFile(const QString &path, const QByteArray &bytes, const QString &saved)
{
    if (Status written = LetterFiles::writeFile(path, bytes); !written) {
        if (m_context.showError)
            m_context.showError(written.error());
        return;
    }
    if (m_context.showStatus)
        m_context.showStatus(saved);
    askWhetherSent();
}

void LettersView::addAddress()
{
    const LetterInfo *letter = m_model->letter(m_list->currentIndex());
    if (!letter || letter->fields.personId == 0 || m_context.readOnly)
        return;
    auto person = m_context.rounds->person(letter->fields.personId);
    if (!person) {
        if (m_context.showError)
            m_context.showError(person.error());
        return;
    }
    const std::optional<QString> address = Prompter::instance().text(
        this, tr("Email address"), tr("Email address of %1:").arg(person.value().fields.name),
        QString());
    if (!address || address->trimmed().isEmpty())
        return;
    PersonFields fields = person.value().fields;
    fields.email = address->trimmed();
    if (const QString problem = RoundStore::validatePerson(fields); !problem.isEmpty()) {
        Prompter::instance().error(this, tr("Email address"), problem);
        return;
    }
    m_context.undoStack->push(
        new EditPersonCommand(m_context.rounds, m_context.roundSignals, person.value().id, fields));
    reload();
}

void LettersView::quickAddPerson(qint64 roundId)
{
    if (m_context.readOnly)
        return;
    auto round = m_context.rounds->round(roundId);
    if (!round) {
        if (m_context.showError)
            m_context.showError(round.error());
        return;
    }
    const std::optional<QString> name = Prompter::instance().text(
        this, tr("Who was there?"),
        tr("Name of a person you met in round %1 at %2 (add the others from the round's form):")
            .arg(round.value().number)
            .arg(round.value().company),
        QString());
    if (!name || name->trimmed().isEmpty())
        return;
    PersonFields person;
    person.name = name->trimmed();
    if (const QString problem = RoundStore::validatePerson(person); !problem.isEmpty()) {
        Prompter::instance().error(this, tr("Who was there?"), problem);
        return;
    }
    auto company = m_context.rounds->companyOfApplication(round.value().applicationId);
    if (!company) {
        if (m_context.showError)
            m_context.showError(company.error());
        return;
    }
    // One undo step: the person, their place in the round and their letter.
    m_context.undoStack->beginMacro(tr("Add %1 and a letter").arg(person.name));
    auto *add =
        new AddPersonCommand(m_context.rounds, m_context.roundSignals, company.value(), person);
    m_context.undoStack->push(add);
    if (add->personId() != 0) {
        RoundFields fields = round.value().fields;
        fields.peopleIds << add->personId();
        m_context.undoStack->push(
            new EditRoundCommand(m_context.rounds, m_context.roundSignals, roundId, fields));
        pushLetterCommand({}, tr("Write letters"), [this, roundId] {
            return m_context.letters->proposeDrafts(roundId, language());
        });
    }
    m_context.undoStack->endMacro();
    m_roundsNeedingPeople.removeAll(roundId);
    updatePeopleBanner();
    reload();
    for (const LetterInfo &letter : std::as_const(m_letters))
        if (letter.fields.roundId == roundId && letter.fields.personId == add->personId())
            select(letter.id);
    showSelected();
}

void LettersView::editTemplates()
{
    commitEdit();
    TemplatesDialog dialog(m_context.letters, m_context.undoStack, m_context.readOnly, language(),
                           this);
    Prompter::instance().run(dialog);
}

void LettersView::saveMyName()
{
    if (m_context.readOnly)
        return;
    auto current = m_context.letters->myName();
    if (current && current.value() == m_myName->text().simplified())
        return;
    if (Status saved = m_context.letters->setMyName(m_myName->text()); !saved) {
        if (m_context.showError)
            m_context.showError(saved.error());
        return;
    }
    if (m_context.showStatus)
        m_context.showStatus(tr("New letters are signed “%1”.").arg(m_myName->text().simplified()));
}
