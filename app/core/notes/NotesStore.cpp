#include "core/notes/NotesStore.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/Sql.h"
#include "core/SqlErrorText.h"
#include "core/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Longer than anyone types; a paste this large is refused rather than stored.
constexpr qsizetype MaximumFieldLength = 200000;

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QString now()
{
    return PipelineStore::toStoredTime(Clock::nowUtc());
}

QString readFailed()
{
    return NotesStore::tr("The notes could not be read.");
}

QString writeFailed()
{
    return NotesStore::tr("The notes could not be saved.");
}

const char *const NotesColumns =
    "selling_points, requirements, questions_to_ask, logistics, questions_asked, weak_answers, "
    "concerns, clues, next_steps, follow_up_on, gut_feeling";

RoundNotes notesFrom(const Sql &sql, int first)
{
    RoundNotes notes;
    notes.sellingPoints = sql.value(first + 0).toString();
    notes.requirements = sql.value(first + 1).toString();
    notes.questionsToAsk = sql.value(first + 2).toString();
    notes.logistics = sql.value(first + 3).toString();
    notes.questionsAsked = sql.value(first + 4).toString();
    notes.weakAnswers = sql.value(first + 5).toString();
    notes.concerns = sql.value(first + 6).toString();
    notes.clues = sql.value(first + 7).toString();
    notes.nextSteps = sql.value(first + 8).toString();
    notes.followUpOn = QDate::fromString(sql.value(first + 9).toString(), Qt::ISODate);
    if (!sql.value(first + 10).isNull())
        notes.gutFeeling = sql.value(first + 10).toInt();
    return notes;
}

QVariantMap rowFrom(const QSqlQuery &query)
{
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    return row;
}

} // namespace

NotesStore::NotesStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{}

QSqlDatabase NotesStore::db() const
{
    return m_database->sql();
}

// ---- Round notes ----------------------------------------------------------------------------

Result<RoundNotes> NotesStore::notes(qint64 roundId) const
{
    Sql sql(db(),
            QStringLiteral("SELECT %1 FROM round_notes WHERE round_id = ?")
                .arg(QLatin1String(NotesColumns)),
            {roundId});
    if (Status ok = sql.exec(readFailed()); !ok)
        return ok;
    if (!sql.next())
        return RoundNotes();
    return notesFrom(sql, 0);
}

QString NotesStore::validate(const RoundNotes &notes)
{
    if (notes.gutFeeling && (*notes.gutFeeling < 1 || *notes.gutFeeling > 5))
        return tr("The gut feeling is a number from 1 to 5.");
    for (const QString *field : {&notes.sellingPoints, &notes.requirements, &notes.questionsToAsk,
                                 &notes.logistics, &notes.questionsAsked, &notes.weakAnswers,
                                 &notes.concerns, &notes.clues, &notes.nextSteps}) {
        if (field->size() > MaximumFieldLength)
            return tr("A note can hold at most %L1 characters; this one has %L2.")
                .arg(MaximumFieldLength)
                .arg(field->size());
    }
    return {};
}

Status NotesStore::saveNotes(qint64 roundId, const RoundNotes &notes)
{
    if (const QString problem = validate(notes); !problem.isEmpty())
        return Status::failure(problem);
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;

    Sql exists(db(), QStringLiteral("SELECT 1 FROM rounds WHERE id = ?"), {roundId});
    if (Status ok = exists.exec(writeFailed()); !ok)
        return ok;
    if (!exists.next())
        return Status::failure(tr("The notes were not saved: the round no longer exists."));
    auto stored = this->notes(roundId);
    if (!stored)
        return stored.status();
    if (stored.value() == notes)
        return transaction.commit();

    Sql write(db(),
              QStringLiteral(
                  "INSERT INTO round_notes (round_id, %1, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (round_id) DO UPDATE SET selling_points = excluded.selling_points, "
                  "requirements = excluded.requirements, questions_to_ask = "
                  "excluded.questions_to_ask, logistics = excluded.logistics, questions_asked = "
                  "excluded.questions_asked, weak_answers = excluded.weak_answers, concerns = "
                  "excluded.concerns, clues = excluded.clues, next_steps = excluded.next_steps, "
                  "follow_up_on = excluded.follow_up_on, gut_feeling = excluded.gut_feeling, "
                  "updated_at = excluded.updated_at")
                  .arg(QLatin1String(NotesColumns)),
              {roundId, Sql::text(notes.sellingPoints), Sql::text(notes.requirements),
               Sql::text(notes.questionsToAsk), Sql::text(notes.logistics),
               Sql::text(notes.questionsAsked), Sql::text(notes.weakAnswers),
               Sql::text(notes.concerns), Sql::text(notes.clues), Sql::text(notes.nextSteps),
               dateValue(notes.followUpOn),
               notes.gutFeeling ? QVariant(*notes.gutFeeling) : QVariant(QMetaType(QMetaType::Int)),
               now()});
    if (Status ok = write.exec(writeFailed()); !ok)
        return ok;
    return transaction.commit();
}

