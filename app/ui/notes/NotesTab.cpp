#include "ui/notes/NotesTab.h"

#include "core/Clock.h"
#include "core/notes/PrepSheetLoader.h"
#include "models/FileSession.h"
#include "models/RoundSignals.h"
#include "models/notes/BoardReadiness.h"
#include "models/notes/NotesFeature.h"
#include "ui/RoundActions.h"
#include "ui/WindowFrame.h"
#include "ui/notes/NotesEditor.h"
#include "ui/notes/NotesPage.h"
#include "ui/notes/PrepSheetPreview.h"

#include <QAction>
#include <QVBoxLayout>

NotesTab::NotesTab(const TabContext &tabContext, QObject *parent)
    : Tab(tabContext, parent)
    , m_printAction(new QAction(tr("&Print prep sheet…"), this))
    , m_findAction(new QAction(tr("&Find in notes"), this))
{
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false);
    connect(m_printAction, &QAction::triggered, this, [this] { printPrepSheet(0); });
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        emit activationRequested();
        if (m_page)
            m_page->focusSearch();
    });
    RoundActions *actions = context().roundActions;
    actions->provide(RoundActions::Provided::Notes, [this](qint64 roundId) { showNotes(roundId); });
    actions->provide(RoundActions::Provided::PrepSheet,
                     [this](qint64 roundId) { printPrepSheet(roundId); });
}

NotesTab::~NotesTab() = default;

QString NotesTab::title() const
{
    return tr("&Notes");
}

QList<QAction *> NotesTab::fileActions() const
{
    return {m_printAction};
}

QList<QAction *> NotesTab::editActions() const
{
    return {m_findAction};
}

NotesPage *NotesTab::page() const
{
    return m_page;
}

QWidget *NotesTab::open(FileSession *session)
{
    m_session = session;
    m_feature = session->part<NotesFeature>();
    // The board's cards show each next round's checklist progress from now on.
    session->part<BoardReadiness>();
    m_container = new QWidget;
    m_container->setObjectName(QStringLiteral("notesTab"));
    m_layout = new QVBoxLayout(m_container);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_printAction->setEnabled(true);
    return m_container;
}

void NotesTab::firstShown()
{
    if (m_page || !m_session)
        return;
    m_page = new NotesPage(m_feature, m_session->rounds(), context().undoStack,
                           m_session->isReadOnly(), m_container);
    m_layout->addWidget(m_page);
    m_page->show(); // now, not on the next turn of the event loop
    connect(m_page, &NotesPage::errorOccurred, this,
            [this](const QString &message) { context().frame->showError(message); });
    // Rounds added, moved, deleted or renamed elsewhere change the list.
    connect(m_session->roundSignals(), &RoundSignals::roundsChanged, m_page, &NotesPage::reload);
    connect(m_session->roundSignals(), &RoundSignals::peopleChanged, m_page, &NotesPage::reload);
    connect(m_session, &FileSession::everythingChanged, m_page, &NotesPage::reload);
    m_page->reload();
}

void NotesTab::close()
{
    // What was typed in the last second is written before the file goes.
    if (m_page)
        (void)m_page->editor()->saveNow();
    m_page = nullptr;
    m_container = nullptr;
    m_layout = nullptr;
    m_feature = nullptr;
    m_session = nullptr;
    m_printAction->setEnabled(false);
}

qint64 NotesTab::selectedRound() const
{
    return m_page ? m_page->editor()->round() : 0;
}

qint64 NotesTab::selectedApplication() const
{
    return 0;
}

void NotesTab::showNotes(qint64 roundId)
{
    if (!m_session)
        return;
    emit activationRequested();
    firstShown();
    if (m_page)
        m_page->showRound(roundId);
}

void NotesTab::printPrepSheet(qint64 roundId)
{
    if (!m_session)
        return;
    if (m_page)
        (void)m_page->editor()->saveNow();
    if (roundId == 0)
        roundId = context().roundActions->selectedRound();
    if (roundId == 0) {
        auto next = PrepSheetLoader::nextRound(m_session->sharedDatabase(), Clock::nowUtc());
        if (!next) {
            context().frame->showError(
                tr("There is no round to print a prep sheet for: %1").arg(next.error()));
            return;
        }
        roundId = next.value();
    }
    auto sheet = PrepSheetLoader::load(m_session->sharedDatabase(), roundId);
    if (!sheet) {
        context().frame->showError(sheet.error());
        return;
    }
    PrepSheetPreview::show(context().window, sheet.value());
}
