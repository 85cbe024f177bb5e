#include "core/RoundStore.h"
#include "core/text/PlainText.h"

#include "core/CascadeSnapshot.h"
#include "core/Clock.h"
#include "core/PipelineStore.h"
#include "core/RoundCatalog.h"
#include "core/RoundValidator.h"
#include "core/Sql.h"
#include "core/StoredRows.h"
#include "core/Transaction.h"
#include "core/WebLink.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace {

QString text(const QString &value)
{
    return Sql::text(value);
}

// The chosen rounds (%1: WHERE, ORDER BY and LIMIT over r and a), numbered 1, 2, 3… within
// their application by a window function over just those applications' rounds: the cost
// follows the rows asked for, not the number of rounds in the file.
QString roundSelect(const QString &chosen)
{
    return QStringLiteral(
               "WITH chosen AS MATERIALIZED (SELECT r.id, r.application_id FROM rounds r "
               "JOIN applications a ON a.id = r.application_id %1), "
               "numbered AS (SELECT n.id, row_number() OVER (PARTITION BY n.application_id "
               "ORDER BY n.starts_at, n.id) AS number FROM rounds n WHERE n.application_id IN "
               "(SELECT application_id FROM chosen)) "
               "SELECT r.id, r.application_id, r.uid, r.kind, r.starts_at, r.time_zone, "
               "r.duration_minutes, r.location, r.meeting_url, r.status, r.reason, r.outcome, "
               "c.name, a.role, nb.number "
               "FROM chosen ch JOIN rounds r ON r.id = ch.id "
               "JOIN applications a ON a.id = r.application_id "
               "JOIN companies c ON c.id = a.company_id "
               "JOIN numbered nb ON nb.id = r.id ")
        .arg(chosen);
}

PersonInfo personFrom(const QSqlQuery &q, int first)
{
    PersonInfo person;
    person.id = q.value(first).toLongLong();
    person.companyId = q.value(first + 1).toLongLong();
    person.fields.name = q.value(first + 2).toString();
    person.fields.title = q.value(first + 3).toString();
    person.fields.email = q.value(first + 4).toString();
    person.fields.phone = q.value(first + 5).toString();
    person.fields.profileUrl = q.value(first + 6).toString();
    person.fields.notes = q.value(first + 7).toString();
    person.company = q.value(first + 8).toString();
    return person;
}

const char *const personColumns = "p.id, p.company_id, p.name, p.title, p.email, p.phone, "
                                  "p.profile_url, p.notes, pc.name";

} // namespace

RoundStore::RoundStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{}

QString RoundStore::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@secondround");
}

// ---- Reading rounds -------------------------------------------------------------------

Result<QList<RoundInfo>> RoundStore::query(const QString &where, const QVariantList &values,
                                           const QString &order, int limit) const
{
    QString chosen = where + order;
    QVariantList bound = values;
    if (limit > 0) {
        chosen += QStringLiteral(" LIMIT ?");
        bound << limit;
    }
    Sql q(db(), roundSelect(chosen) + order, bound);
    if (Status ok = q.exec(tr("The interview rounds could not be read.")); !ok)
        return ok;
    QList<RoundInfo> rounds;
    while (q.next()) {
        RoundInfo info;
        info.id = q.value(0).toLongLong();
        info.applicationId = q.value(1).toLongLong();
        info.uid = q.value(2).toString();
        info.fields.kind =
            RoundCatalog::kindFromKey(q.value(3).toString()).value_or(RoundKind::Other);
        info.startUtc = PipelineStore::fromStoredTime(q.value(4).toString());
        info.fields.timeZoneId = q.value(5).toString();
        info.fields.durationMinutes = q.value(6).toInt();
        info.fields.location = q.value(7).toString();
        info.fields.meetingUrl = q.value(8).toString();
        info.fields.status =
            RoundCatalog::statusFromKey(q.value(9).toString()).value_or(RoundStatus::Scheduled);
        info.fields.reason =
            RoundCatalog::reasonFromKey(q.value(10).toString()).value_or(RoundReason::Unknown);
        info.fields.outcome = q.value(11).toString();
        info.company = q.value(12).toString();
        info.role = q.value(13).toString();
        info.number = q.value(14).toInt();
        info.fields.start = info.startInOwnZone();
        rounds.append(info);
    }
    if (Status ok = fillPeople(rounds); !ok)
        return ok;
    return rounds;
}

