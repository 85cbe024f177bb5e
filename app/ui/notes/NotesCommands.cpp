#include "ui/notes/NotesCommands.h"

#include "core/notes/NotesRules.h"
#include "models/notes/NotesFeature.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NotesToggleCommand", text);
}

} // namespace

NotesToggleCommand::NotesToggleCommand(NotesFeature *feature, Kind kind, qint64 roundId, bool on,
                                       const QString &text)
    : QUndoCommand(text)
    , m_feature(feature)
    , m_kind(kind)
    , m_roundId(roundId)
    , m_shownIn(roundId)
    , m_on(on)
{}

NotesToggleCommand *NotesToggleCommand::tick(NotesFeature *feature, qint64 roundId,
                                             const QString &item, bool ticked)
{
    auto *command =
        new NotesToggleCommand(feature, Kind::Tick, roundId, ticked,
                               ticked ? tr("Tick checklist item") : tr("Untick checklist item"));
    command->m_item = item;
    return command;
}

NotesToggleCommand *NotesToggleCommand::dealtWith(NotesFeature *feature, qint64 shownInRound,
                                                  const CarriedItem &item, bool dealtWith)
{
    auto *command =
        new NotesToggleCommand(feature, Kind::DealtWith, item.sourceRoundId, dealtWith,
                               dealtWith ? tr("Mark as dealt with") : tr("Mark as still open"));
    command->m_carried = item;
    command->m_shownIn = shownInRound;
    return command;
}

Status NotesToggleCommand::set(bool on)
{
    NotesStore *store = m_feature->store();
    return m_kind == Kind::Tick ? store->setTicked(m_roundId, m_item, on)
                                : store->setDealtWith(m_carried, on);
}

std::optional<NotesSnapshot> NotesToggleCommand::row() const
{
    auto all = m_feature->store()->snapshotForRounds({m_roundId});
    if (!all)
        return std::nullopt;
    NotesSnapshot only;
    if (m_kind == Kind::Tick) {
        for (const QVariantMap &row : all.value().checklist)
            if (row.value(QStringLiteral("item")).toString() == m_item)
                only.checklist.append(row);
    } else {
        for (const QVariantMap &row : all.value().decisions)
            if (row.value(QStringLiteral("field")).toString() ==
                    NotesRules::fieldKey(m_carried.field) &&
                row.value(QStringLiteral("item")).toString() == m_carried.text)
                only.decisions.append(row);
    }
    return only;
}

Status NotesToggleCommand::put(const NotesSnapshot &row)
{
    if (row.isEmpty())
        return Status::success();
    return m_feature->store()->restore(row);
}

void NotesToggleCommand::changed()
{
    m_feature->notifyChanged(m_shownIn);
}

void NotesToggleCommand::redo()
{
    Status status = Status::success();
    if (!m_done) {
        if (!m_on)
            m_offRow = row();
        status = set(m_on);
        if (!status) {
            setObsolete(true);
            m_feature->reportError(status.error());
            return;
        }
        if (m_on)
            m_onRow = row();
        m_done = true;
    } else {
        status = m_on && m_onRow ? put(*m_onRow) : set(m_on);
    }
    if (!status)
        m_feature->reportError(status.error());
    changed();
}

void NotesToggleCommand::undo()
{
    const Status status = m_on ? set(false) : (m_offRow ? put(*m_offRow) : set(true));
    if (!status)
        m_feature->reportError(status.error());
    changed();
}
