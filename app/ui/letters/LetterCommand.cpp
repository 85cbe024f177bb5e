#include "ui/letters/LetterCommand.h"

#include "core/letters/LetterStore.h"

LetterCommand::LetterCommand(LetterStore *store, QList<qint64> letterIds, const QString &text,
                             Change change, Hooks hooks, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_ids(std::move(letterIds))
    , m_change(std::move(change))
    , m_hooks(std::move(hooks))
{}

void LetterCommand::redo()
{
    if (m_after) {
        putBack(*m_after);
        return;
    }
    const auto fail = [this](const QString &message) {
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(message);
    };
    auto before = m_store->snapshotLetters(m_ids);
    if (!before)
        return fail(before.error());
    auto made = m_change();
    if (!made) {
        if (m_hooks.changed)
            m_hooks.changed();
        return fail(made.error());
    }
    m_ids += made.value();
    auto after = m_store->snapshotLetters(m_ids);
    if (!after)
        return fail(after.error());
    m_before = before.take();
    m_after = after.take();
    if (m_hooks.changed)
        m_hooks.changed();
}

void LetterCommand::undo()
{
    if (m_before)
        putBack(*m_before);
}

void LetterCommand::putBack(const LetterSnapshot &snapshot)
{
    if (Status done = m_store->putBack(m_ids, snapshot); !done && m_hooks.failed)
        m_hooks.failed(done.error());
    if (m_hooks.changed)
        m_hooks.changed();
}

TemplateCommand::TemplateCommand(LetterStore *store, qint64 templateId, const QString &text,
                                 Change change, LetterCommand::Hooks hooks, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_id(templateId)
    , m_change(std::move(change))
    , m_hooks(std::move(hooks))
{}

void TemplateCommand::redo()
{
    if (m_done) {
        apply(m_after);
        return;
    }
    const auto fail = [this](const QString &message) {
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(message);
    };
    if (m_id > 0) {
        auto before = m_store->snapshotTemplate(m_id);
        if (!before)
            return fail(before.error());
        m_before = before.take();
    }
    auto id = m_change();
    if (!id)
        return fail(id.error());
    m_id = id.value();
    // A deleted template has no "after".
    if (auto after = m_store->snapshotTemplate(m_id); after)
        m_after = after.take();
    m_done = true;
    if (m_hooks.changed)
        m_hooks.changed();
}

void TemplateCommand::undo()
{
    apply(m_before);
}

void TemplateCommand::apply(const std::optional<TemplateSnapshot> &state)
{
    const Status done = state ? m_store->restoreTemplate(*state) : m_store->deleteTemplate(m_id);
    if (!done && m_hooks.failed)
        m_hooks.failed(done.error());
    if (m_hooks.changed)
        m_hooks.changed();
}