Status RoundStore::fillPeople(QList<RoundInfo> &rounds) const
{
    if (rounds.isEmpty())
        return Status::success();
    QList<qint64> ids;
    QHash<qint64, int> indexOf;
    ids.reserve(rounds.size());
    for (int i = 0; i < rounds.size(); ++i) {
        ids << rounds.at(i).id;
        indexOf.insert(rounds.at(i).id, i);
    }
    Sql q(db(),
          QStringLiteral("SELECT rp.round_id, %1 FROM round_people rp "
                         "JOIN people p ON p.id = rp.person_id "
                         "JOIN companies pc ON pc.id = p.company_id "
                         "WHERE rp.round_id IN (SELECT value FROM json_each(?)) "
                         "ORDER BY rp.round_id, rp.position")
              .arg(QString::fromLatin1(personColumns)),
          {Sql::idArray(ids)});
    if (Status ok = q.exec(tr("The people in the rounds could not be read.")); !ok)
        return ok;
    while (q.next()) {
        RoundInfo &round = rounds[indexOf.value(q.value(0).toLongLong())];
        const PersonInfo person = personFrom(q.query(), 1);
        round.people.append(person);
        round.fields.peopleIds.append(person.id);
    }
    return Status::success();
}

Result<RoundInfo> RoundStore::round(qint64 roundId) const
{
    auto rounds = query(QStringLiteral("WHERE r.id = ?"), {roundId});
    if (!rounds)
        return rounds.status();
    if (rounds.value().isEmpty())
        return Result<RoundInfo>::failure(tr("The interview round no longer exists."));
    return rounds.value().first();
}

Result<QList<RoundInfo>> RoundStore::roundsForApplication(qint64 applicationId) const
{
    return query(QStringLiteral("WHERE r.application_id = ?"), {applicationId});
}

Result<QList<RoundInfo>> RoundStore::roundsBetween(const QDateTime &fromUtc,
                                                   const QDateTime &toUtc) const
{
    return query(QStringLiteral("WHERE a.archived_at IS NULL AND r.starts_at >= ? AND "
                                "r.starts_at < ?"),
                 {PipelineStore::toStoredTime(fromUtc), PipelineStore::toStoredTime(toUtc)});
}

Result<QList<RoundInfo>> RoundStore::upcoming(const QDateTime &nowUtc, int limit) const
{
    return query(QStringLiteral("WHERE a.archived_at IS NULL AND r.status = 'scheduled' AND "
                                "r.starts_at >= ?"),
                 {PipelineStore::toStoredTime(nowUtc)},
                 QStringLiteral(" ORDER BY r.starts_at, r.id"), limit);
}

Result<QList<RoundInfo>> RoundStore::overlapping(const RoundFields &fields,
                                                 qint64 ignoreRoundId) const
{
    if (!fields.start.isValid())
        return QList<RoundInfo>();
    const QDateTime start = fields.start.toUTC();
    const QDateTime end = start.addSecs(qint64(fields.durationMinutes) * 60);
    // No round is longer than the longest allowed, so only those starting in that window
    // can reach into this one.
    auto candidates = query(
        QStringLiteral("WHERE r.status = 'scheduled' AND r.id <> ? AND r.starts_at >= ? AND "
                       "r.starts_at < ?"),
        {ignoreRoundId,
         PipelineStore::toStoredTime(start.addSecs(-qint64(RoundValidator::MaxDuration) * 60)),
         PipelineStore::toStoredTime(end)});
    if (!candidates)
        return candidates;
    QList<RoundInfo> result;
    for (const RoundInfo &other : candidates.value())
        if (other.startUtc < end && other.endUtc() > start)
            result.append(other);
    return result;
}

