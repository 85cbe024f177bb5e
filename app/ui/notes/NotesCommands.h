#pragma once

#include "core/Result.h"
#include "core/notes/NotesTypes.h"

#include <QUndoCommand>

#include <optional>

class NotesFeature;

// Ticking a checklist item, or marking what an earlier round left as dealt with: one undo
// step each. Undo removes the row a tick made, or puts back the very row an untick removed
// (with its original time), so both directions are exact. Text in the notes is not touched:
// it has its own undo inside each text box.
class NotesToggleCommand : public QUndoCommand
{
public:
    static NotesToggleCommand *tick(NotesFeature *feature, qint64 roundId, const QString &item,
                                    bool ticked);
    // shownInRound: the round whose plan shows the item (for the change signal).
    static NotesToggleCommand *dealtWith(NotesFeature *feature, qint64 shownInRound,
                                         const CarriedItem &item, bool dealtWith);

    void redo() override;
    void undo() override;

private:
    enum class Kind { Tick, DealtWith };
    NotesToggleCommand(NotesFeature *feature, Kind kind, qint64 roundId, bool on,
                       const QString &text);
    Status set(bool on);
    std::optional<NotesSnapshot> row() const;
    Status put(const NotesSnapshot &row);
    void changed();

    NotesFeature *m_feature;
    Kind m_kind;
    qint64 m_roundId; // the round the row belongs to (the source round for a decision)
    qint64 m_shownIn;
    QString m_item;
    CarriedItem m_carried;
    bool m_on;
    bool m_done = false;
    std::optional<NotesSnapshot> m_onRow;  // the row as the first redo made it
    std::optional<NotesSnapshot> m_offRow; // the row an untick removed
};
