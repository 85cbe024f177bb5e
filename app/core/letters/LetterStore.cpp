#include "core/letters/LetterStore.h"
#include "core/notes/NotesStore.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/FileSettings.h"
#include "core/RoundStore.h"
#include "core/Sql.h"
#include "core/SqlErrorText.h"
#include "core/Transaction.h"
#include "core/letters/LetterComposer.h"
#include "core/text/PlainText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString MyNameKey = QStringLiteral("letters.my_name");

QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

LetterTemplate templateFrom(const QSqlQuery &q)
{
    LetterTemplate t;
    t.id = q.value(0).toLongLong();
    t.shippedKey = q.value(1).toString();
    t.language = q.value(2).toString();
    t.occasion = LetterEnums::occasionFromKey(q.value(3).toString());
    t.name = q.value(4).toString();
    t.subject = q.value(5).toString();
    t.body = q.value(6).toString();
    return t;
}

// Round numbers come from a window over the rounds, not a subquery per letter.
// Rounds are numbered per application (1, 2, 3… by start) only for applications that have
// letters: numbering every round of the file cost more than the letters themselves.
const char *const letterSelect =
    "WITH numbered AS (SELECT id, row_number() OVER (PARTITION BY application_id ORDER BY "
    "starts_at, id) AS number FROM rounds WHERE application_id IN (SELECT lr.application_id "
    "FROM letters ll JOIN rounds lr ON lr.id = ll.round_id)) "
    "SELECT l.id, l.round_id, l.person_id, l.template_id, l.subject, l.body, l.status, "
    "l.sent_at, l.replied_at, r.application_id, p.name, p.email, c.name, a.role, r.status, "
    "n.number, r.starts_at, r.duration_minutes "
    "FROM letters l JOIN rounds r ON r.id = l.round_id "
    "JOIN applications a ON a.id = r.application_id "
    "JOIN companies c ON c.id = a.company_id "
    "JOIN numbered n ON n.id = r.id "
    "LEFT JOIN people p ON p.id = l.person_id ";

} // namespace

LetterStore::LetterStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{}

QSqlDatabase LetterStore::db() const
{
    return m_database->sql();
}

Status LetterStore::readOnlyRefusal() const
{
    if (m_database->isReadOnly())
        return Status::failure(tr("This file is open read-only, so nothing can be changed. Save "
                                  "a copy to make changes."));
    return Status::success();
}

bool LetterStore::hasEnded(const QString &roundStatus, const QDateTime &endUtc,
                           const QDateTime &nowUtc)
{
    if (roundStatus == QLatin1String("done"))
        return true;
    return roundStatus == QLatin1String("scheduled") && endUtc.isValid() && endUtc <= nowUtc;
}

// ---- Templates ------------------------------------------------------------------------

Result<QList<LetterTemplate>> LetterStore::templates() const
{
    QSqlQuery q(db());
    if (Status ok = Sql::exec(q,
                              QStringLiteral("SELECT id, shipped_key, language, occasion, name, "
                                             "subject, body FROM letter_templates ORDER BY id"),
                              {}, tr("The letter templates could not be read."));
        !ok)
        return ok;
    QList<LetterTemplate> list;
    while (q.next())
        list << templateFrom(q);
    return list;
}

QString LetterStore::validate(const LetterTemplate &letterTemplate)
{
    if (letterTemplate.name.trimmed().isEmpty())
        return tr("Give the template a name.");
    if (PlainText::hasUnsafeInLine(letterTemplate.name) ||
        PlainText::hasUnsafeInLine(letterTemplate.subject))
        return tr("Remove the line breaks and invisible control characters; the name and the "
                  "subject are one line each.");
    if (letterTemplate.name.trimmed().size() > 200)
        return tr("The name is too long (at most 200 characters).");
    if (letterTemplate.language.trimmed().size() < 2 ||
        letterTemplate.language.trimmed().size() > 16)
        return tr("Choose the template's language.");
    if (letterTemplate.subject.size() > 1000)
        return tr("The subject is too long (at most 1,000 characters).");
    if (letterTemplate.body.size() > 100000)
        return tr("The text is too long (at most 100,000 characters).");
    return {};
}

