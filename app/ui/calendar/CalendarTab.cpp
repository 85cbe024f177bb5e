#include "ui/calendar/CalendarTab.h"

#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesStore.h"
#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "models/RoundSignals.h"
#include "models/notes/NotesFeature.h"
#include "ui/Prompter.h"
#include "ui/RoundActions.h"
#include "ui/WindowFrame.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/ReminderNotifier.h"
#include "ui/ics/IcsActions.h"
#include "ui/ics/IcsDropWatcher.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QVBoxLayout>

CalendarTab::CalendarTab(const TabContext &tabContext, QObject *parent)
    : Tab(tabContext, parent)
    , m_importAction(new QAction(tr("&Import invitation (.ics)…"), this))
    , m_exportAction(new QAction(tr("&Export scheduled rounds (.ics)…"), this))
    , m_newRoundAction(new QAction(tr("&New round on the selected day…"), this))
    , m_reminderMenu(new QMenu(tr("&Reminders")))
{
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &CalendarTab::importInvitation);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &CalendarTab::exportScheduledRounds);
    connect(m_newRoundAction, &QAction::triggered, this, [this] {
        context().roundActions->newRoundOn(m_view ? m_view->selectedDate() : QDate());
    });
    m_importAction->setEnabled(false);
    m_exportAction->setEnabled(false);
    buildReminderMenu();
}

CalendarTab::~CalendarTab()
{
    delete m_reminderMenu;
}

CalendarView *CalendarTab::view() const
{
    return m_view;
}

QString CalendarTab::title() const
{
    return tr("Calen&dar");
}

void CalendarTab::buildReminderMenu()
{
    auto *group = new QActionGroup(m_reminderMenu);
    const QList<std::pair<int, QString>> choices = {{0, tr("Off")},
                                                    {15, tr("15 minutes before")},
                                                    {30, tr("30 minutes before")},
                                                    {60, tr("1 hour before")},
                                                    {120, tr("2 hours before")},
                                                    {24 * 60, tr("1 day before")}};
    for (const auto &[minutes, label] : choices) {
        QAction *choice = m_reminderMenu->addAction(label);
        choice->setCheckable(true);
        choice->setChecked(context().settings->reminderLeadMinutes() == minutes);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this,
                [this, minutes = minutes] { setReminderLead(minutes); });
    }
}

QList<Tab::Menu> CalendarTab::menus() const
{
    QList<QAction *> actions{m_newRoundAction};
    if (m_view)
        actions << m_view->todayAction();
    actions << nullptr << m_reminderMenu->menuAction();
    return {{tr("&Calendar"), actions}};
}

QList<QAction *> CalendarTab::fileActions() const
{
    return {m_importAction, m_exportAction};
}

QWidget *CalendarTab::open(FileSession *session)
{
    m_session = session;
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("calendarPage"));
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(0, 0, 0, 0);
    m_importAction->setEnabled(!session->isReadOnly());
    m_exportAction->setEnabled(true);
    m_newRoundAction->setEnabled(!session->isReadOnly());

    m_reminders = new ReminderNotifier(session->rounds(), context().window,
                                       context().settings->reminderLeadMinutes(), this);
    // A reminder offers the round's prep sheet, the thing to read before going in.
    RoundActions *actions = context().roundActions;
    if (actions->provides(RoundActions::Provided::PrepSheet))
        m_reminders->setClickHint(tr("Click to open its prep sheet."));
    connect(m_reminders, &ReminderNotifier::bannerRequested, this,
            [this, actions](const QString &text, qint64 roundId) {
                if (!actions->provides(RoundActions::Provided::PrepSheet)) {
                    context().frame->showBanner(text);
                    return;
                }
                context().frame->showBannerWithAction(
                    text, tr("Open the prep sheet…"), [actions, roundId] {
                        actions->trigger(RoundActions::Provided::PrepSheet, roundId);
                    });
            });
    connect(m_reminders, &ReminderNotifier::messageClicked, actions, [actions](qint64 roundId) {
        if (roundId > 0)
            actions->trigger(RoundActions::Provided::PrepSheet, roundId);
    });
    m_dropWatcher = new IcsDropWatcher(context().window, this);
    connect(m_dropWatcher, &IcsDropWatcher::filesDropped, this, [this](const QStringList &files) {
        for (const QString &path : files)
            importInvitationFile(path);
    });
    return m_page;
}

