#include "models/notes/BoardReadiness.h"

#include "core/Clock.h"
#include "core/notes/NotesChecklist.h"
#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "models/RoundSignals.h"
#include "models/notes/NotesFeature.h"

#include <utility>

BoardReadiness::BoardReadiness(FileSession &session)
    : m_session(session)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, [this] {
        if (Status ok = m_everything ? refresh() : refreshRounds(); !ok)
            m_session.board()->reportError(ok.error());
    });
    connect(m_session.part<NotesFeature>(), &NotesFeature::notesChanged, this,
            &BoardReadiness::refreshRoundSoon);
    connect(m_session.roundSignals(), &RoundSignals::roundsChanged, this,
            &BoardReadiness::refreshSoon);
    // "Ask who will attend" counts as done once someone is listed.
    connect(m_session.roundSignals(), &RoundSignals::peopleChanged, this,
            &BoardReadiness::refreshSoon);
    connect(&m_session, &FileSession::everythingChanged, this, &BoardReadiness::refreshSoon);
    BoardModel *board = m_session.board();
    connect(board, &BoardModel::applicationsChanged, this, &BoardReadiness::refreshSoon);
    // A round that began hands the pill to the one after it.
    connect(board, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(BoardModel::NextRoundTextRole))
                    refreshSoon();
            });
    // Every card's readiness is read at once: for a board only partly read for the first
    // paint, that waits until the window is there and the board is whole.
    if (board->isComplete())
        refreshSoon();
    else
        connect(board, &BoardModel::completed, this, &BoardReadiness::refreshSoon,
                Qt::SingleShotConnection);
}

void BoardReadiness::refreshSoon()
{
    m_everything = true;
    m_rounds.clear();
    if (!m_soon.isActive())
        m_soon.start();
}

void BoardReadiness::refreshRoundSoon(qint64 roundId)
{
    if (!m_everything)
        m_rounds.insert(roundId);
    if (!m_soon.isActive())
        m_soon.start();
}

Status BoardReadiness::refreshRounds()
{
    m_soon.stop();
    const QSet<qint64> rounds = std::exchange(m_rounds, {});
    NotesStore *store = m_session.part<NotesFeature>()->store();
    for (const qint64 roundId : rounds) {
        // Ticks change the progress of a next round, never which round is next, so an
        // application without one keeps having none.
        auto readiness = store->nextRoundReadinessAround(Clock::nowUtc(), roundId);
        if (!readiness)
            return readiness.status();
        for (auto it = readiness.value().cbegin(); it != readiness.value().cend(); ++it)
            m_session.board()->setReadinessText(it.key(),
                                                NotesChecklist::readinessText(it.value()));
    }
    return Status::success();
}

Status BoardReadiness::refresh()
{
    m_soon.stop();
    m_everything = false;
    m_rounds.clear();
    auto readiness = m_session.part<NotesFeature>()->store()->nextRoundReadiness(Clock::nowUtc());
    if (!readiness)
        return readiness.status();
    QHash<qint64, QString> texts;
    texts.reserve(readiness.value().size());
    for (auto it = readiness.value().cbegin(); it != readiness.value().cend(); ++it)
        texts.insert(it.key(), NotesChecklist::readinessText(it.value()));
    m_session.board()->setReadinessTexts(std::move(texts));
    return Status::success();
}