Result<qint64> LetterStore::createTemplate(const LetterTemplate &t)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    if (const QString problem = validate(t); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString now = stamp(Clock::nowUtc());
    QSqlQuery insert(db());
    if (Status ok =
            Sql::exec(insert,
                      QStringLiteral("INSERT INTO letter_templates (language, occasion, name, "
                                     "subject, body, created_at, updated_at) VALUES (?, ?, ?, "
                                     "?, ?, ?, ?)"),
                      {t.language.trimmed(), LetterEnums::occasionKey(t.occasion), t.name.trimmed(),
                       Sql::text(t.subject), Sql::text(t.body), now, now},
                      tr("The template could not be saved."));
        !ok)
        return ok;
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return id;
}

Status LetterStore::updateTemplate(const LetterTemplate &t)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    if (const QString problem = validate(t); !problem.isEmpty())
        return Status::failure(problem);
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery update(db());
    if (Status ok =
            Sql::exec(update,
                      QStringLiteral("UPDATE letter_templates SET language = ?, occasion = ?, "
                                     "name = ?, subject = ?, body = ?, updated_at = ? WHERE "
                                     "id = ?"),
                      {t.language.trimmed(), LetterEnums::occasionKey(t.occasion), t.name.trimmed(),
                       Sql::text(t.subject), Sql::text(t.body), stamp(Clock::nowUtc()), t.id},
                      tr("The template could not be saved."));
        !ok)
        return ok;
    if (update.numRowsAffected() == 0)
        return Status::failure(tr("The template no longer exists."));
    return transaction.commit();
}

Result<TemplateSnapshot> LetterStore::snapshotTemplate(qint64 templateId) const
{
    const QString failed = tr("The letter templates could not be read.");
    QSqlQuery row(db());
    if (Status ok = Sql::exec(row, QStringLiteral("SELECT * FROM letter_templates WHERE id = ?"),
                              {templateId}, failed);
        !ok)
        return ok;
    if (!row.next())
        return Result<TemplateSnapshot>::failure(tr("The template no longer exists."));
    TemplateSnapshot snapshot;
    snapshot.row = Sql::rowOf(row);
    QSqlQuery users(db());
    if (Status ok = Sql::exec(
            users, QStringLiteral("SELECT id FROM letters WHERE template_id = ? ORDER BY id"),
            {templateId}, failed);
        !ok)
        return ok;
    while (users.next())
        snapshot.letterIds << users.value(0).toLongLong();
    return snapshot;
}

Status LetterStore::deleteTemplate(qint64 templateId)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery remove(db());
    if (Status ok = Sql::exec(remove, QStringLiteral("DELETE FROM letter_templates WHERE id = ?"),
                              {templateId}, tr("The template could not be deleted."));
        !ok)
        return ok;
    return transaction.commit();
}

Status LetterStore::restoreTemplate(const TemplateSnapshot &snapshot)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    const QString failed = tr("The template could not be put back.");
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const qint64 id = snapshot.row.value(QStringLiteral("id")).toLongLong();
    // An UPDATE when the row is there: INSERT OR REPLACE would delete it first and so clear
    // every letter's link to it.
    QStringList columns = snapshot.row.keys();
    columns.removeAll(QStringLiteral("id"));
    QStringList assignments;
    QVariantList values;
    for (const QString &column : columns) {
        assignments << column + QStringLiteral(" = ?");
        values << snapshot.row.value(column);
    }
    QSqlQuery update(db());
    if (Status ok = Sql::exec(update,
                              QStringLiteral("UPDATE letter_templates SET %1 WHERE id = ?")
                                  .arg(assignments.join(QStringLiteral(", "))),
                              values + QVariantList{id}, failed);
        !ok)
        return ok;
    if (update.numRowsAffected() == 0) {
        QSqlQuery insert(db());
        if (Status ok =
                Sql::exec(insert,
                          QStringLiteral("INSERT INTO letter_templates (id, %1) VALUES (?%2)")
                              .arg(columns.join(QStringLiteral(", ")),
                                   QStringLiteral(", ?").repeated(columns.size())),
                          QVariantList{id} + values, failed);
            !ok)
            return ok;
    }
    QSqlQuery relink(db());
    if (Status ok =
            Sql::exec(relink,
                      QStringLiteral("UPDATE letters SET template_id = ? WHERE id IN (SELECT "
                                     "value FROM json_each(?))"),
                      {id, Sql::idArray(snapshot.letterIds)}, failed);
        !ok)
        return ok;
    return transaction.commit();
}