Result<bool> RoundStore::uidInUse(const QString &uid) const
{
    auto used = Sql::scalar(db(), QStringLiteral("SELECT 1 FROM rounds WHERE uid = ?"), {uid},
                            tr("The interview rounds could not be read."));
    if (!used)
        return used.status();
    return !used.value().isNull();
}

// ---- Writing rounds -------------------------------------------------------------------

Status RoundStore::writeAttendees(qint64 roundId, const QList<qint64> &peopleIds)
{
    const QString failed = tr("The people in the round could not be saved.");
    if (Status ok = Sql::run(db(), QStringLiteral("DELETE FROM round_people WHERE round_id = ?"),
                             {roundId}, failed);
        !ok)
        return ok;
    int position = 0;
    for (qint64 personId : peopleIds) {
        auto sameCompany = Sql::scalar(
            db(),
            QStringLiteral("SELECT 1 FROM people p, rounds r JOIN applications a ON a.id = "
                           "r.application_id WHERE p.id = ? AND r.id = ? AND "
                           "p.company_id = a.company_id"),
            {personId, roundId}, failed);
        if (!sameCompany)
            return sameCompany.status();
        if (sameCompany.value().isNull())
            return Status::failure(tr("Only people from the application's company can be "
                                      "listed for its rounds."));
        if (Status ok = Sql::run(db(),
                                 QStringLiteral("INSERT INTO round_people (round_id, person_id, "
                                                "position) VALUES (?, ?, ?)"),
                                 {roundId, personId, position++}, failed);
            !ok)
            return ok;
    }
    return Status::success();
}

Result<qint64> RoundStore::createRound(qint64 applicationId, const RoundFields &fields,
                                       const QString &uid, const QDateTime &createdAt)
{
    if (const auto problems = RoundValidator::validate(fields); !problems.isEmpty())
        return Result<qint64>::failure(problems.first().message);
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString created =
        PipelineStore::toStoredTime(createdAt.isValid() ? createdAt : Clock::nowUtc());
    Sql insert(
        db(),
        QStringLiteral("INSERT INTO rounds (application_id, uid, kind, starts_at, time_zone, "
                       "duration_minutes, location, meeting_url, status, reason, outcome, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {applicationId, uid.isEmpty() ? newUid() : uid, RoundCatalog::key(fields.kind),
         PipelineStore::toStoredTime(fields.start), fields.timeZoneId, fields.durationMinutes,
         text(fields.location.trimmed()), text(fields.meetingUrl.trimmed()),
         RoundCatalog::key(fields.status), RoundCatalog::key(fields.reason), text(fields.outcome),
         created, created});
    if (Status ok = insert.exec(tr("The interview round could not be saved.")); !ok)
        return ok;
    const qint64 id = insert.lastInsertId();
    if (Status ok = writeAttendees(id, fields.peopleIds); !ok)
        return ok;
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return id;
}

Status RoundStore::updateRound(qint64 roundId, const RoundFields &fields)
{
    if (const auto problems = RoundValidator::validate(fields); !problems.isEmpty())
        return Status::failure(problems.first().message);
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql update(db(),
               QStringLiteral("UPDATE rounds SET kind = ?, starts_at = ?, time_zone = ?, "
                              "duration_minutes = ?, location = ?, meeting_url = ?, "
                              "status = ?, reason = ?, outcome = ?, updated_at = ? "
                              "WHERE id = ?"),
               {RoundCatalog::key(fields.kind), PipelineStore::toStoredTime(fields.start),
                fields.timeZoneId, fields.durationMinutes, text(fields.location.trimmed()),
                text(fields.meetingUrl.trimmed()), RoundCatalog::key(fields.status),
                RoundCatalog::key(fields.reason), text(fields.outcome),
                PipelineStore::toStoredTime(Clock::nowUtc()), roundId});
    if (Status ok = update.exec(tr("The interview round could not be saved.")); !ok)
        return ok;
    if (update.rowsAffected() != 1)
        return Status::failure(tr("The interview round no longer exists."));
    if (Status ok = writeAttendees(roundId, fields.peopleIds); !ok)
        return ok;
    return transaction.commit();
}

