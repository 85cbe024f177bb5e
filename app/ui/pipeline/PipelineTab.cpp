#include "ui/pipeline/PipelineTab.h"

#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "ui/RoundActions.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/spreadsheet/SpreadsheetActions.h"
#include "ui/statistics/StatisticsDialog.h"

#include <QAction>
#include <QTimer>

PipelineTab::PipelineTab(const TabContext &tabContext, QObject *parent)
    : Tab(tabContext, parent)
    , m_nextRoundTimer(new QTimer(this))
    , m_statisticsAction(new QAction(tr("S&tatistics…"), this))
    , m_spreadsheet(new SpreadsheetActions(tabContext, this))
{
    m_statisticsAction->setObjectName(QStringLiteral("statisticsAction"));
    connect(m_statisticsAction, &QAction::triggered, this, [this] {
        if (m_session)
            StatisticsDialog::showFor(context().window, *m_session, *context().frame);
    });
    m_nextRoundTimer->setInterval(5 * 60 * 1000);
    connect(m_nextRoundTimer, &QTimer::timeout, this, [this] {
        if (m_session)
            static_cast<void>(m_session->board()->refreshNextRounds());
    });
}

PipelineView *PipelineTab::view() const
{
    return m_view;
}

QString PipelineTab::title() const
{
    return tr("&Pipeline");
}

QList<Tab::Menu> PipelineTab::menus() const
{
    if (!m_view)
        return {};
    // Rounds belong right after editing: they are part of the application.
    QList<QAction *> application = m_view->editingActions();
    application << nullptr << context().roundActions->scheduleAction()
                << context().roundActions->roundsAction() << nullptr;
    application += m_view->movingActions();
    application << nullptr;
    application += m_view->removingActions();
    return {{tr("&Application"), application}, {tr("&Stages"), m_view->stageActions()}};
}

QList<QAction *> PipelineTab::fileActions() const
{
    return m_spreadsheet->actions();
}

QList<QAction *> PipelineTab::editActions() const
{
    return m_view ? QList<QAction *>{m_view->findAction()} : QList<QAction *>{};
}

QList<QAction *> PipelineTab::viewActions() const
{
    return m_view ? QList<QAction *>{m_view->showClosedAction(), m_statisticsAction}
                  : QList<QAction *>{};
}

QWidget *PipelineTab::open(FileSession *session)
{
    m_session = session;
    m_view = new PipelineView(session->board(), context().undoStack, context().settings);
    m_nextRoundTimer->start();
    m_spreadsheet->setSession(session);
    return m_view;
}

void PipelineTab::firstShown()
{
    if (m_view)
        m_view->focusBoard();
}

void PipelineTab::close()
{
    m_nextRoundTimer->stop();
    m_spreadsheet->setSession(nullptr);
    m_view = nullptr;
    m_session = nullptr;
}

qint64 PipelineTab::selectedApplication() const
{
    if (!m_view)
        return 0;
    const QList<qint64> ids = m_view->selectedIds();
    return ids.isEmpty() ? 0 : ids.first();
}
