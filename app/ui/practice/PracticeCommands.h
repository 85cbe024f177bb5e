#pragma once

#include "core/Result.h"
#include "core/practice/PracticeTypes.h"
#include "core/practice/QuestionFile.h"

#include <QUndoCommand>

#include <optional>

class PracticeSignals;
class PracticeStore;

// Undo commands for the practice tab. Each writes through PracticeStore, then tells the
// views through PracticeSignals. Undo and redo put rows back from full snapshots with their
// original ids (a deleted question comes back with its whole review history). A command
// whose first redo fails reports why and marks itself obsolete, so the stack drops it.

class AddQuestionCommand : public QUndoCommand
{
public:
    AddQuestionCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                       QuestionFields fields, qint64 applicationId = 0, qint64 roundId = 0,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 questionId() const { return m_id; }

private:
    PracticeStore *m_store;
    PracticeSignals *m_signals;
    QuestionFields m_fields;
    qint64 m_applicationId;
    qint64 m_roundId;
    qint64 m_id = 0;
    std::optional<QuestionSnapshot> m_removed;
};

// A change to one question's rows, undone and redone from full snapshots taken around the
// first redo. Subclasses say only what the change is.
class QuestionChangeCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    QuestionChangeCommand(const QString &text, PracticeStore *store,
                          PracticeSignals *practiceSignals, qint64 questionId,
                          QUndoCommand *parent);
    virtual Status change() = 0;

    PracticeStore *m_store;
    PracticeSignals *m_signals;
    qint64 m_questionId;

private:
    std::optional<QuestionSnapshot> m_before;
    std::optional<QuestionSnapshot> m_after;
};

class EditQuestionCommand : public QuestionChangeCommand
{
public:
    EditQuestionCommand(PracticeStore *store, PracticeSignals *practiceSignals, qint64 id,
                        QuestionFields fields, QUndoCommand *parent = nullptr);

private:
    Status change() override;

    QuestionFields m_fields;
};

class DeleteQuestionsCommand : public QUndoCommand
{
public:
    DeleteQuestionsCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                           QList<qint64> ids, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PracticeStore *m_store;
    PracticeSignals *m_signals;
    QList<qint64> m_ids;
    QList<QuestionSnapshot> m_snapshots;
};

class ImportQuestionsCommand : public QUndoCommand
{
public:
    ImportQuestionsCommand(PracticeStore *store, PracticeSignals *practiceSignals,
                           QList<QuestionRow> rows, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // Filled by the first redo.
    const ImportSummary &summary() const { return m_summary; }
    bool failed() const { return m_failed; }

private:
    PracticeStore *m_store;
    PracticeSignals *m_signals;
    QList<QuestionRow> m_rows;
    ImportSummary m_summary;
    QList<QuestionSnapshot> m_removed;
    bool m_done = false;
    bool m_failed = false;
};

class RateQuestionCommand : public QUndoCommand
{
public:
    RateQuestionCommand(PracticeStore *store, PracticeSignals *practiceSignals, qint64 questionId,
                        Rating rating, QDateTime at, int seconds, QString forgot,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const std::optional<ReviewOutcome> &outcome() const { return m_outcome; }

private:
    PracticeStore *m_store;
    PracticeSignals *m_signals;
    qint64 m_questionId;
    Rating m_rating;
    QDateTime m_at;
    int m_seconds;
    QString m_forgot;
    std::optional<ReviewOutcome> m_outcome;
};

class SaveStoryCommand : public QUndoCommand
{
public:
    // id 0 adds a story.
    SaveStoryCommand(PracticeStore *store, PracticeSignals *practiceSignals, qint64 id,
                     StoryFields fields, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 storyId() const { return m_id; }

private:
    PracticeStore *m_store;
    PracticeSignals *m_signals;
    qint64 m_id;
    bool m_adding;
    StoryFields m_fields;
    std::optional<StorySnapshot> m_before;
    std::optional<StorySnapshot> m_after;
};

class DeleteStoryCommand : public QUndoCommand
{
public:
    DeleteStoryCommand(PracticeStore *store, PracticeSignals *practiceSignals, qint64 id,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PracticeStore *m_store;
    PracticeSignals *m_signals;
    qint64 m_id;
    std::optional<StorySnapshot> m_snapshot;
};

// The questions to ask chosen for one round.
class SetRoundQuestionsCommand : public QUndoCommand
{
public:
    SetRoundQuestionsCommand(PracticeStore *store, PracticeSignals *practiceSignals, qint64 roundId,
                             QList<qint64> questionIds, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PracticeStore *m_store;
    PracticeSignals *m_signals;
    qint64 m_roundId;
    QList<qint64> m_after;
    std::optional<QList<qint64>> m_before;
};

// Links a question to an application, or removes the link; undone from full snapshots of the
// question's rows (its review history is never touched).
class LinkQuestionCommand : public QuestionChangeCommand
{
public:
    LinkQuestionCommand(PracticeStore *store, PracticeSignals *practiceSignals, qint64 questionId,
                        qint64 applicationId, bool link, QUndoCommand *parent = nullptr);

private:
    Status change() override;

    qint64 m_applicationId;
    bool m_link;
};
