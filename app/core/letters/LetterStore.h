#pragma once

#include "core/Result.h"
#include "core/letters/LetterTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

class Database;

// Every statement on the letters and letter_templates tables, and the "my name" setting.
// Each write is one transaction.
class LetterStore
{
    Q_DECLARE_TR_FUNCTIONS(LetterStore)

public:
    // Rounds that ended longer ago than this get no letters proposed by themselves (a file
    // full of old rounds should not fill up with drafts); asking for a round's letters
    // still works.
    static constexpr int ProposalLookbackDays = 7;

    explicit LetterStore(std::shared_ptr<Database> database);
    // For FileSession::part<LetterStore>(): anything that hands out the open Database.
    template<class Session>
    requires requires(Session &s) { s.sharedDatabase(); }
    explicit LetterStore(Session &session)
        : LetterStore(session.sharedDatabase())
    {}

    Database &database() const { return *m_database; }
    const std::shared_ptr<Database> &sharedDatabase() const { return m_database; }

    // Templates, oldest first.
    Result<QList<LetterTemplate>> templates() const;
    Result<qint64> createTemplate(const LetterTemplate &letterTemplate);
    Status updateTemplate(const LetterTemplate &letterTemplate);
    Result<TemplateSnapshot> snapshotTemplate(qint64 templateId) const;
    Status deleteTemplate(qint64 templateId);
    // Puts a deleted or edited template back, and the letters' links to it.
    Status restoreTemplate(const TemplateSnapshot &snapshot);
    static QString validate(const LetterTemplate &letterTemplate); // empty when valid
    static QString validate(const LetterFields &fields);           // empty when valid

    // Letters that are not discarded, with what is needed to show them, by round and person.
    Result<QList<LetterInfo>> letters() const;
    Result<QList<LetterInfo>> lettersOfRound(qint64 roundId) const;
    Result<LetterInfo> letter(qint64 letterId) const;
    Result<qint64> createLetter(const LetterFields &fields,
                                LetterStatus status = LetterStatus::Draft);
    Status updateLetter(qint64 letterId, const LetterFields &fields);
    // Sent and Replied record the time given; going back to a draft clears them.
    Status setStatus(qint64 letterId, LetterStatus status, const QDateTime &atUtc);

    // One proposed letter for each person of the round who has none yet (a discarded one
    // counts), from the template that fits the round in the given language. Returns the
    // new letters' ids; refuses a round that does not exist.
    Result<QList<qint64>> proposeDrafts(qint64 roundId, const QString &language);
    // Rounds that ended (marked done, or their end passed) in the last ProposalLookbackDays,
    // of active applications, with someone listed who has no letter yet.
    Result<QList<qint64>> roundsAwaitingProposals(const QDateTime &nowUtc) const;
    // Rounds that ended in the last ProposalLookbackDays, of active applications, with
    // nobody listed: the letters tab asks who was there.
    Result<QList<qint64>> roundsNeedingPeople(const QDateTime &nowUtc) const;
    // Rounds that ended between the two instants and have no letter at all (for the reminder
    // two hours after the end).
    Result<QList<qint64>> roundsWithoutLetters(const QDateTime &endedAfterUtc,
                                               const QDateTime &endedUntilUtc) const;
    // Applications with a letter not yet sent whose round has ended.
    Result<QSet<qint64>> applicationsWithLettersDue(const QDateTime &nowUtc) const;

    // For undo: letters exactly as stored, and putting them back with their ids (after the
    // rounds themselves are back, in the same transaction when there is one).
    Result<LetterSnapshot> snapshotLetters(const QList<qint64> &letterIds) const;
    Result<LetterSnapshot> snapshotForRounds(const QList<qint64> &roundIds) const;
    Result<LetterSnapshot> snapshotForApplications(const QList<qint64> &applicationIds) const;
    Status restore(const LetterSnapshot &snapshot);
    // Removes letters outright (undo of making them).
    Status removeLetters(const QList<qint64> &letterIds);
    // Makes the letters with these ids exactly what the snapshot holds: rows in it are
    // written back, ids missing from it are removed. One transaction; for undo and redo.
    Status putBack(const QList<qint64> &letterIds, const LetterSnapshot &snapshot);

    // The name letters are signed with ({my_name}); kept in the file.
    Result<QString> myName() const;
    Status setMyName(const QString &name);

    // A round has ended when it is marked done or its end has passed (and it was not
    // cancelled or missed).
    static bool hasEnded(const QString &roundStatus, const QDateTime &endUtc,
                         const QDateTime &nowUtc);

private:
    QSqlDatabase db() const;
    Status readOnlyRefusal() const;
    // The rows of a snapshot written back, inside the caller's transaction.
    Status writeRows(const LetterSnapshot &snapshot);
    Status deleteRows(const QList<qint64> &letterIds, const QString &whatFailed);
    // The INSERT alone, inside the caller's transaction.
    Result<qint64> insertLetter(const LetterFields &fields, LetterStatus status);
    Result<QList<LetterInfo>> query(const QString &where, const QVariantList &values) const;
    Result<LetterSnapshot> snapshotWhere(const QString &where, const QVariantList &values) const;

    std::shared_ptr<Database> m_database;
};