Status RoundStore::setAttendees(qint64 roundId, const QList<qint64> &peopleIds)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql update(db(), QStringLiteral("UPDATE rounds SET updated_at = ? WHERE id = ?"),
               {PipelineStore::toStoredTime(Clock::nowUtc()), roundId});
    if (Status ok = update.exec(tr("The people in the round could not be saved.")); !ok)
        return ok;
    if (update.rowsAffected() != 1)
        return Status::failure(tr("The interview round no longer exists."));
    if (Status ok = writeAttendees(roundId, peopleIds); !ok)
        return ok;
    return transaction.commit();
}

Status RoundStore::reschedule(qint64 roundId, const QDateTime &newStartUtc)
{
    if (!newStartUtc.isValid())
        return Status::failure(tr("That time does not exist in the round's time zone."));
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql update(db(), QStringLiteral("UPDATE rounds SET starts_at = ?, updated_at = ? WHERE id = ?"),
               {PipelineStore::toStoredTime(newStartUtc),
                PipelineStore::toStoredTime(Clock::nowUtc()), roundId});
    if (Status ok = update.exec(tr("The interview round could not be moved.")); !ok)
        return ok;
    if (update.rowsAffected() != 1)
        return Status::failure(tr("The interview round no longer exists."));
    return transaction.commit();
}

Result<RoundSnapshot> RoundStore::snapshot(qint64 roundId) const
{
    const QString failed = tr("The interview rounds could not be read.");
    auto row = StoredRows::read(db(), QStringLiteral("SELECT * FROM rounds WHERE id = ?"),
                                {roundId}, failed);
    if (!row)
        return row.status();
    if (row.value().isEmpty())
        return Result<RoundSnapshot>::failure(tr("The interview round no longer exists."));
    RoundSnapshot snapshot;
    snapshot.row = row.value().first();
    auto dependants = CascadeSnapshot::take(db(), QStringLiteral("rounds"), {roundId});
    if (!dependants)
        return dependants.status();
    snapshot.dependants = dependants.take();
    return snapshot;
}

Status RoundStore::deleteRound(qint64 roundId)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    // Its people links and whatever else belongs to the round go with it (ON DELETE
    // CASCADE); a snapshot taken before brings them back.
    if (Status ok = Sql::run(db(), QStringLiteral("DELETE FROM rounds WHERE id = ?"), {roundId},
                             tr("The interview round could not be deleted."));
        !ok)
        return ok;
    return transaction.commit();
}

Status RoundStore::restoreRound(const RoundSnapshot &snapshot)
{
    const QString failed = tr("The interview round could not be put back.");
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto exists = Sql::scalar(db(), QStringLiteral("SELECT 1 FROM rounds WHERE id = ?"),
                              {snapshot.id()}, failed);
    if (!exists)
        return exists.status();
    if (exists.value().isNull()) {
        // Deleted: the row and everything the delete took with it, with their ids.
        if (Status ok = StoredRows::insert(db(), QStringLiteral("rounds"), snapshot.row, failed);
            !ok)
            return ok;
        if (Status ok = snapshot.dependants.restore(db()); !ok)
            return ok;
        return transaction.commit();
    }
    // Edited: an UPDATE, never INSERT OR REPLACE, whose delete would cascade to the rows
    // that belong to the round. Only the people links are part of an edit.
    if (Status ok = StoredRows::overwrite(db(), QStringLiteral("rounds"), snapshot.row, failed);
        !ok)
        return ok;
    if (Status ok = Sql::run(db(), QStringLiteral("DELETE FROM round_people WHERE round_id = ?"),
                             {snapshot.id()}, failed);
        !ok)
        return ok;
    for (const QVariantMap &attendee : snapshot.dependants.rows(QStringLiteral("round_people")))
        if (Status ok = StoredRows::insert(db(), QStringLiteral("round_people"), attendee, failed);
            !ok)
            return ok;
    return transaction.commit();
}

