#include "ui/RoundActions.h"

#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "ui/Prompter.h"
#include "ui/commands/RoundCommands.h"
#include "ui/rounds/ApplicationRoundsDialog.h"
#include "ui/rounds/RoundDialog.h"
#include "ui/rounds/RoundScheduler.h"

#include <QAction>
#include <QUndoStack>

RoundActions::RoundActions(QWidget *window, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_undoStack(undoStack)
    , m_scheduleAction(new QAction(tr("&Schedule round…"), this))
    , m_roundsAction(new QAction(tr("Interview &rounds…"), this))
{
    m_scheduleAction->setObjectName(QStringLiteral("scheduleRoundAction"));
    m_scheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_scheduleAction, &QAction::triggered, this, [this] {
        if (const qint64 application = applicationOrAsk())
            scheduleRound(application);
    });
    m_roundsAction->setObjectName(QStringLiteral("applicationRoundsAction"));
    m_roundsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_roundsAction, &QAction::triggered, this, [this] {
        if (const qint64 application = applicationOrAsk())
            showRoundsOf(application);
    });
    updateActions();
}

void RoundActions::setSession(FileSession *session)
{
    m_session = session;
    updateActions();
}

void RoundActions::updateActions()
{
    m_scheduleAction->setEnabled(m_session && !m_session->isReadOnly());
    m_roundsAction->setEnabled(m_session != nullptr);
}

void RoundActions::setSelection(std::function<qint64()> round, std::function<qint64()> application)
{
    m_selectedRound = std::move(round);
    m_selectedApplication = std::move(application);
}

qint64 RoundActions::selectedRound() const
{
    return m_selectedRound ? m_selectedRound() : 0;
}

qint64 RoundActions::selectedApplication() const
{
    return m_selectedApplication ? m_selectedApplication() : 0;
}

void RoundActions::provide(Provided what, std::function<void(qint64)> handler)
{
    m_provided.insert(what, std::move(handler));
}

void RoundActions::trigger(Provided what, qint64 roundId)
{
    if (const auto handler = m_provided.value(what))
        handler(roundId);
}

qint64 RoundActions::applicationOrAsk()
{
    if (!m_session)
        return 0;
    if (const qint64 application = selectedApplication())
        return application;
    Prompter::instance().information(m_window, tr("Interview rounds"),
                                     tr("Select an application on the pipeline board first."));
    return 0;
}

void RoundActions::openRound(qint64 roundId)
{
    if (!m_session)
        return;
    RoundDialog dialog(m_session->rounds(), m_undoStack, m_session->roundSignals(), m_window);
    if (Status ok = dialog.prepareEdit(roundId); !ok) {
        Prompter::instance().error(m_window, tr("SecondRound"), ok.error());
        return;
    }
    const RoundFields before = dialog.fields();
    if (Prompter::instance().run(dialog) != QDialog::Accepted || dialog.fields() == before)
        return;
    if (m_session->isReadOnly()) {
        Prompter::instance().error(m_window, tr("SecondRound"), Database::readOnlyMessage());
        return;
    }
    m_undoStack->push(new EditRoundCommand(m_session->rounds(), m_session->roundSignals(), roundId,
                                           dialog.fields()));
}

void RoundActions::scheduleRound(qint64 applicationId, const QDate &day)
{
    if (!m_session || m_session->isReadOnly())
        return;
    RoundScheduler::scheduleRound(m_window, m_session->rounds(), m_session->board(), m_undoStack,
                                  m_session->roundSignals(), applicationId, day);
}

void RoundActions::newRoundOn(const QDate &day)
{
    if (!m_session || m_session->isReadOnly())
        return;
    auto cards = m_session->pipeline()->cards();
    if (!cards) {
        Prompter::instance().error(m_window, tr("SecondRound"), cards.error());
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const CardInfo &card : cards.value()) {
        names << tr("%1 — %2").arg(card.company, card.role);
        ids << card.id;
    }
    if (ids.isEmpty()) {
        Prompter::instance().error(
            m_window, tr("SecondRound"),
            tr("Add an application on the pipeline board first; rounds belong to one."));
        return;
    }
    const auto choice = Prompter::instance().choose(
        m_window, tr("New interview round"), tr("Which application is the round for?"), names, 0);
    if (!choice || *choice < 0 || *choice >= ids.size())
        return;
    scheduleRound(ids.at(*choice), day);
}

void RoundActions::showRoundsOf(qint64 applicationId)
{
    if (!m_session)
        return;
    ApplicationRoundsDialog dialog(m_session->rounds(), m_undoStack, m_session->roundSignals(),
                                   m_window);
    dialog.setBoard(m_session->board());
    if (Status ok = dialog.setApplication(applicationId); !ok) {
        Prompter::instance().error(m_window, tr("SecondRound"), ok.error());
        return;
    }
    Prompter::instance().run(dialog);
}
