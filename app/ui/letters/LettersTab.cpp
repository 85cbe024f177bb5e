#include "ui/letters/LettersTab.h"

#include "core/Clock.h"
#include "core/letters/LetterStore.h"
#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "ui/RoundActions.h"
#include "ui/WindowFrame.h"
#include "ui/letters/LettersView.h"

LettersTab::LettersTab(const TabContext &tabContext, QObject *parent)
    : Tab(tabContext, parent)
{
    // Other tabs offer "Write thank-you letters" for a round through this.
    context().roundActions->provide(RoundActions::Provided::Letters, [this](qint64 roundId) {
        if (!m_view)
            return;
        emit activationRequested();
        m_view->showRound(roundId);
    });
}

LettersTab::~LettersTab() = default;

QString LettersTab::title() const
{
    return m_due > 0 ? tr("&Letters (%1)").arg(m_due) : tr("&Letters");
}

QList<Tab::Menu> LettersTab::menus() const
{
    if (!m_view)
        return {};
    // "Letter", not the tab's "Letters": its commands act on the selected letter, and its
    // mnemonic must differ from the tab's.
    return {{tr("Le&tter"), m_view->letterActions()}};
}

QWidget *LettersTab::open(FileSession *session)
{
    LettersView::Context viewContext;
    viewContext.letters = session->part<LetterStore>();
    viewContext.rounds = session->rounds();
    viewContext.roundSignals = session->roundSignals();
    viewContext.undoStack = context().undoStack;
    viewContext.readOnly = session->isReadOnly();
    WindowFrame *frame = context().frame;
    viewContext.showError = [frame](const QString &message) {
        frame->showError(message);
    };
    viewContext.showStatus = [frame](const QString &message) {
        frame->showStatus(message);
    };
    viewContext.showBanner = [frame](const QString &message) {
        frame->showBanner(message);
    };
    m_view = new LettersView(std::move(viewContext));
    connect(m_view, &LettersView::dueCountChanged, this, [this](int count) {
        m_due = count;
        emit titleChanged();
    });
    // The board's cards say "Thank-you due" for the same letters.
    connect(m_view, &LettersView::lettersRead, this,
            [letters = session->part<LetterStore>(), board = session->board(), frame] {
                auto due = letters->applicationsWithLettersDue(Clock::nowUtc());
                if (!due) {
                    frame->showError(due.error());
                    return;
                }
                board->setThankYouDue(due.take());
            });
    // Archiving or deleting an application takes its letters out of the list.
    connect(session->board(), &BoardModel::applicationsChanged, m_view, &LettersView::checkRounds);
    connect(session, &FileSession::everythingChanged, m_view, &LettersView::checkRounds);
    return m_view;
}

void LettersTab::windowShown()
{
    // Proposals and the count for the title read every round and letter: not before the
    // window is there.
    if (m_view)
        m_view->checkRounds();
}

void LettersTab::firstShown()
{
    if (m_view)
        m_view->reload();
}

void LettersTab::close()
{
    if (m_view)
        m_view->commitEdit();
    m_view = nullptr;
    if (m_due != 0) {
        m_due = 0;
        emit titleChanged();
    }
}

qint64 LettersTab::selectedRound() const
{
    return m_view ? m_view->selectedRound() : 0;
}

qint64 LettersTab::selectedApplication() const
{
    return m_view ? m_view->selectedApplication() : 0;
}

LettersView *LettersTab::view() const
{
    return m_view;
}
