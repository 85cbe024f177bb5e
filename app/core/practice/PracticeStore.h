#pragma once

#include "core/Database.h"
#include "core/Result.h"
#include "core/practice/PracticeQueue.h"
#include "core/practice/PracticeTypes.h"
#include "core/practice/QuestionFile.h"

#include <QCoreApplication>

#include <memory>

// Every statement of the practice tables: questions (with their FSRS state), stories, the
// links between them and to applications and rounds, and the review history.
class PracticeStore
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)

public:
    static constexpr int DefaultNewPerSession = 10;

    explicit PracticeStore(std::shared_ptr<Database> database);
    // For FileSession::part<PracticeStore>(): anything that hands out the open Database.
    template<class Session>
    requires requires(Session &s) { s.sharedDatabase(); }
    explicit PracticeStore(Session &session)
        : PracticeStore(session.sharedDatabase())
    {}

    Database &database() const { return *m_database; }
    std::shared_ptr<Database> sharedDatabase() const { return m_database; }

    // Desired retention, kept in the file (0.80 … 0.97, default 0.90).
    double desiredRetention() const;
    Status setDesiredRetention(double retention);
    FsrsScheduler scheduler() const { return FsrsScheduler(desiredRetention()); }

    // Questions
    Result<QuestionInfo> question(qint64 id) const;
    Result<qint64> addQuestion(const QuestionFields &fields,
                               const QString &origin = QStringLiteral("user"));
    Status updateQuestion(qint64 id, const QuestionFields &fields);
    Result<QuestionSnapshot> snapshotQuestion(qint64 id) const;
    Status deleteQuestion(qint64 id);
    // Puts a deleted question back with its id, links and whole review history; also writes
    // an edited one back as it was (its reviews are left as they are then).
    Status restoreQuestion(const QuestionSnapshot &snapshot);
    static QString validateQuestion(const QuestionFields &fields); // empty when valid
    // The one INSERT of a question: the editor, imported files and the shipped bank all add
    // questions through it, cleaned the same way. `now` is a stored time text.
    static Result<qint64> insertQuestionRow(const QSqlDatabase &db, const QuestionFields &fields,
                                            const QString &origin, const QString &now,
                                            const QString &whatFailed);
    // Links a question to an application ("asked at Acme, round 2").
    Status linkApplication(qint64 questionId, qint64 applicationId, qint64 roundId = 0);
    Status unlinkApplication(qint64 questionId, qint64 applicationId);
    // Active applications to link a question to: id and "Company, role", by company.
    Result<QList<QPair<qint64, QString>>> applicationChoices() const;
    // "Acme, Engineer (round 2)" for each application the question is linked to.
    Result<QStringList> askedAt(qint64 questionId) const;
    // The id of a question with the same text (ignoring case and spaces), or 0.
    Result<qint64> findByText(const QString &text) const;

    // Stories
    Result<StoryInfo> story(qint64 id) const;
    Result<QList<StoryInfo>> stories() const;
    Result<qint64> addStory(const StoryFields &fields);
    Status updateStory(qint64 id, const StoryFields &fields);
    Result<StorySnapshot> snapshotStory(qint64 id) const;
    Status deleteStory(qint64 id);
    Status restoreStory(const StorySnapshot &snapshot);
    static QString validateStory(const StoryFields &fields);

    // Practice
    Result<ReviewOutcome> rate(qint64 questionId, Rating rating, const QDateTime &at,
                               int seconds = 0, const QString &forgot = {});
    Status undoRating(const ReviewOutcome &outcome);
    Status redoRating(const ReviewOutcome &outcome);
    // A question's reviews, newest first.
    Result<QList<ReviewRecord>> reviewHistory(qint64 questionId, int limit) const;
    Result<QList<QueueCandidate>> queueCandidates(const QDateTime &now) const;
    Result<QList<QueueEntry>> dueQueue(const QDateTime &now,
                                       int newLimit = DefaultNewPerSession) const;
    Result<QList<qint64>> questionsInCategory(const QString &category) const;
    // For a round: questions linked to its application, the weakest first (a round to settle
    // doubts also brings every question once rated Again), then the questions to ask
    // chosen for it.
    Result<QList<qint64>> questionsForRound(qint64 roundId) const;
    Result<QList<qint64>> randomQuestions(int count) const;
    Result<QList<RoundReadiness>> readiness(const QDateTime &now) const;

    // The questions to ask chosen for a round, in order.
    Result<QList<qint64>> roundQuestions(qint64 roundId) const;
    Status setRoundQuestions(qint64 roundId, const QList<qint64> &questionIds);

    // Statistics for the chart
    Result<QList<int>> reviewsPerDay(const QDate &lastDay, int days) const; // oldest first
    Result<QList<CategoryRecall>> recallByCategory() const;

    // Files
    Result<ImportSummary> importRows(const QList<QuestionRow> &rows);
    Result<QList<QuestionRow>> exportRows() const;

    // Rows cascaded by deleting applications or rounds, for the undo of those deletes.
    Result<PracticeCascadeSnapshot> snapshotForApplications(const QList<qint64> &ids) const;
    Result<PracticeCascadeSnapshot> snapshotForRounds(const QList<qint64> &ids) const;
    // Run after the applications / rounds themselves are back.
    Status restoreCascade(const PracticeCascadeSnapshot &snapshot);

    static FsrsCard cardFromRow(const QVariantMap &row);

private:
    QSqlDatabase db() const { return m_database->sql(); }
    Status refuseReadOnly() const;
    Status writeStoryLinks(qint64 questionId, const QList<qint64> &storyIds);
    Status writeCard(qint64 questionId, const FsrsCard &card);
    Result<QList<QVariantMap>> rows(const QString &statement, const QVariantList &values) const;
    Status insertRows(const QString &table, const QList<QVariantMap> &rows, bool replace = false);

    std::shared_ptr<Database> m_database;
};