// ---- People ---------------------------------------------------------------------------

QString RoundStore::validatePerson(const PersonFields &fields)
{
    if (fields.name.trimmed().isEmpty())
        return tr("Enter the person's name.");
    if (fields.name.trimmed().size() > 200)
        return tr("The name is too long (at most 200 characters).");
    for (const QString *line : {&fields.name, &fields.title, &fields.email, &fields.phone})
        if (PlainText::hasUnsafeInLine(*line))
            return tr("Names, titles, addresses and numbers are one line without invisible "
                      "control characters.");
    const QString email = fields.email.trimmed();
    if (!email.isEmpty()) {
        const qsizetype at = email.indexOf(QLatin1Char('@'));
        if (at <= 0 || email.indexOf(QLatin1Char('.'), at) < 0 || email.contains(QLatin1Char(' ')))
            return tr("The email address does not look right (name@example.com).");
    }
    const QString link = fields.profileUrl.trimmed();
    if (!link.isEmpty()) {
        if (!WebLink::isValid(link))
            return tr("The profile link must be a web address starting with http:// or https://.");
    }
    return {};
}

Result<PersonInfo> RoundStore::person(qint64 personId) const
{
    Sql q(db(),
          QStringLiteral("SELECT %1 FROM people p JOIN companies pc ON pc.id = p.company_id "
                         "WHERE p.id = ?")
              .arg(QString::fromLatin1(personColumns)),
          {personId});
    if (Status ok = q.exec(tr("The person could not be read.")); !ok)
        return ok;
    if (!q.next())
        return Result<PersonInfo>::failure(tr("The person no longer exists."));
    return personFrom(q.query(), 0);
}

Result<QList<PersonInfo>> RoundStore::peopleOfCompany(qint64 companyId) const
{
    Sql q(db(),
          QStringLiteral("SELECT %1 FROM people p JOIN companies pc ON pc.id = p.company_id "
                         "WHERE p.company_id = ? ORDER BY p.name COLLATE NOCASE, p.id")
              .arg(QString::fromLatin1(personColumns)),
          {companyId});
    if (Status ok = q.exec(tr("The people could not be read.")); !ok)
        return ok;
    QList<PersonInfo> people;
    while (q.next())
        people.append(personFrom(q.query(), 0));
    return people;
}

Result<qint64> RoundStore::companyOfApplication(qint64 applicationId) const
{
    auto company =
        Sql::scalar(db(), QStringLiteral("SELECT company_id FROM applications WHERE id = ?"),
                    {applicationId}, tr("The application could not be read."));
    if (!company)
        return company.status();
    if (company.value().isNull())
        return Result<qint64>::failure(tr("The application no longer exists."));
    return company.value().toLongLong();
}

