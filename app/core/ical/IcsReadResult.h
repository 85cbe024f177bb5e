#pragma once

#include "core/ical/IcsEvent.h"

#include <QList>
#include <QString>

#include <utility>

// Either every event of a file or an explanation of why none were taken: a file is never
// half-imported.
struct IcsReadResult
{
    bool ok = false;
    // A full sentence for the user, starting with "Line N:" when a line is to blame.
    QString error;
    // 1-based number of the physical line where the offending (unfolded) line begins; 0 when
    // the problem concerns the file as a whole (too large, unreadable, empty).
    int errorLine = 0;
    QList<IcsEvent> events;

    static IcsReadResult success(QList<IcsEvent> events)
    {
        IcsReadResult result;
        result.ok = true;
        result.events = std::move(events);
        return result;
    }

    static IcsReadResult failure(int line, QString message)
    {
        IcsReadResult result;
        result.errorLine = line;
        result.error = std::move(message);
        return result;
    }
};
