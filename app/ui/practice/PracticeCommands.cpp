#include "ui/practice/PracticeCommands.h"

#include "core/practice/PracticeStore.h"
#include "models/practice/PracticeSignals.h"

#include <QCoreApplication>

namespace {
// "“Why this team?”" for the undo menu, shortened to stay readable.
QString quoted(const QString &text)
{
    const QString simple = text.simplified();
    const QString shortText = simple.size() > 40 ? simple.left(39) + QChar(0x2026) : simple;
    return QChar(0x201C) + shortText + QChar(0x201D);
}

void report(PracticeSignals *practiceSignals, const QString &message)
{
    if (practiceSignals)
        practiceSignals->reportError(message);
}

void questionsChanged(PracticeSignals *practiceSignals)
{
    if (practiceSignals)
        emit practiceSignals->questionsChanged();
}

void storiesChanged(PracticeSignals *practiceSignals)
{
    if (practiceSignals)
        emit practiceSignals->storiesChanged();
}
} // namespace

// ---- Add question -------------------------------------------------------------------------

AddQuestionCommand::AddQuestionCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                                       QuestionFields fields, qint64 applicationId, qint64 roundId,
                                       QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("PracticeCommands", "Add question %1")
                       .arg(quoted(fields.text)),
                   parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_fields(std::move(fields))
    , m_applicationId(applicationId)
    , m_roundId(roundId)
{}

void AddQuestionCommand::redo()
{
    if (m_removed) {
        if (Status s = m_store->restoreQuestion(*m_removed); !s)
            return report(m_signals, s.error());
        m_removed.reset();
    } else {
        auto id = m_store->addQuestion(m_fields, m_applicationId > 0 ? QStringLiteral("debrief")
                                                                     : QStringLiteral("user"));
        if (!id) {
            report(m_signals, id.error());
            setObsolete(true);
            return;
        }
        m_id = id.value();
        if (m_applicationId > 0) {
            if (Status s = m_store->linkApplication(m_id, m_applicationId, m_roundId); !s)
                report(m_signals, s.error());
        }
    }
    questionsChanged(m_signals);
}

void AddQuestionCommand::undo()
{
    auto snapshot = m_store->snapshotQuestion(m_id);
    if (!snapshot)
        return report(m_signals, snapshot.error());
    if (Status s = m_store->deleteQuestion(m_id); !s)
        return report(m_signals, s.error());
    m_removed = snapshot.take();
    questionsChanged(m_signals);
}

// ---- A change to one question ------------------------------------------------------------

QuestionChangeCommand::QuestionChangeCommand(const QString &text, PracticeStore *store,
                                             PracticeSignals *practiceSignals, qint64 questionId,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_questionId(questionId)
{}

void QuestionChangeCommand::redo()
{
    if (m_after) {
        if (Status s = m_store->restoreQuestion(*m_after); !s)
            return report(m_signals, s.error());
    } else {
        auto before = m_store->snapshotQuestion(m_questionId);
        Status s = before ? change() : before.status();
        auto after = s ? m_store->snapshotQuestion(m_questionId) : Result<QuestionSnapshot>(s);
        if (!after) {
            report(m_signals, after.error());
            setObsolete(true);
            return;
        }
        m_before = before.take();
        m_after = after.take();
    }
    questionsChanged(m_signals);
}

void QuestionChangeCommand::undo()
{
    if (!m_before)
        return;
    if (Status s = m_store->restoreQuestion(*m_before); !s)
        return report(m_signals, s.error());
    questionsChanged(m_signals);
}

// ---- Edit question ------------------------------------------------------------------------

EditQuestionCommand::EditQuestionCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                                         qint64 id, QuestionFields fields, QUndoCommand *parent)
    : QuestionChangeCommand(QCoreApplication::translate("PracticeCommands", "Edit question %1")
                                .arg(quoted(fields.text)),
                            store, practiceSignals, id, parent)
    , m_fields(std::move(fields))
{}

Status EditQuestionCommand::change()
{
    return m_store->updateQuestion(m_questionId, m_fields);
}

// ---- Delete questions ---------------------------------------------------------------------