// ---- Letters --------------------------------------------------------------------------

Result<QList<LetterInfo>> LetterStore::query(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(db());
    if (Status ok = Sql::exec(q,
                              QString::fromLatin1(letterSelect) + where +
                                  QStringLiteral(" ORDER BY r.starts_at, r.id, p.name, l.id"),
                              values, tr("The letters could not be read."));
        !ok)
        return ok;
    QList<LetterInfo> list;
    while (q.next()) {
        LetterInfo info;
        info.id = q.value(0).toLongLong();
        info.fields.roundId = q.value(1).toLongLong();
        info.fields.personId = q.value(2).toLongLong();
        info.fields.templateId = q.value(3).toLongLong();
        info.fields.subject = q.value(4).toString();
        info.fields.body = q.value(5).toString();
        info.status = LetterEnums::statusFromKey(q.value(6).toString());
        info.sentAt = fromStamp(q.value(7));
        info.repliedAt = fromStamp(q.value(8));
        info.applicationId = q.value(9).toLongLong();
        info.personName = q.value(10).toString();
        info.personEmail = q.value(11).toString();
        info.company = q.value(12).toString();
        info.role = q.value(13).toString();
        info.roundStatus = q.value(14).toString();
        info.roundNumber = q.value(15).toInt();
        info.roundStartUtc = fromStamp(q.value(16));
        info.roundEndUtc = info.roundStartUtc.addSecs(q.value(17).toLongLong() * 60);
        list << info;
    }
    return list;
}

Result<QList<LetterInfo>> LetterStore::letters() const
{
    return query(QStringLiteral("WHERE l.status <> 'discarded' AND a.archived_at IS NULL"), {});
}

Result<QList<LetterInfo>> LetterStore::lettersOfRound(qint64 roundId) const
{
    return query(QStringLiteral("WHERE l.status <> 'discarded' AND l.round_id = ?"), {roundId});
}

Result<LetterInfo> LetterStore::letter(qint64 letterId) const
{
    auto found = query(QStringLiteral("WHERE l.id = ?"), {letterId});
    if (!found)
        return found.status();
    if (found.value().isEmpty())
        return Result<LetterInfo>::failure(tr("The letter no longer exists."));
    return found.value().first();
}

QString LetterStore::validate(const LetterFields &fields)
{
    if (PlainText::hasUnsafeInLine(fields.subject))
        return tr("Remove the line breaks and invisible control characters; the subject is one "
                  "line.");
    if (fields.subject.size() > 1000)
        return tr("The subject is too long (at most 1,000 characters).");
    if (fields.body.size() > 1000000)
        return tr("The letter is too long (at most 1,000,000 characters).");
    return {};
}

Result<qint64> LetterStore::insertLetter(const LetterFields &fields, LetterStatus status)
{
    if (const QString problem = validate(fields); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    const QString now = stamp(Clock::nowUtc());
    QSqlQuery insert(db());
    if (Status ok =
            Sql::exec(insert,
                      QStringLiteral("INSERT INTO letters (round_id, person_id, template_id, "
                                     "subject, body, status, created_at, updated_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?)"),
                      {fields.roundId, Sql::nullableId(fields.personId),
                       Sql::nullableId(fields.templateId), Sql::text(fields.subject),
                       Sql::text(fields.body), LetterEnums::statusKey(status), now, now},
                      tr("The letter could not be saved."));
        !ok)
        return ok;
    return insert.lastInsertId().toLongLong();
}

Result<qint64> LetterStore::createLetter(const LetterFields &fields, LetterStatus status)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto id = insertLetter(fields, status);
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return id;
}

Status LetterStore::updateLetter(qint64 letterId, const LetterFields &fields)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    if (const QString problem = validate(fields); !problem.isEmpty())
        return Status::failure(problem);
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery update(db());
    if (Status ok = Sql::exec(
            update,
            QStringLiteral("UPDATE letters SET round_id = ?, person_id = ?, "
                           "template_id = ?, subject = ?, body = ?, updated_at = ? "
                           "WHERE id = ?"),
            {fields.roundId, Sql::nullableId(fields.personId), Sql::nullableId(fields.templateId),
             Sql::text(fields.subject), Sql::text(fields.body), stamp(Clock::nowUtc()), letterId},
            tr("The letter could not be saved."));
        !ok)
        return ok;
    if (update.numRowsAffected() == 0)
        return Status::failure(tr("The letter no longer exists."));
    return transaction.commit();
}

