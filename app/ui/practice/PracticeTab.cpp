#include "ui/practice/PracticeTab.h"

#include "core/practice/PracticeStore.h"
#include "models/FileSession.h"
#include "models/RoundSignals.h"
#include "models/practice/PracticeSignals.h"
#include "ui/WindowFrame.h"
#include "ui/practice/PracticePage.h"

#include <QAction>
#include <QVBoxLayout>

PracticeTab::PracticeTab(const TabContext &tabContext, QObject *parent)
    : Tab(tabContext, parent)
    , m_importAction(new QAction(tr("Import que&stions (CSV)…"), this))
    , m_exportAction(new QAction(tr("Export q&uestions (CSV)…"), this))
    , m_ankiAction(new QAction(tr("Export questions for &Anki…"), this))
{
    // The File menu holds these whichever tab is in front; the page is made when needed.
    connect(m_importAction, &QAction::triggered, this, [this] {
        if (PracticePage *page = ensurePage())
            page->importQuestions();
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (PracticePage *page = ensurePage())
            page->exportQuestions();
    });
    connect(m_ankiAction, &QAction::triggered, this, [this] {
        if (PracticePage *page = ensurePage())
            page->exportAnki();
    });
    for (QAction *action : {m_importAction, m_exportAction, m_ankiAction})
        action->setEnabled(false);
}

PracticeTab::~PracticeTab() = default;

QString PracticeTab::title() const
{
    return tr("Pract&ice");
}

QList<Tab::Menu> PracticeTab::menus() const
{
    if (!m_page)
        return {};
    return {{tr("P&ractice"), m_page->menuActions()}};
}

QList<QAction *> PracticeTab::fileActions() const
{
    return {m_importAction, m_exportAction, m_ankiAction};
}

QList<QAction *> PracticeTab::editActions() const
{
    if (!m_page)
        return {};
    return {m_page->findAction()};
}

QWidget *PracticeTab::open(FileSession *session)
{
    m_session = session;
    m_store = session->part<PracticeStore>();
    m_container = new QWidget;
    m_container->setObjectName(QStringLiteral("practicePage"));
    m_layout = new QVBoxLayout(m_container);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_importAction->setEnabled(!session->isReadOnly());
    m_exportAction->setEnabled(true);
    m_ankiAction->setEnabled(true);
    // Rounds and applications decide readiness and what is due toward an interview.
    connect(session->roundSignals(), &RoundSignals::roundsChanged, this, [this] {
        if (m_page)
            m_page->reload();
    });
    connect(session, &FileSession::everythingChanged, this, [this] {
        if (m_page)
            m_page->reload();
    });
    return m_container;
}

PracticePage *PracticeTab::ensurePage()
{
    if (m_page || !m_store || !m_container)
        return m_page;
    m_page = new PracticePage(m_store, context().undoStack, m_session->part<PracticeSignals>(),
                              m_container);
    m_layout->addWidget(m_page);
    m_page->show();
    connect(m_page, &PracticePage::errorOccurred, this,
            [this](const QString &message) { context().frame->showError(message); });
    connect(m_page, &PracticePage::statusMessage, this,
            [this](const QString &message) { context().frame->showStatus(message); });
    m_page->reload();
    context().frame->refreshMenus();
    return m_page;
}

void PracticeTab::firstShown()
{
    ensurePage();
}

void PracticeTab::close()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_session && m_session->roundSignals())
        disconnect(m_session->roundSignals(), nullptr, this, nullptr);
    m_page = nullptr;
    m_container = nullptr;
    m_layout = nullptr;
    m_store = nullptr;
    m_session = nullptr;
    for (QAction *action : {m_importAction, m_exportAction, m_ankiAction})
        action->setEnabled(false);
}

PracticePage *PracticeTab::page() const
{
    return m_page;
}
