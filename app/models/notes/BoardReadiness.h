#pragma once

#include "core/Result.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class FileSession;

// Puts the checklist progress of each application's next round on its board card
// ("Prep 5/9") and keeps it there: ticks, rounds, people and the cards' next rounds change
// it. A burst of changes (an undo of several steps) costs one query for the whole board;
// ticks in a round re-read only that round's application, so ticking stays instant on a
// board of thousands.
// One per open file: session->part<BoardReadiness>().
class BoardReadiness : public QObject
{
    Q_OBJECT

public:
    explicit BoardReadiness(FileSession &session);

    // Reads the progress of every next round now and hands it to the board.
    Status refresh();
    // Refreshes on the next turn of the event loop (once, however often it is asked).
    void refreshSoon();
    // Refreshes the card of the round's application on the next turn of the event loop.
    void refreshRoundSoon(qint64 roundId);

private:
    Status refreshRounds();

    FileSession &m_session;
    QTimer m_soon;
    bool m_everything = false;
    QSet<qint64> m_rounds;
};