// ---- Company research -----------------------------------------------------------------------

Result<CompanyResearch> NotesStore::research(qint64 companyId) const
{
    Sql sql(db(),
            QStringLiteral("SELECT mission, products, news, competitors FROM company_research "
                           "WHERE company_id = ?"),
            {companyId});
    if (Status ok = sql.exec(tr("The company research could not be read.")); !ok)
        return ok;
    CompanyResearch research;
    if (sql.next()) {
        research.mission = sql.value(0).toString();
        research.products = sql.value(1).toString();
        research.news = sql.value(2).toString();
        research.competitors = sql.value(3).toString();
    }
    return research;
}

Status NotesStore::saveResearch(qint64 companyId, const CompanyResearch &research)
{
    for (const QString *field :
         {&research.mission, &research.products, &research.news, &research.competitors}) {
        if (field->size() > MaximumFieldLength)
            return Status::failure(tr("A note can hold at most %L1 characters; this one has %L2.")
                                       .arg(MaximumFieldLength)
                                       .arg(field->size()));
    }
    const QString failed = tr("The company research could not be saved.");
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto stored = this->research(companyId);
    if (!stored)
        return stored.status();
    if (stored.value() == research)
        return transaction.commit();
    Sql write(db(),
              QStringLiteral(
                  "INSERT INTO company_research (company_id, mission, products, news, competitors, "
                  "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (company_id) DO UPDATE SET "
                  "mission = excluded.mission, products = excluded.products, news = excluded.news, "
                  "competitors = excluded.competitors, updated_at = excluded.updated_at"),
              {companyId, Sql::text(research.mission), Sql::text(research.products),
               Sql::text(research.news), Sql::text(research.competitors), now()});
    if (Status ok = write.exec(failed); !ok)
        return ok;
    return transaction.commit();
}

// ---- Salary ---------------------------------------------------------------------------------

Result<SalaryFigures> NotesStore::salary(qint64 applicationId) const
{
    Sql sql(db(),
            QStringLiteral("SELECT target, walk_away, currency FROM application_salary WHERE "
                           "application_id = ?"),
            {applicationId});
    if (Status ok = sql.exec(tr("The salary figures could not be read.")); !ok)
        return ok;
    SalaryFigures figures;
    if (sql.next()) {
        figures.target = optionalFrom(sql.value(0));
        figures.walkAway = optionalFrom(sql.value(1));
        figures.currency = sql.value(2).toString();
    }
    return figures;
}

QString NotesStore::validate(const SalaryFigures &salary)
{
    if ((salary.target && *salary.target < 0) || (salary.walkAway && *salary.walkAway < 0))
        return tr("Salary figures cannot be negative.");
    if (salary.target && salary.walkAway && *salary.walkAway > *salary.target)
        return tr("The walk-away figure is the least you would accept, so it cannot be above the "
                  "target.");
    if (salary.currency.trimmed().size() > 12)
        return tr("Write the currency as a short code such as EUR or USD.");
    return {};
}

