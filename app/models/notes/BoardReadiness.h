#pragma once

#include "core/Result.h"

#include <QObject>
#include <QTimer>

class FileSession;

// Puts the checklist progress of each application's next round on its board card
// ("Prep 5/9") and keeps it there: ticks, rounds, people and the cards' next rounds change
// it. A burst of changes (an undo of several steps) costs one query for the whole board.
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

private:
    FileSession &m_session;
    QTimer m_soon;
};