DeleteQuestionsCommand::DeleteQuestionsCommand(PracticeStore *store,
                                               PracticeSignals *practiceSignals, QList<qint64> ids,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_ids(std::move(ids))
{
    if (m_ids.size() == 1) {
        auto info = store->question(m_ids.first());
        setText(QCoreApplication::translate("PracticeCommands", "Delete question %1")
                    .arg(info ? quoted(info.value().fields.text) : QString()));
    } else {
        setText(QCoreApplication::translate("PracticeCommands", "Delete %n question(s)", nullptr,
                                            int(m_ids.size())));
    }
}

void DeleteQuestionsCommand::redo()
{
    QList<QuestionSnapshot> snapshots;
    for (qint64 id : std::as_const(m_ids)) {
        auto snapshot = m_store->snapshotQuestion(id);
        if (!snapshot) {
            report(m_signals, snapshot.error());
            setObsolete(m_snapshots.isEmpty());
            return;
        }
        snapshots << snapshot.take();
    }
    for (const QuestionSnapshot &snapshot : std::as_const(snapshots)) {
        if (Status s = m_store->deleteQuestion(snapshot.id()); !s) {
            report(m_signals, s.error());
            break;
        }
    }
    m_snapshots = snapshots;
    questionsChanged(m_signals);
}

void DeleteQuestionsCommand::undo()
{
    for (const QuestionSnapshot &snapshot : std::as_const(m_snapshots)) {
        if (Status s = m_store->restoreQuestion(snapshot); !s) {
            report(m_signals, s.error());
            break;
        }
    }
    questionsChanged(m_signals);
    if (m_signals)
        emit m_signals->reviewsChanged();
}

// ---- Import -------------------------------------------------------------------------------

ImportQuestionsCommand::ImportQuestionsCommand(PracticeStore *store,
                                               PracticeSignals *practiceSignals,
                                               QList<QuestionRow> rows, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("PracticeCommands", "Import %n question(s)", nullptr,
                                               int(rows.size())),
                   parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_rows(std::move(rows))
{}

void ImportQuestionsCommand::redo()
{
    if (m_done) {
        for (const QuestionSnapshot &snapshot : std::as_const(m_removed)) {
            if (Status s = m_store->restoreQuestion(snapshot); !s)
                return report(m_signals, s.error());
        }
        m_removed.clear();
    } else {
        auto summary = m_store->importRows(m_rows);
        m_done = true;
        if (!summary) {
            m_failed = true;
            report(m_signals, summary.error());
            setObsolete(true);
            return;
        }
        m_summary = summary.take();
        if (m_summary.added == 0)
            setObsolete(true); // nothing to undo
    }
    questionsChanged(m_signals);
}

void ImportQuestionsCommand::undo()
{
    QList<QuestionSnapshot> removed;
    for (qint64 id : std::as_const(m_summary.addedIds)) {
        auto snapshot = m_store->snapshotQuestion(id);
        if (!snapshot)
            return report(m_signals, snapshot.error());
        if (Status s = m_store->deleteQuestion(id); !s)
            return report(m_signals, s.error());
        removed << snapshot.take();
    }
    m_removed = removed;
    questionsChanged(m_signals);
}

// ---- Rate ---------------------------------------------------------------------------------

RateQuestionCommand::RateQuestionCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                                         qint64 questionId, Rating rating, QDateTime at,
                                         int seconds, QString forgot, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_questionId(questionId)
    , m_rating(rating)
    , m_at(std::move(at))
    , m_seconds(seconds)
    , m_forgot(std::move(forgot))
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("PracticeCommands", "Rate “Again”"),
                                        QT_TRANSLATE_NOOP("PracticeCommands", "Rate “Hard”"),
                                        QT_TRANSLATE_NOOP("PracticeCommands", "Rate “Good”"),
                                        QT_TRANSLATE_NOOP("PracticeCommands", "Rate “Easy”")};
    setText(QCoreApplication::translate("PracticeCommands", names[int(rating) - 1]));
}

void RateQuestionCommand::redo()
{
    if (m_outcome) {
        if (Status s = m_store->redoRating(*m_outcome); !s)
            return report(m_signals, s.error());
    } else {
        auto outcome = m_store->rate(m_questionId, m_rating, m_at, m_seconds, m_forgot);
        if (!outcome) {
            report(m_signals, outcome.error());
            setObsolete(true);
            return;
        }
        m_outcome = outcome.take();
    }
    if (m_signals)
        emit m_signals->reviewsChanged();
}

void RateQuestionCommand::undo()
{
    if (!m_outcome)
        return;
    if (Status s = m_store->undoRating(*m_outcome); !s)
        return report(m_signals, s.error());
    if (m_signals)
        emit m_signals->reviewsChanged();
}

// ---- Stories ------------------------------------------------------------------------------