void CalendarTab::firstShown()
{
    if (m_view || !m_session)
        return;
    m_view = new CalendarView(m_session->rounds(), context().undoStack, m_session->roundSignals(),
                              m_page);
    m_pageLayout->addWidget(m_view);
    // A child added to a page already on screen waits for a queued show otherwise.
    m_view->show();
    RoundActions *actions = context().roundActions;
    connect(m_view, &CalendarView::roundOpenRequested, actions, &RoundActions::openRound);
    connect(m_view, &CalendarView::newRoundRequested, actions, &RoundActions::newRoundOn);
    // The upcoming list shows each round's checklist progress, and above it a round that
    // ended without a debrief.
    if (actions->provides(RoundActions::Provided::Notes)) {
        NotesFeature *notes = m_session->part<NotesFeature>();
        m_view->setRoundNotesSources(
            [store =
                 notes->store()](const QList<qint64> &roundIds) -> Result<QHash<qint64, QString>> {
                auto readiness = store->readiness(roundIds);
                if (!readiness)
                    return readiness.status();
                QHash<qint64, QString> texts;
                for (auto it = readiness.value().cbegin(); it != readiness.value().cend(); ++it)
                    texts.insert(it.key(), NotesChecklist::readinessText(it.value()));
                return texts;
            },
            [store = notes->store()] { return store->roundsNeedingDebrief(Clock::nowUtc()); });
        connect(notes, &NotesFeature::notesChanged, m_view, &CalendarView::reloadUpcoming);
        connect(m_view, &CalendarView::debriefRequested, actions, [actions](qint64 roundId) {
            actions->trigger(RoundActions::Provided::Notes, roundId);
        });
    }
    // Archiving or deleting an application takes its rounds off the calendar.
    connect(m_session->board(), &BoardModel::applicationsChanged, m_view, &CalendarView::reload);
    connect(m_session, &FileSession::everythingChanged, m_view, &CalendarView::reload);
}

void CalendarTab::close()
{
    delete m_dropWatcher;
    m_dropWatcher = nullptr;
    delete m_reminders;
    m_reminders = nullptr;
    m_view = nullptr;
    m_page = nullptr;
    m_pageLayout = nullptr;
    m_session = nullptr;
    m_importAction->setEnabled(false);
    m_exportAction->setEnabled(false);
}

qint64 CalendarTab::selectedRound() const
{
    return m_view ? m_view->currentRound() : 0;
}

void CalendarTab::importInvitation()
{
    if (!m_session)
        return;
    const QString path = Prompter::instance().openFileName(
        context().window, tr("Import invitation"), QString(), IcsActions::fileFilter());
    if (!path.isEmpty())
        importInvitationFile(path);
}

void CalendarTab::importInvitationFile(const QString &path)
{
    if (!m_session)
        return;
    if (m_session->isReadOnly()) {
        context().frame->showError(
            tr("This file is open read-only, so nothing can be imported into it."));
        return;
    }
    IcsActions::importFile(context().window, path, m_session->pipeline(), m_session->rounds(),
                           context().undoStack, m_session->roundSignals(), m_session->board());
}

void CalendarTab::exportScheduledRounds()
{
    if (m_session)
        IcsActions::exportRounds(context().window, m_session->rounds(), {});
}

void CalendarTab::setReminderLead(int minutes)
{
    context().settings->setReminderLeadMinutes(minutes);
    if (m_reminders)
        m_reminders->setLeadMinutes(minutes);
}
