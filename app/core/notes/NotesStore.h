#pragma once

#include "core/Result.h"
#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesRules.h"
#include "core/notes/NotesTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

class Database;

// Every statement on the notes tables: round notes, company research, salary figures,
// checklist ticks, "dealt with" decisions and the full-text search over them. Each write is
// one transaction, nested as a savepoint when the caller already holds one.
class NotesStore
{
    Q_DECLARE_TR_FUNCTIONS(NotesStore)

public:
    explicit NotesStore(std::shared_ptr<Database> database);

    Database &database() const { return *m_database; }

    // Round notes; a round without any yet reads as empty notes.
    Result<RoundNotes> notes(qint64 roundId) const;
    // Writes the notes (nothing when unchanged); refuses a round that does not exist.
    Status saveNotes(qint64 roundId, const RoundNotes &notes);
    static QString validate(const RoundNotes &notes); // empty when valid

    Result<CompanyResearch> research(qint64 companyId) const;
    Status saveResearch(qint64 companyId, const CompanyResearch &research);

    Result<SalaryFigures> salary(qint64 applicationId) const;
    Status saveSalary(qint64 applicationId, const SalaryFigures &salary);
    static QString validate(const SalaryFigures &salary); // empty when valid

    // Checklist ticks of a round, by item key.
    Result<QSet<QString>> ticks(qint64 roundId) const;
    Status setTicked(qint64 roundId, const QString &item, bool ticked);
    // Checklist progress of many rounds at once (a round with no ticks is there too).
    Result<QHash<qint64, NotesChecklist::Readiness>> readiness(const QList<qint64> &roundIds) const;
    // The checklist progress of every active application's next round (the first scheduled
    // one starting at or after nowUtc, as on the board's cards), by application id, read in
    // one statement for the whole board.
    Result<QHash<qint64, NotesChecklist::Readiness>>
    nextRoundReadiness(const QDateTime &nowUtc) const;
    // The same for the one application the round belongs to: what a tick in that round can
    // change, read without going over the whole board. Empty when the application has no
    // next round or is archived.
    Result<QHash<qint64, NotesChecklist::Readiness>>
    nextRoundReadinessAround(const QDateTime &nowUtc, qint64 roundId) const;

    // What the rounds before this one (same application, date order) left, each with its
    // "dealt with" state.
    Result<QList<CarriedItem>> carriedOver(qint64 roundId) const;
    Status setDealtWith(const CarriedItem &item, bool dealtWith);

    // Rounds that have ended (not cancelled) with an empty debrief, of active applications.
    Result<QList<qint64>> roundsNeedingDebrief(const QDateTime &nowUtc) const;

    // Full-text search over round notes, company research and the applications' roles,
    // descriptions and notes. The words are matched as prefixes; the user's text is never
    // read as query syntax. Best matches first.
    Result<QList<NotesSearchHit>> search(const QString &text, int limit = 50) const;
    static QString matchExpression(const QString &text); // empty: nothing to search for

    // For undo of deleting rounds or applications: every notes row that deleting them
    // cascades away, and putting those rows back exactly (call restore after the rounds or
    // applications themselves are back, inside the same transaction).
    Result<NotesSnapshot> snapshotForRounds(const QList<qint64> &roundIds) const;
    Result<NotesSnapshot> snapshotForApplications(const QList<qint64> &applicationIds) const;
    Status restore(const NotesSnapshot &snapshot);

private:
    QSqlDatabase db() const;
    // Every application's when roundId is 0, else that round's application's.
    Result<QHash<qint64, NotesChecklist::Readiness>>
    nextRoundReadinessWhere(const QDateTime &nowUtc, qint64 roundId) const;
    Status snapshotRows(const QString &statement, const QString &idsJson,
                        QList<QVariantMap> &into) const;

    std::shared_ptr<Database> m_database;
};