SaveStoryCommand::SaveStoryCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                                   qint64 id, StoryFields fields, QUndoCommand *parent)
    : QUndoCommand(id > 0 ? QCoreApplication::translate("PracticeCommands", "Edit story %1")
                                .arg(quoted(fields.title))
                          : QCoreApplication::translate("PracticeCommands", "Add story %1")
                                .arg(quoted(fields.title)),
                   parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_id(id)
    , m_adding(id == 0)
    , m_fields(std::move(fields))
{}

void SaveStoryCommand::redo()
{
    if (m_after) {
        if (Status s = m_store->restoreStory(*m_after); !s)
            return report(m_signals, s.error());
    } else {
        if (!m_adding) {
            auto before = m_store->snapshotStory(m_id);
            if (!before) {
                report(m_signals, before.error());
                setObsolete(true);
                return;
            }
            m_before = before.take();
            if (Status s = m_store->updateStory(m_id, m_fields); !s) {
                report(m_signals, s.error());
                setObsolete(true);
                return;
            }
        } else {
            auto id = m_store->addStory(m_fields);
            if (!id) {
                report(m_signals, id.error());
                setObsolete(true);
                return;
            }
            m_id = id.value();
        }
        auto after = m_store->snapshotStory(m_id);
        if (after)
            m_after = after.take();
    }
    storiesChanged(m_signals);
}

void SaveStoryCommand::undo()
{
    if (m_adding) {
        if (Status s = m_store->deleteStory(m_id); !s)
            return report(m_signals, s.error());
    } else if (m_before) {
        if (Status s = m_store->restoreStory(*m_before); !s)
            return report(m_signals, s.error());
    }
    storiesChanged(m_signals);
}

DeleteStoryCommand::DeleteStoryCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                                       qint64 id, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_id(id)
{
    auto info = store->story(id);
    setText(QCoreApplication::translate("PracticeCommands", "Delete story %1")
                .arg(info ? quoted(info.value().fields.title) : QString()));
}

void DeleteStoryCommand::redo()
{
    auto snapshot = m_store->snapshotStory(m_id);
    if (!snapshot) {
        report(m_signals, snapshot.error());
        setObsolete(true);
        return;
    }
    if (Status s = m_store->deleteStory(m_id); !s) {
        report(m_signals, s.error());
        setObsolete(true);
        return;
    }
    m_snapshot = snapshot.take();
    storiesChanged(m_signals);
}

void DeleteStoryCommand::undo()
{
    if (!m_snapshot)
        return;
    if (Status s = m_store->restoreStory(*m_snapshot); !s)
        return report(m_signals, s.error());
    storiesChanged(m_signals);
}

// ---- Questions to ask for a round ----------------------------------------------------------

SetRoundQuestionsCommand::SetRoundQuestionsCommand(PracticeStore *store,
                                                   PracticeSignals *practiceSignals, qint64 roundId,
                                                   QList<qint64> questionIds, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("PracticeCommands", "Choose questions to ask"),
                   parent)
    , m_store(store)
    , m_signals(practiceSignals)
    , m_roundId(roundId)
    , m_after(std::move(questionIds))
{}

void SetRoundQuestionsCommand::redo()
{
    if (!m_before) {
        auto before = m_store->roundQuestions(m_roundId);
        if (!before) {
            report(m_signals, before.error());
            setObsolete(true);
            return;
        }
        m_before = before.take();
    }
    if (Status s = m_store->setRoundQuestions(m_roundId, m_after); !s)
        return report(m_signals, s.error());
    questionsChanged(m_signals);
}

void SetRoundQuestionsCommand::undo()
{
    if (!m_before)
        return;
    if (Status s = m_store->setRoundQuestions(m_roundId, *m_before); !s)
        return report(m_signals, s.error());
    questionsChanged(m_signals);
}

// ---- Link to an application ---------------------------------------------------------------

LinkQuestionCommand::LinkQuestionCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                                         qint64 questionId, qint64 applicationId, bool link,
                                         QUndoCommand *parent)
    : QuestionChangeCommand(
          link
              ? QCoreApplication::translate("PracticeCommands", "Link question to application")
              : QCoreApplication::translate("PracticeCommands", "Unlink question from application"),
          store, practiceSignals, questionId, parent)
    , m_applicationId(applicationId)
    , m_link(link)
{}

Status LinkQuestionCommand::change()
{
    return m_link ? m_store->linkApplication(m_questionId, m_applicationId)
                  : m_store->unlinkApplication(m_questionId, m_applicationId);
}