Status NotesStore::saveSalary(qint64 applicationId, const SalaryFigures &salary)
{
    if (const QString problem = validate(salary); !problem.isEmpty())
        return Status::failure(problem);
    const QString failed = tr("The salary figures could not be saved.");
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Status written =
        salary.isEmpty()
            ? Sql::run(db(),
                       QStringLiteral("DELETE FROM application_salary WHERE application_id = ?"),
                       {applicationId}, failed)
            : Sql::run(db(),
                       QStringLiteral("INSERT INTO application_salary (application_id, target, "
                                      "walk_away, currency) VALUES (?, ?, ?, ?) ON CONFLICT "
                                      "(application_id) DO UPDATE SET target = excluded.target, "
                                      "walk_away = excluded.walk_away, currency = "
                                      "excluded.currency"),
                       {applicationId, optionalInt(salary.target), optionalInt(salary.walkAway),
                        salary.currency.trimmed()},
                       failed);
    if (!written)
        return written;
    return transaction.commit();
}

// ---- Checklist ------------------------------------------------------------------------------

Result<QSet<QString>> NotesStore::ticks(qint64 roundId) const
{
    Sql sql(db(), QStringLiteral("SELECT item FROM round_checklist WHERE round_id = ?"), {roundId});
    if (Status ok = sql.exec(tr("The checklist could not be read.")); !ok)
        return ok;
    QSet<QString> ticked;
    while (sql.next())
        ticked.insert(sql.value(0).toString());
    return ticked;
}

