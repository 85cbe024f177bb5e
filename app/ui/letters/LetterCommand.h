#pragma once

#include "core/Result.h"
#include "core/letters/LetterTypes.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class LetterStore;

// Any change to letters (an edit, a status, accepting or discarding proposals, new drafts),
// undone and redone by writing the letters back exactly as they were before and after,
// with their ids. The change itself runs once, on the first redo; a change that fails is
// reported and the command drops itself from the stack.
class LetterCommand : public QUndoCommand
{
public:
    // Returns the ids of letters it made, if any, so they are undone too.
    using Change = std::function<Result<QList<qint64>>()>;
    struct Hooks
    {
        std::function<void()> changed;               // after every redo and undo
        std::function<void(const QString &)> failed; // a step could not be done
    };

    LetterCommand(LetterStore *store, QList<qint64> letterIds, const QString &text, Change change,
                  Hooks hooks, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The letters the command covers, the made ones included (after the first redo).
    const QList<qint64> &letterIds() const { return m_ids; }

private:
    void putBack(const LetterSnapshot &snapshot);

    LetterStore *m_store;
    QList<qint64> m_ids;
    Change m_change;
    Hooks m_hooks;
    std::optional<LetterSnapshot> m_before;
    std::optional<LetterSnapshot> m_after;
};

// The same for a template: creating, editing or deleting one.
class TemplateCommand : public QUndoCommand
{
public:
    // Returns the template's id (a new one when creating).
    using Change = std::function<Result<qint64>()>;

    TemplateCommand(LetterStore *store, qint64 templateId, const QString &text, Change change,
                    LetterCommand::Hooks hooks, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 templateId() const { return m_id; }

private:
    void apply(const std::optional<TemplateSnapshot> &state);

    LetterStore *m_store;
    qint64 m_id;
    Change m_change;
    LetterCommand::Hooks m_hooks;
    bool m_done = false;
    std::optional<TemplateSnapshot> m_before;
    std::optional<TemplateSnapshot> m_after;
};
