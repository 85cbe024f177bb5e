#pragma once

#include "core/ical/IcsEvent.h"
#include "core/roundics/RoundCalendarImport.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <optional>

class BoardModel;
class RoundSignals;
class RoundStore;

// Imports calendar events as rounds, and takes the whole import back as one step: the
// rounds, the people it created and, if it created them, the application and its company.
// The first redo imports; after an undo, redo puts back the very rows that were removed
// (same ids and calendar uids), so later commands and exported calendars still match.
class ImportRoundsCommand : public QUndoCommand
{
public:
    ImportRoundsCommand(RoundStore *store, RoundSignals *roundSignals, BoardModel *board,
                        ImportTarget target, QList<IcsEvent> events, bool withPeople,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Valid once the first redo succeeded.
    const ImportOutcome &outcome() const { return m_outcome; }
    bool imported() const { return m_imported; }

    // Where failures go instead of RoundSignals::reportError, for a caller that wants to
    // show the first one itself; an empty function restores the default.
    void setErrorHandler(std::function<void(const QString &)> handler);

private:
    void report(const QString &message) const;
    void notifyViews(bool applicationAdded, bool applicationRemoved) const;

    RoundStore *m_store;
    RoundSignals *m_signals;
    BoardModel *m_board;
    ImportTarget m_target;
    QList<IcsEvent> m_events;
    bool m_withPeople;
    bool m_imported = false;
    ImportOutcome m_outcome;
    std::optional<ImportSnapshot> m_removed;
    std::function<void(const QString &)> m_errorHandler;
};
