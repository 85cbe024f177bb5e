#include "models/FileSession.h"

#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/RoundStore.h"
#include "models/BoardModel.h"
#include "models/RoundSignals.h"

Result<std::unique_ptr<FileSession>> FileSession::open(const QString &path, Integrity integrity)
{
    Database::Options options;
    options.deferIntegrityCheck = integrity == Integrity::CheckLater;
    auto opened = Database::open(path, options);
    if (!opened)
        return opened.status();
    auto session = std::make_unique<FileSession>(opened.take());
    // A board that cannot be read is a file that cannot be shown: say so rather than open
    // an empty window over it.
    if (Status loaded = session->board()->reload(); !loaded)
        return loaded;
    return session;
}

FileSession::FileSession(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_pipeline(std::make_unique<PipelineStore>(m_database))
    , m_rounds(std::make_unique<RoundStore>(m_database))
    , m_roundSignals(std::make_unique<RoundSignals>())
    , m_board(std::make_unique<BoardModel>(m_pipeline.get()))
{
    connect(m_board.get(), &BoardModel::errorOccurred, this, &FileSession::errorOccurred);
    connect(m_roundSignals.get(), &RoundSignals::errorOccurred, this, &FileSession::errorOccurred);
    // Board cards show the next round, so every change of rounds refreshes them.
    connect(m_roundSignals.get(), &RoundSignals::roundsChanged, this, [this] {
        if (Status ok = m_board->refreshNextRounds(); !ok)
            emit errorOccurred(ok.error());
    });
}

FileSession::~FileSession()
{
    // Feature parts hold queries on the connection and may refer to the shared models:
    // latest first, then the board, the signals, the stores, and last the connection.
    while (!m_parts.empty())
        m_parts.pop_back();
    m_board.reset();
    m_roundSignals.reset();
    m_rounds.reset();
    m_pipeline.reset();
    m_database.reset();
}

bool FileSession::isReadOnly() const
{
    return m_database->isReadOnly();
}

QString FileSession::path() const
{
    return m_database->path();
}

void FileSession::notifyEverythingChanged()
{
    if (Status ok = m_board->reload(); !ok)
        emit errorOccurred(ok.error());
    m_roundSignals->notifyRoundsChanged();
    m_roundSignals->notifyPeopleChanged();
    emit everythingChanged();
}
