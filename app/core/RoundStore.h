#pragma once

#include "core/Database.h"
#include "core/Result.h"
#include "core/RoundTypes.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

// Reads and writes interview rounds and the people in them; every INSERT, UPDATE and
// DELETE of the rounds, people and round_people tables is written here, once. Each write is
// one Transaction, a savepoint when called inside a caller's outer one.
class RoundStore
{
    Q_DECLARE_TR_FUNCTIONS(RoundStore)

public:
    explicit RoundStore(std::shared_ptr<Database> database);

    Database &database() const { return *m_database; }
    std::shared_ptr<Database> sharedDatabase() const { return m_database; }

    // Rounds
    Result<RoundInfo> round(qint64 roundId) const;
    Result<QList<RoundInfo>> roundsForApplication(qint64 applicationId) const;
    // Rounds starting in [fromUtc, toUtc), soonest first, of active applications.
    Result<QList<RoundInfo>> roundsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    // Scheduled rounds that have not started yet, soonest first.
    Result<QList<RoundInfo>> upcoming(const QDateTime &nowUtc, int limit) const;
    // Scheduled rounds whose time overlaps the given one (a warning for the form).
    Result<QList<RoundInfo>> overlapping(const RoundFields &fields, qint64 ignoreRoundId) const;

    // uid empty: a new one. createdAt invalid: now.
    Result<qint64> createRound(qint64 applicationId, const RoundFields &fields,
                               const QString &uid = {}, const QDateTime &createdAt = {});
    Result<bool> uidInUse(const QString &uid) const;
    Status updateRound(qint64 roundId, const RoundFields &fields);
    // Who attends and in what order, keeping everything else; only the company's people.
    Status setAttendees(qint64 roundId, const QList<qint64> &peopleIds);
    // Moves a round to another instant keeping everything else (calendar drag).
    Status reschedule(qint64 roundId, const QDateTime &newStartUtc);
    Result<RoundSnapshot> snapshot(qint64 roundId) const;
    Status deleteRound(qint64 roundId);
    // Puts back a deleted round, or writes an edited one back, exactly as snapshotted.
    Status restoreRound(const RoundSnapshot &snapshot);

    // People
    Result<PersonInfo> person(qint64 personId) const;
    Result<QList<PersonInfo>> peopleOfCompany(qint64 companyId) const;
    Result<qint64> companyOfApplication(qint64 applicationId) const;
    Result<qint64> createPerson(qint64 companyId, const PersonFields &fields);
    Status updatePerson(qint64 personId, const PersonFields &fields);
    enum class PersonDeletion { OnlyIfUnlisted, WithTheirPlacesInRounds };
    Status deletePerson(qint64 personId, PersonDeletion deletion = PersonDeletion::OnlyIfUnlisted);
    Result<PersonSnapshot> personSnapshot(qint64 personId) const;
    // Puts back a deleted person with their id and their places in rounds.
    Status restorePerson(const PersonSnapshot &snapshot);
    Result<QList<RoundInfo>> roundsOfPerson(qint64 personId) const;
    static QString validatePerson(const PersonFields &fields); // empty when valid

    static QString newUid();
    // An application's rounds for a QSqlQueryModel (bind the application id twice): id, number in
    // date order, start (stored UTC), zone, duration, kind key, status key, and the names of
    // the people as a JSON array in the order listed.
    static QString applicationRoundsStatement();
    // A company's people for a QSqlQueryModel (bind the company id, then a JSON array of
    // further person ids to list wherever they belong): id, name, job title, notes, by name.
    static QString companyPeopleStatement();

private:
    QSqlDatabase db() const { return m_database->sql(); }
    Result<QList<RoundInfo>>
    query(const QString &where, const QVariantList &values,
          const QString &order = QStringLiteral(" ORDER BY r.starts_at, r.id"),
          int limit = -1) const;
    Status fillPeople(QList<RoundInfo> &rounds) const;
    Status writeAttendees(qint64 roundId, const QList<qint64> &peopleIds);

    std::shared_ptr<Database> m_database;
};