Status LetterStore::setStatus(qint64 letterId, LetterStatus status, const QDateTime &atUtc)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString at = stamp(atUtc.isValid() ? atUtc : Clock::nowUtc());
    // Sent keeps no reply time; Replied keeps the sent time (or sets it when it was never
    // marked sent); the others clear both.
    QString sql;
    QVariantList values{LetterEnums::statusKey(status), stamp(Clock::nowUtc())};
    if (status == LetterStatus::Sent) {
        sql = QStringLiteral("UPDATE letters SET status = ?, updated_at = ?, sent_at = ?, "
                             "replied_at = NULL WHERE id = ?");
        values << at;
    } else if (status == LetterStatus::Replied) {
        sql = QStringLiteral("UPDATE letters SET status = ?, updated_at = ?, sent_at = "
                             "coalesce(sent_at, ?), replied_at = ? WHERE id = ?");
        values << at << at;
    } else {
        sql = QStringLiteral("UPDATE letters SET status = ?, updated_at = ?, sent_at = NULL, "
                             "replied_at = NULL WHERE id = ?");
    }
    values << letterId;
    QSqlQuery update(db());
    if (Status ok = Sql::exec(update, sql, values, tr("The letter could not be saved.")); !ok)
        return ok;
    if (update.numRowsAffected() == 0)
        return Status::failure(tr("The letter no longer exists."));
    return transaction.commit();
}

// ---- Proposals and due letters --------------------------------------------------------

Result<QList<qint64>> LetterStore::proposeDrafts(qint64 roundId, const QString &language)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    RoundStore rounds(m_database);
    auto round = rounds.round(roundId);
    if (!round)
        return round.status();
    auto allTemplates = templates();
    if (!allTemplates)
        return allTemplates.status();
    auto name = myName();
    if (!name)
        return name.status();
    const LetterTemplate *chosen = LetterComposer::choose(
        allTemplates.value(), LetterComposer::occasionFor(round.value()), language);
    // {topic} and {next_step} come from the debrief where it says.
    auto debrief = NotesStore(m_database).notes(roundId);
    if (!debrief)
        return debrief.status();

    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery existing(db());
    if (Status ok =
            Sql::exec(existing,
                      QStringLiteral("SELECT DISTINCT person_id FROM letters WHERE round_id = "
                                     "? AND person_id IS NOT NULL"),
                      {roundId}, tr("The letters could not be read."));
        !ok)
        return ok;
    QSet<qint64> written;
    while (existing.next())
        written.insert(existing.value(0).toLongLong());

    QList<qint64> created;
    for (const PersonInfo &person : round.value().people) {
        if (written.contains(person.id))
            continue;
        LetterFields fields;
        if (chosen) {
            fields = LetterComposer::compose(*chosen, round.value(), person, name.value(),
                                             debrief.value());
        } else {
            fields.roundId = roundId;
            fields.personId = person.id;
        }
        auto id = insertLetter(fields, LetterStatus::Proposed);
        if (!id)
            return id.status();
        created << id.value();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return created;
}

Result<QList<qint64>> LetterStore::roundsAwaitingProposals(const QDateTime &nowUtc) const
{
    // Rounds last at most 600 minutes, so a start this far back covers every end in the
    // look-back window; the exact end is checked below. A round not yet begun has not ended,
    // unless it was marked done: those rows are dropped before the joins.
    const QDateTime earliestStart =
        nowUtc.toUTC().addDays(-ProposalLookbackDays).addSecs(-600 * 60);
    QSqlQuery q(db());
    if (Status ok = Sql::exec(
            q,
            QStringLiteral("SELECT DISTINCT r.id, r.status, r.starts_at, r.duration_minutes "
                           "FROM rounds r JOIN applications a ON a.id = r.application_id "
                           "JOIN round_people rp ON rp.round_id = r.id "
                           "LEFT JOIN letters l ON l.round_id = r.id AND l.person_id = "
                           "rp.person_id "
                           "WHERE a.archived_at IS NULL AND r.status IN ('scheduled', 'done') "
                           "AND r.starts_at >= ? AND (r.starts_at <= ? OR r.status = 'done') "
                           "AND l.id IS NULL "
                           "ORDER BY r.starts_at, r.id"),
            {stamp(earliestStart), stamp(nowUtc.toUTC())}, tr("The letters could not be read."));
        !ok)
        return ok;
    QList<qint64> ids;
    const QDateTime lookback = nowUtc.toUTC().addDays(-ProposalLookbackDays);
    while (q.next()) {
        const QDateTime end = fromStamp(q.value(2)).addSecs(q.value(3).toLongLong() * 60);
        if (hasEnded(q.value(1).toString(), end, nowUtc) && end >= lookback)
            ids << q.value(0).toLongLong();
    }
    return ids;
}