Result<qint64> RoundStore::createPerson(qint64 companyId, const PersonFields &fields)
{
    if (const QString problem = validatePerson(fields); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql insert(db(),
               QStringLiteral("INSERT INTO people (company_id, name, title, email, phone, "
                              "profile_url, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {companyId, fields.name.trimmed(), text(fields.title.trimmed()),
                text(fields.email.trimmed()), text(fields.phone.trimmed()),
                text(fields.profileUrl.trimmed()), text(fields.notes),
                PipelineStore::toStoredTime(Clock::nowUtc())});
    if (Status ok = insert.exec(tr("The person could not be saved.")); !ok)
        return ok;
    const qint64 id = insert.lastInsertId();
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return id;
}

Status RoundStore::updatePerson(qint64 personId, const PersonFields &fields)
{
    if (const QString problem = validatePerson(fields); !problem.isEmpty())
        return Status::failure(problem);
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql update(db(),
               QStringLiteral("UPDATE people SET name = ?, title = ?, email = ?, phone = ?, "
                              "profile_url = ?, notes = ? WHERE id = ?"),
               {fields.name.trimmed(), text(fields.title.trimmed()), text(fields.email.trimmed()),
                text(fields.phone.trimmed()), text(fields.profileUrl.trimmed()), text(fields.notes),
                personId});
    if (Status ok = update.exec(tr("The person could not be saved.")); !ok)
        return ok;
    if (update.rowsAffected() != 1)
        return Status::failure(tr("The person no longer exists."));
    return transaction.commit();
}

Status RoundStore::deletePerson(qint64 personId, PersonDeletion deletion)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (deletion == PersonDeletion::OnlyIfUnlisted) {
        auto used = Sql::scalar(
            db(), QStringLiteral("SELECT count(*) FROM round_people WHERE person_id = ?"),
            {personId}, tr("The person could not be deleted."));
        if (!used)
            return used.status();
        if (const int rounds = used.value().toInt(); rounds > 0)
            return Status::failure(tr("This person is still listed in %n round(s). Remove them "
                                      "from there first.",
                                      nullptr, rounds));
    }
    // Their places in rounds go with them (ON DELETE CASCADE); a snapshot taken before
    // brings them back.
    if (Status ok = Sql::run(db(), QStringLiteral("DELETE FROM people WHERE id = ?"), {personId},
                             tr("The person could not be deleted."));
        !ok)
        return ok;
    return transaction.commit();
}

Result<PersonSnapshot> RoundStore::personSnapshot(qint64 personId) const
{
    const QString failed = tr("The person could not be read.");
    auto row = StoredRows::read(db(), QStringLiteral("SELECT * FROM people WHERE id = ?"),
                                {personId}, failed);
    if (!row)
        return row.status();
    if (row.value().isEmpty())
        return Result<PersonSnapshot>::failure(tr("The person no longer exists."));
    PersonSnapshot snapshot;
    snapshot.row = row.value().first();
    auto dependants = CascadeSnapshot::take(db(), QStringLiteral("people"), {personId});
    if (!dependants)
        return dependants.status();
    snapshot.dependants = dependants.take();
    return snapshot;
}

Status RoundStore::restorePerson(const PersonSnapshot &snapshot)
{
    const QString failed = tr("The person could not be put back.");
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok = StoredRows::insert(db(), QStringLiteral("people"), snapshot.row, failed); !ok)
        return ok;
    if (Status ok = snapshot.dependants.restore(db()); !ok)
        return ok;
    return transaction.commit();
}

Result<QList<RoundInfo>> RoundStore::roundsOfPerson(qint64 personId) const
{
    return query(QStringLiteral("WHERE r.id IN (SELECT round_id FROM round_people WHERE "
                                "person_id = ?)"),
                 {personId});
}

QString RoundStore::companyPeopleStatement()
{
    return QStringLiteral("SELECT p.id, p.name, p.title, p.notes FROM people p "
                          "WHERE p.company_id = ? OR p.id IN (SELECT value FROM json_each(?)) "
                          "ORDER BY p.name COLLATE NOCASE, p.id");
}

QString RoundStore::applicationRoundsStatement()
{
    return QStringLiteral(
        "SELECT r.id, row_number() OVER (ORDER BY r.starts_at, r.id), r.starts_at, r.time_zone, "
        "r.duration_minutes, r.kind, r.status, coalesce(n.names, '[]') "
        "FROM rounds r LEFT JOIN ("
        "  SELECT ordered.round_id, json_group_array(ordered.name) AS names FROM ("
        "    SELECT rp.round_id, p.name FROM round_people rp "
        "    JOIN rounds pr ON pr.id = rp.round_id AND pr.application_id = ? "
        "    JOIN people p ON p.id = rp.person_id ORDER BY rp.round_id, rp.position"
        "  ) ordered GROUP BY ordered.round_id"
        ") n ON n.round_id = r.id "
        "WHERE r.application_id = ? ORDER BY r.starts_at, r.id");
}
