#include "models/notes/BoardReadiness.h"

#include "core/Clock.h"
#include "core/notes/NotesChecklist.h"
#include "models/BoardModel.h"
#include "models/FileSession.h"
#include "models/RoundSignals.h"
#include "models/notes/NotesFeature.h"

BoardReadiness::BoardReadiness(FileSession &session)
    : m_session(session)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, [this] {
        if (Status ok = refresh(); !ok)
            m_session.board()->reportError(ok.error());
    });
    connect(m_session.part<NotesFeature>(), &NotesFeature::notesChanged, this,
            &BoardReadiness::refreshSoon);
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
    if (!m_soon.isActive())
        m_soon.start();
}

Status BoardReadiness::refresh()
{
    m_soon.stop();
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