Result<QList<qint64>> LetterStore::roundsNeedingPeople(const QDateTime &nowUtc) const
{
    const QDateTime lookback = nowUtc.toUTC().addDays(-ProposalLookbackDays);
    QSqlQuery q(db());
    if (Status ok = Sql::exec(
            q,
            QStringLiteral("SELECT r.id, r.status, r.starts_at, r.duration_minutes FROM rounds r "
                           "JOIN applications a ON a.id = r.application_id "
                           "LEFT JOIN round_people rp ON rp.round_id = r.id "
                           "WHERE a.archived_at IS NULL AND r.status IN ('scheduled', 'done') "
                           "AND r.starts_at >= ? AND (r.starts_at <= ? OR r.status = 'done') "
                           "AND rp.round_id IS NULL "
                           "ORDER BY r.starts_at, r.id"),
            {stamp(lookback.addSecs(-600 * 60)), stamp(nowUtc.toUTC())},
            tr("The rounds could not be read."));
        !ok)
        return ok;
    QList<qint64> ids;
    while (q.next()) {
        const QDateTime end = fromStamp(q.value(2)).addSecs(q.value(3).toLongLong() * 60);
        if (hasEnded(q.value(1).toString(), end, nowUtc) && end >= lookback)
            ids << q.value(0).toLongLong();
    }
    return ids;
}

Result<QList<qint64>> LetterStore::roundsWithoutLetters(const QDateTime &endedAfterUtc,
                                                        const QDateTime &endedUntilUtc) const
{
    QSqlQuery q(db());
    if (Status ok = Sql::exec(
            q,
            QStringLiteral("SELECT r.id, r.starts_at, r.duration_minutes FROM rounds r "
                           "JOIN applications a ON a.id = r.application_id "
                           "LEFT JOIN letters l ON l.round_id = r.id "
                           "WHERE a.archived_at IS NULL AND r.status IN ('scheduled', 'done') "
                           "AND r.starts_at >= ? AND (r.starts_at <= ? OR r.status = 'done') "
                           "AND l.id IS NULL "
                           "ORDER BY r.starts_at, r.id"),
            {stamp(endedAfterUtc.addSecs(-600 * 60)), stamp(endedUntilUtc)},
            tr("The letters could not be read."));
        !ok)
        return ok;
    QList<qint64> ids;
    while (q.next()) {
        const QDateTime end = fromStamp(q.value(1)).addSecs(q.value(2).toLongLong() * 60);
        if (end > endedAfterUtc && end <= endedUntilUtc)
            ids << q.value(0).toLongLong();
    }
    return ids;
}