Status NotesStore::setTicked(qint64 roundId, const QString &item, bool ticked)
{
    if (item.isEmpty())
        return Status::failure(tr("The checklist could not be saved."));
    const QString failed = tr("The checklist could not be saved.");
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Status written =
        ticked ? Sql::run(db(),
                          QStringLiteral("INSERT INTO round_checklist (round_id, item, ticked_at) "
                                         "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                          {roundId, item, now()}, failed)
               : Sql::run(
                     db(),
                     QStringLiteral("DELETE FROM round_checklist WHERE round_id = ? AND item = ?"),
                     {roundId, item}, failed);
    if (!written)
        return written;
    return transaction.commit();
}

Result<QHash<qint64, NotesChecklist::Readiness>>
NotesStore::readiness(const QList<qint64> &roundIds) const
{
    const QString failed = tr("The checklist could not be read.");
    const QString ids = Sql::idArray(roundIds);
    QHash<qint64, QSet<QString>> ticked;
    Sql ticks(db(),
              QStringLiteral("SELECT round_id, item FROM round_checklist WHERE round_id IN "
                             "(SELECT value FROM json_each(?))"),
              {ids});
    if (Status ok = ticks.exec(failed); !ok)
        return ok;
    while (ticks.next())
        ticked[ticks.value(0).toLongLong()].insert(ticks.value(1).toString());
    QSet<qint64> withPeople;
    Sql people(db(),
               QStringLiteral("SELECT DISTINCT round_id FROM round_people WHERE round_id IN "
                              "(SELECT value FROM json_each(?))"),
               {ids});
    if (Status ok = people.exec(failed); !ok)
        return ok;
    while (people.next())
        withPeople.insert(people.value(0).toLongLong());
    QHash<qint64, NotesChecklist::Readiness> result;
    for (qint64 id : roundIds)
        result.insert(id, NotesChecklist::readiness(ticked.value(id), withPeople.contains(id)));
    return result;
}

Result<QHash<qint64, NotesChecklist::Readiness>>
NotesStore::nextRoundReadiness(const QDateTime &nowUtc) const
{
    return nextRoundReadinessWhere(nowUtc, 0);
}

Result<QHash<qint64, NotesChecklist::Readiness>>
NotesStore::nextRoundReadinessAround(const QDateTime &nowUtc, qint64 roundId) const
{
    return roundId > 0 ? nextRoundReadinessWhere(nowUtc, roundId)
                       : QHash<qint64, NotesChecklist::Readiness>();
}

Result<QHash<qint64, NotesChecklist::Readiness>>
NotesStore::nextRoundReadinessWhere(const QDateTime &nowUtc, qint64 roundId) const
{
    // One row per tick of each next round (one row with a NULL item when it has none);
    // grouped joins, no subquery per application. Whether a next round lists anyone is one
    // probe of round_people's key, so one round costs the same however many the file holds.
    QVariantList values{PipelineStore::toStoredTime(nowUtc)};
    QString onlyApplication;
    if (roundId > 0) {
        onlyApplication = QStringLiteral(
            "AND r.application_id = (SELECT application_id FROM rounds WHERE id = ?) ");
        values << roundId;
    }
    Sql sql(db(),
            QStringLiteral(
                "WITH next_round AS (SELECT r.application_id, r.id, min(r.starts_at) "
                "FROM rounds r JOIN applications a ON a.id = r.application_id "
                "AND a.archived_at IS NULL WHERE r.status = 'scheduled' AND r.starts_at >= ? "
                "%1GROUP BY r.application_id) "
                "SELECT nx.application_id, c.item, "
                "EXISTS (SELECT 1 FROM round_people p WHERE p.round_id = nx.id) "
                "FROM next_round nx LEFT JOIN round_checklist c ON c.round_id = nx.id")
                .arg(onlyApplication),
            values);
    if (Status ok = sql.exec(tr("The checklist could not be read.")); !ok)
        return ok;
    QHash<qint64, QSet<QString>> ticked;
    QSet<qint64> withPeople;
    while (sql.next()) {
        const qint64 application = sql.value(0).toLongLong();
        QSet<QString> &items = ticked[application];
        if (!sql.value(1).isNull())
            items.insert(sql.value(1).toString());
        if (sql.value(2).toBool())
            withPeople.insert(application);
    }
    QHash<qint64, NotesChecklist::Readiness> result;
    result.reserve(ticked.size());
    for (auto it = ticked.cbegin(); it != ticked.cend(); ++it)
        result.insert(it.key(),
                      NotesChecklist::readiness(it.value(), withPeople.contains(it.key())));
    return result;
}

// ---- Carried over ---------------------------------------------------------------------------

Result<QList<CarriedItem>> NotesStore::carriedOver(qint64 roundId) const
{
    // The application's rounds in date order (the numbering every tab shows), with notes.
    Sql rounds(db(),
               QStringLiteral("SELECT r.id, %1 FROM rounds r "
                              "LEFT JOIN round_notes n ON n.round_id = r.id "
                              "WHERE r.application_id = (SELECT application_id FROM rounds "
                              "WHERE id = ?) ORDER BY r.starts_at, r.id")
                   .arg(QStringLiteral("n.selling_points, n.requirements, n.questions_to_ask, "
                                       "n.logistics, n.questions_asked, n.weak_answers, "
                                       "n.concerns, n.clues, n.next_steps, n.follow_up_on, "
                                       "n.gut_feeling")),
               {roundId});
    if (Status ok = rounds.exec(readFailed()); !ok)
        return ok;
    QList<NotesRules::EarlierRound> earlier;
    int number = 0;
    bool found = false;
    while (rounds.next()) {
        ++number;
        const qint64 id = rounds.value(0).toLongLong();
        if (id == roundId) {
            found = true;
            break;
        }
        earlier.append({id, number, notesFrom(rounds, 1)});
    }
    if (!found)
        return Status::failure(tr("The round no longer exists."));
    QList<qint64> earlierIds;
    for (const auto &round : earlier)
        earlierIds.append(round.roundId);
    Sql decisions(db(),
                  QStringLiteral("SELECT source_round_id, field, item FROM carried_decisions "
                                 "WHERE source_round_id IN (SELECT value FROM json_each(?))"),
                  {Sql::idArray(earlierIds)});
    if (Status ok = decisions.exec(readFailed()); !ok)
        return ok;
    QList<NotesRules::DecisionKey> keys;
    while (decisions.next())
        keys.append({decisions.value(0).toLongLong(), decisions.value(1).toString(),
                     decisions.value(2).toString()});
    return NotesRules::carriedOver(earlier, keys);
}

Status NotesStore::setDealtWith(const CarriedItem &item, bool dealtWith)
{
    const QString failed = tr("The decision could not be saved.");
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString field = NotesRules::fieldKey(item.field);
    Status written =
        dealtWith
            ? Sql::run(db(),
                       QStringLiteral("INSERT INTO carried_decisions (source_round_id, field, "
                                      "item, decided_at) VALUES (?, ?, ?, ?) ON CONFLICT DO "
                                      "NOTHING"),
                       {item.sourceRoundId, field, Sql::text(item.text), now()}, failed)
            : Sql::run(db(),
                       QStringLiteral("DELETE FROM carried_decisions WHERE source_round_id = ? "
                                      "AND field = ? AND item = ?"),
                       {item.sourceRoundId, field, Sql::text(item.text)}, failed);
    if (!written)
        return written;
    return transaction.commit();
}

// ---- Debrief reminders ----------------------------------------------------------------------

Result<QList<qint64>> NotesStore::roundsNeedingDebrief(const QDateTime &nowUtc) const
{
    // Only rounds that ended in the last two weeks: the point is writing it while it is fresh.
    Sql sql(
        db(),
        QStringLiteral(
            "SELECT r.id, r.starts_at, r.duration_minutes FROM rounds r "
            "JOIN applications a ON a.id = r.application_id AND a.archived_at IS NULL "
            "LEFT JOIN round_notes n ON n.round_id = r.id "
            "WHERE r.status IN ('scheduled', 'done') AND r.starts_at >= ? AND r.starts_at "
            "< ? AND (n.round_id IS NULL OR (n.questions_asked = '' AND n.weak_answers = '' "
            "AND n.concerns = '' AND n.clues = '' AND n.next_steps = '' AND n.follow_up_on "
            "IS NULL AND n.gut_feeling IS NULL)) ORDER BY r.starts_at DESC, r.id"),
        {PipelineStore::toStoredTime(nowUtc.addDays(-14)), PipelineStore::toStoredTime(nowUtc)});
    if (Status ok = sql.exec(readFailed()); !ok)
        return ok;
    QList<qint64> ids;
    while (sql.next()) {
        const QDateTime end = PipelineStore::fromStoredTime(sql.value(1).toString())
                                  .addSecs(sql.value(2).toLongLong() * 60);
        if (end <= nowUtc)
            ids.append(sql.value(0).toLongLong());
    }
    return ids;
}

// ---- Search ---------------------------------------------------------------------------------

QString NotesStore::matchExpression(const QString &text)
{
    // Every word becomes a quoted prefix term, so quotes, operators and parentheses the user
    // types are searched for as words (or dropped), never read as query syntax.
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
        if (terms.size() >= 16)
            break;
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

Result<QList<NotesSearchHit>> NotesStore::search(const QString &text, int limit) const
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return QList<NotesSearchHit>();
    Sql sql(db(),
            QStringLiteral(
                "SELECT s.rowid, snippet(notes_search, 0, char(57344), char(57345), '…', 12), "
                "r.id, a.id, c.id, c.name, a.role "
                "FROM notes_search s "
                "LEFT JOIN rounds r ON s.rowid % 4 = 0 AND r.id = s.rowid / 4 "
                "LEFT JOIN applications a ON a.id = CASE s.rowid % 4 WHEN 0 THEN r.application_id "
                "WHEN 1 THEN s.rowid / 4 END "
                "LEFT JOIN companies c ON c.id = CASE s.rowid % 4 WHEN 2 THEN s.rowid / 4 ELSE "
                "a.company_id END "
                "WHERE notes_search MATCH ? ORDER BY rank LIMIT ?"),
            {expression, limit});
    if (Status ok = sql.exec(tr("The search failed.")); !ok)
        return ok;
    QList<NotesSearchHit> hits;
    while (sql.next()) {
        NotesSearchHit hit;
        switch (sql.value(0).toLongLong() % 4) {
        case 0:
            hit.kind = NotesSearchHit::Kind::RoundNotes;
            break;
        case 1:
            hit.kind = NotesSearchHit::Kind::Application;
            break;
        default:
            hit.kind = NotesSearchHit::Kind::CompanyResearch;
            break;
        }
        hit.excerpt = sql.value(1).toString();
        hit.roundId = sql.value(2).toLongLong();
        hit.applicationId = sql.value(3).toLongLong();
        hit.companyId = sql.value(4).toLongLong();
        hit.company = sql.value(5).toString();
        hit.role = sql.value(6).toString();
        hits.append(hit);
    }
    return hits;
}

// ---- Snapshots for undo ---------------------------------------------------------------------

Status NotesStore::snapshotRows(const QString &statement, const QString &idsJson,
                                QList<QVariantMap> &into) const
{
    Sql sql(db(), statement, {idsJson});
    if (Status ok = sql.exec(readFailed()); !ok)
        return ok;
    while (sql.next())
        into.append(rowFrom(sql.query()));
    return Status::success();
}

Result<NotesSnapshot> NotesStore::snapshotForRounds(const QList<qint64> &roundIds) const
{
    NotesSnapshot snapshot;
    const QString ids = Sql::idArray(roundIds);
    const QString in = QStringLiteral(" IN (SELECT value FROM json_each(?)) ORDER BY 1, 2");
    if (Status ok = snapshotRows(QStringLiteral("SELECT * FROM round_notes WHERE round_id") + in,
                                 ids, snapshot.roundNotes);
        !ok)
        return ok;
    if (Status ok =
            snapshotRows(QStringLiteral("SELECT * FROM round_checklist WHERE round_id") + in, ids,
                         snapshot.checklist);
        !ok)
        return ok;
    if (Status ok = snapshotRows(
            QStringLiteral("SELECT * FROM carried_decisions WHERE source_round_id") + in, ids,
            snapshot.decisions);
        !ok)
        return ok;
    return snapshot;
}

Result<NotesSnapshot> NotesStore::snapshotForApplications(const QList<qint64> &applicationIds) const
{
    Sql rounds(db(),
               QStringLiteral("SELECT id FROM rounds WHERE application_id IN (SELECT value FROM "
                              "json_each(?))"),
               {Sql::idArray(applicationIds)});
    if (Status ok = rounds.exec(readFailed()); !ok)
        return ok;
    QList<qint64> roundIds;
    while (rounds.next())
        roundIds.append(rounds.value(0).toLongLong());
    auto snapshot = snapshotForRounds(roundIds);
    if (!snapshot)
        return snapshot;
    if (Status ok = snapshotRows(QStringLiteral("SELECT * FROM application_salary WHERE "
                                                "application_id IN (SELECT value FROM "
                                                "json_each(?)) ORDER BY 1"),
                                 Sql::idArray(applicationIds), snapshot.value().salaries);
        !ok)
        return ok;
    return snapshot;
}

Status NotesStore::restore(const NotesSnapshot &snapshot)
{
    const QString failed = tr("The notes could not be put back.");
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    // Column names come from the rows this store read, checked against the table's own.
    const auto put = [this, &failed](const QString &table, const QStringList &columns,
                                     const QList<QVariantMap> &rows) -> Status {
        for (const QVariantMap &row : rows) {
            QStringList names;
            QStringList marks;
            QVariantList values;
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                if (!columns.contains(it.key()))
                    return Status::failure(failed);
                names << it.key();
                marks << QStringLiteral("?");
                values << it.value();
            }
            if (Status ok = Sql::run(db(),
                                     QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                         .arg(table, names.join(QStringLiteral(", ")),
                                              marks.join(QStringLiteral(", "))),
                                     values, failed);
                !ok)
                return ok;
        }
        return Status::success();
    };
    if (Status ok = put(QStringLiteral("round_notes"),
                        {QStringLiteral("round_id"), QStringLiteral("selling_points"),
                         QStringLiteral("requirements"), QStringLiteral("questions_to_ask"),
                         QStringLiteral("logistics"), QStringLiteral("questions_asked"),
                         QStringLiteral("weak_answers"), QStringLiteral("concerns"),
                         QStringLiteral("clues"), QStringLiteral("next_steps"),
                         QStringLiteral("follow_up_on"), QStringLiteral("gut_feeling"),
                         QStringLiteral("updated_at")},
                        snapshot.roundNotes);
        !ok)
        return ok;
    if (Status ok =
            put(QStringLiteral("round_checklist"),
                {QStringLiteral("round_id"), QStringLiteral("item"), QStringLiteral("ticked_at")},
                snapshot.checklist);
        !ok)
        return ok;
    if (Status ok = put(QStringLiteral("carried_decisions"),
                        {QStringLiteral("source_round_id"), QStringLiteral("field"),
                         QStringLiteral("item"), QStringLiteral("decided_at")},
                        snapshot.decisions);
        !ok)
        return ok;
    if (Status ok = put(QStringLiteral("application_salary"),
                        {QStringLiteral("application_id"), QStringLiteral("target"),
                         QStringLiteral("walk_away"), QStringLiteral("currency")},
                        snapshot.salaries);
        !ok)
        return ok;
    return transaction.commit();
}