Result<QSet<qint64>> LetterStore::applicationsWithLettersDue(const QDateTime &nowUtc) const
{
    // Only what decides "due" per round, not each letter's text: the board asks after every
    // change to a letter.
    QSqlQuery q(db());
    if (Status ok = Sql::exec(
            q,
            QStringLiteral("SELECT DISTINCT r.application_id, r.status, r.starts_at, "
                           "r.duration_minutes FROM letters l JOIN rounds r ON r.id = l.round_id "
                           "JOIN applications a ON a.id = r.application_id "
                           "WHERE l.status IN ('proposed', 'draft') AND a.archived_at IS NULL"),
            {}, tr("The letters could not be read."));
        !ok)
        return ok;
    QSet<qint64> ids;
    while (q.next()) {
        const QDateTime end = fromStamp(q.value(2)).addSecs(q.value(3).toLongLong() * 60);
        if (hasEnded(q.value(1).toString(), end, nowUtc))
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

// ---- Snapshots ------------------------------------------------------------------------

Result<LetterSnapshot> LetterStore::snapshotWhere(const QString &where,
                                                  const QVariantList &values) const
{
    QSqlQuery q(db());
    if (Status ok = Sql::exec(q,
                              QStringLiteral("SELECT * FROM letters WHERE ") + where +
                                  QStringLiteral(" ORDER BY id"),
                              values, tr("The letters could not be read."));
        !ok)
        return ok;
    LetterSnapshot snapshot;
    while (q.next())
        snapshot.letters << Sql::rowOf(q);
    return snapshot;
}

Result<LetterSnapshot> LetterStore::snapshotLetters(const QList<qint64> &letterIds) const
{
    return snapshotWhere(QStringLiteral("id IN (SELECT value FROM json_each(?))"),
                         {Sql::idArray(letterIds)});
}

Result<LetterSnapshot> LetterStore::snapshotForRounds(const QList<qint64> &roundIds) const
{
    return snapshotWhere(QStringLiteral("round_id IN (SELECT value FROM json_each(?))"),
                         {Sql::idArray(roundIds)});
}

Result<LetterSnapshot>
LetterStore::snapshotForApplications(const QList<qint64> &applicationIds) const
{
    return snapshotWhere(QStringLiteral("round_id IN (SELECT id FROM rounds WHERE "
                                        "application_id IN (SELECT value FROM json_each(?)))"),
                         {Sql::idArray(applicationIds)});
}

Status LetterStore::writeRows(const LetterSnapshot &snapshot)
{
    for (const QVariantMap &row : snapshot.letters) {
        // Column names come from the schema, never from user text. Nothing refers to a
        // letter, so replacing a row cascades nowhere.
        const QStringList columns = row.keys();
        QVariantList values;
        for (const QString &column : columns)
            values << row.value(column);
        QSqlQuery write(db());
        if (Status ok = Sql::exec(write,
                                  QStringLiteral("INSERT OR REPLACE INTO letters (%1) VALUES (?%2)")
                                      .arg(columns.join(QStringLiteral(", ")),
                                           QStringLiteral(", ?").repeated(columns.size() - 1)),
                                  values, tr("The letters could not be put back."));
            !ok)
            return ok;
    }
    return Status::success();
}

Status LetterStore::restore(const LetterSnapshot &snapshot)
{
    if (snapshot.isEmpty())
        return Status::success();
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok = writeRows(snapshot); !ok)
        return ok;
    return transaction.commit();
}

Status LetterStore::deleteRows(const QList<qint64> &letterIds, const QString &whatFailed)
{
    return Sql::run(
        db(), QStringLiteral("DELETE FROM letters WHERE id IN (SELECT value FROM json_each(?))"),
        {Sql::idArray(letterIds)}, whatFailed);
}

Status LetterStore::removeLetters(const QList<qint64> &letterIds)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok = deleteRows(letterIds, tr("The letters could not be removed.")); !ok)
        return ok;
    return transaction.commit();
}

Status LetterStore::putBack(const QList<qint64> &letterIds, const LetterSnapshot &snapshot)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    QList<qint64> missing = letterIds;
    for (const QVariantMap &row : snapshot.letters)
        missing.removeAll(row.value(QStringLiteral("id")).toLongLong());
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok = deleteRows(missing, tr("The letters could not be put back.")); !ok)
        return ok;
    if (Status ok = writeRows(snapshot); !ok)
        return ok;
    return transaction.commit();
}

// ---- My name --------------------------------------------------------------------------

Result<QString> LetterStore::myName() const
{
    auto name = FileSettings::value(db(), MyNameKey, tr("Your name could not be read."));
    if (!name)
        return name;
    return Sql::text(name.value());
}

Status LetterStore::setMyName(const QString &name)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    const QString trimmed = name.simplified();
    if (PlainText::hasUnsafeInLine(name))
        return Status::failure(tr("Remove the line breaks and invisible control characters; "
                                  "your name is one line."));
    if (trimmed.size() > 200)
        return Status::failure(tr("The name is too long (at most 200 characters)."));
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok =
            FileSettings::setValue(db(), MyNameKey, trimmed, tr("Your name could not be saved."));
        !ok)
        return ok;
    return transaction.commit();
}
