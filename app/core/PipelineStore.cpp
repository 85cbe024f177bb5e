#include "core/PipelineStore.h"
#include "core/text/PlainText.h"

#include "core/Clock.h"
#include "core/SqlErrorText.h"
#include "core/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// A prepared, bound, executed query or the reason it failed, in user words.
class Sql
{
public:
    Sql(const QSqlDatabase &db, const QString &statement)
        : m_query(db)
    {
        m_prepared = m_query.prepare(statement);
    }
    Sql &bind(const QVariant &value)
    {
        m_query.addBindValue(value);
        return *this;
    }
    Status exec(const QString &whatFailed)
    {
        if (!m_prepared || !m_query.exec())
            return Status::failure(SqlErrorText::describe(m_query.lastError(), whatFailed));
        return Status::success();
    }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariantMap recordToMap(const QSqlRecord &record)
{
    QVariantMap map;
    for (int i = 0; i < record.count(); ++i)
        map.insert(record.fieldName(i), record.value(i));
    return map;
}

const QString readFailed()
{
    return PipelineStore::tr("The applications could not be read.");
}

} // namespace

PipelineStore::PipelineStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{}

QString PipelineStore::toStoredTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime PipelineStore::fromStoredTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

Status PipelineStore::readOnlyRefusal() const
{
    if (m_database->isReadOnly())
        return Status::failure(tr("This file is open read-only, so nothing can be changed. Save "
                                  "a copy to make changes."));
    return Status::success();
}

// ---- Stages ---------------------------------------------------------------------------

Result<QList<StageInfo>> PipelineStore::stages() const
{
    Sql sql(db(), QStringLiteral("SELECT id, name, position, is_closed FROM stages "
                                 "ORDER BY is_closed, position"));
    if (Status ok = sql.exec(tr("The stages could not be read.")); !ok)
        return ok;
    QList<StageInfo> result;
    while (sql.query().next())
        result.append({sql.query().value(0).toLongLong(), sql.query().value(1).toString(),
                       sql.query().value(2).toInt(), sql.query().value(3).toBool()});
    return result;
}

Status PipelineStore::validateStageName(const QString &name, qint64 ignoreId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(tr("Enter a name for the stage."));
    if (PlainText::hasUnsafeInLine(trimmed))
        return Status::failure(tr("A stage name is one line without invisible control "
                                  "characters."));
    if (trimmed.size() > MaxStageNameLength)
        return Status::failure(
            tr("The stage name is too long (at most %1 characters).").arg(MaxStageNameLength));
    auto all = stages();
    if (!all)
        return all.status();
    for (const StageInfo &stage : all.value())
        if (stage.id != ignoreId && stage.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Status::failure(tr("There is already a stage called “%1”.").arg(stage.name));
    return Status::success();
}

Result<StageInfo> PipelineStore::addStage(const QString &name, bool closed)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    if (Status valid = validateStageName(name, 0); !valid)
        return valid;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql next(db(), QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM stages"));
    if (Status ok = next.exec(tr("The stage could not be added.")); !ok)
        return ok;
    next.query().next();
    StageInfo stage;
    stage.name = name.trimmed();
    stage.position = next.query().value(0).toInt();
    stage.closed = closed;
    Sql insert(db(),
               QStringLiteral("INSERT INTO stages (name, position, is_closed) VALUES (?, ?, ?)"));
    insert.bind(stage.name).bind(stage.position).bind(closed ? 1 : 0);
    if (Status ok = insert.exec(tr("The stage could not be added.")); !ok)
        return ok;
    stage.id = insert.query().lastInsertId().toLongLong();
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return stage;
}

Status PipelineStore::insertStage(const StageInfo &stage)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The stage could not be put back.");
    Sql shift(db(),
              QStringLiteral("UPDATE stages SET position = position + 1 WHERE position >= ?"));
    if (Status ok = shift.bind(stage.position).exec(failed); !ok)
        return ok;
    Sql insert(db(), QStringLiteral(
                         "INSERT INTO stages (id, name, position, is_closed) VALUES (?, ?, ?, ?)"));
    insert.bind(stage.id).bind(stage.name).bind(stage.position).bind(stage.closed ? 1 : 0);
    if (Status ok = insert.exec(failed); !ok)
        return ok;
    return transaction.commit();
}

Status PipelineStore::deleteEmptyStage(qint64 stageId)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The stage could not be removed.");
    Sql position(db(), QStringLiteral("SELECT position FROM stages WHERE id = ?"));
    if (Status ok = position.bind(stageId).exec(failed); !ok)
        return ok;
    if (!position.query().next())
        return Status::failure(tr("The stage no longer exists."));
    const int oldPosition = position.query().value(0).toInt();
    Sql remove(db(), QStringLiteral("DELETE FROM stages WHERE id = ?"));
    if (Status ok = remove.bind(stageId).exec(failed); !ok)
        return ok;
    Sql shift(db(), QStringLiteral("UPDATE stages SET position = position - 1 WHERE position > ?"));
    if (Status ok = shift.bind(oldPosition).exec(failed); !ok)
        return ok;
    return transaction.commit();
}

Status PipelineStore::renameStage(qint64 stageId, const QString &name)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    if (Status valid = validateStageName(name, stageId); !valid)
        return valid;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql update(db(), QStringLiteral("UPDATE stages SET name = ? WHERE id = ?"));
    if (Status ok =
            update.bind(name.trimmed()).bind(stageId).exec(tr("The stage could not be renamed."));
        !ok)
        return ok;
    return transaction.commit();
}

Status PipelineStore::swapStages(qint64 first, qint64 second)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The stages could not be reordered.");
    Sql positions(db(), QStringLiteral("SELECT id, position FROM stages WHERE id IN (?, ?)"));
    if (Status ok = positions.bind(first).bind(second).exec(failed); !ok)
        return ok;
    QHash<qint64, int> position;
    while (positions.query().next())
        position.insert(positions.query().value(0).toLongLong(),
                        positions.query().value(1).toInt());
    if (position.size() != 2)
        return Status::failure(tr("The stage no longer exists."));
    Sql swap(db(), QStringLiteral("UPDATE stages SET position = CASE id WHEN ? THEN ? ELSE ? END "
                                  "WHERE id IN (?, ?)"));
    swap.bind(first).bind(position.value(second)).bind(position.value(first)).bind(first);
    swap.bind(second);
    if (Status ok = swap.exec(failed); !ok)
        return ok;
    return transaction.commit();
}

Result<StageRemoval> PipelineStore::removeStage(qint64 stageId, qint64 targetStageId)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    auto all = stages();
    if (!all)
        return all.status();
    StageRemoval removal;
    bool found = false;
    for (const StageInfo &stage : all.value())
        if (stage.id == stageId) {
            removal.stage = stage;
            found = true;
        }
    if (!found)
        return Result<StageRemoval>::failure(tr("The stage no longer exists."));
    if (all.value().size() <= 1)
        return Result<StageRemoval>::failure(tr("The board needs at least one stage."));

    const QString failed = tr("The stage could not be removed.");
    Sql active(db(), QStringLiteral("SELECT id FROM applications WHERE stage_id = ? AND "
                                    "archived_at IS NULL ORDER BY position"));
    if (Status ok = active.bind(stageId).exec(failed); !ok)
        return ok;
    QList<qint64> activeIds;
    while (active.query().next())
        activeIds.append(active.query().value(0).toLongLong());
    if (!activeIds.isEmpty() && (targetStageId == stageId || targetStageId == 0))
        return Result<StageRemoval>::failure(
            tr("Choose another stage for the applications in “%1”.").arg(removal.stage.name));

    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (qint64 id : activeIds) {
        auto count = activeCount(targetStageId, id);
        if (!count)
            return count.status();
        auto move = moveOne(id, targetStageId, count.value(), true);
        if (!move)
            return move.status();
        removal.moves.append(move.value());
    }
    Sql archived(db(), QStringLiteral("SELECT id FROM applications WHERE stage_id = ? AND "
                                      "archived_at IS NOT NULL"));
    if (Status ok = archived.bind(stageId).exec(failed); !ok)
        return ok;
    while (archived.query().next())
        removal.archivedIds.append(archived.query().value(0).toLongLong());
    if (!removal.archivedIds.isEmpty()) {
        Sql reassign(db(), QStringLiteral("UPDATE applications SET stage_id = ? WHERE stage_id = ? "
                                          "AND archived_at IS NOT NULL"));
        if (Status ok = reassign.bind(targetStageId).bind(stageId).exec(failed); !ok)
            return ok;
    }
    Sql from(db(), QStringLiteral("SELECT id FROM stage_history WHERE from_stage_id = ?"));
    if (Status ok = from.bind(stageId).exec(failed); !ok)
        return ok;
    while (from.query().next())
        removal.historyFrom.append(from.query().value(0).toLongLong());
    Sql to(db(), QStringLiteral("SELECT id FROM stage_history WHERE to_stage_id = ?"));
    if (Status ok = to.bind(stageId).exec(failed); !ok)
        return ok;
    while (to.query().next())
        removal.historyTo.append(to.query().value(0).toLongLong());

    Sql remove(db(), QStringLiteral("DELETE FROM stages WHERE id = ?"));
    if (Status ok = remove.bind(stageId).exec(failed); !ok)
        return ok;
    Sql shift(db(), QStringLiteral("UPDATE stages SET position = position - 1 WHERE position > ?"));
    if (Status ok = shift.bind(removal.stage.position).exec(failed); !ok)
        return ok;
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return removal;
}

Status PipelineStore::restoreStage(const StageRemoval &removal)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The stage could not be put back.");
    Sql shift(db(),
              QStringLiteral("UPDATE stages SET position = position + 1 WHERE position >= ?"));
    if (Status ok = shift.bind(removal.stage.position).exec(failed); !ok)
        return ok;
    Sql insert(db(), QStringLiteral(
                         "INSERT INTO stages (id, name, position, is_closed) VALUES (?, ?, ?, ?)"));
    insert.bind(removal.stage.id).bind(removal.stage.name).bind(removal.stage.position);
    insert.bind(removal.stage.closed ? 1 : 0);
    if (Status ok = insert.exec(failed); !ok)
        return ok;
    for (qint64 historyId : removal.historyFrom) {
        Sql relink(db(), QStringLiteral("UPDATE stage_history SET from_stage_id = ? WHERE id = ?"));
        if (Status ok = relink.bind(removal.stage.id).bind(historyId).exec(failed); !ok)
            return ok;
    }
    for (qint64 historyId : removal.historyTo) {
        Sql relink(db(), QStringLiteral("UPDATE stage_history SET to_stage_id = ? WHERE id = ?"));
        if (Status ok = relink.bind(removal.stage.id).bind(historyId).exec(failed); !ok)
            return ok;
    }
    for (qint64 id : removal.archivedIds) {
        Sql back(db(), QStringLiteral("UPDATE applications SET stage_id = ? WHERE id = ?"));
        if (Status ok = back.bind(removal.stage.id).bind(id).exec(failed); !ok)
            return ok;
    }
    for (auto it = removal.moves.crbegin(); it != removal.moves.crend(); ++it) {
        auto back = moveOne(it->applicationId, it->fromStageId, it->fromIndex, false);
        if (!back)
            return back.status();
        Sql forget(db(), QStringLiteral("DELETE FROM stage_history WHERE id = ?"));
        if (Status ok = forget.bind(it->historyId).exec(failed); !ok)
            return ok;
    }
    return transaction.commit();
}

Result<QString> PipelineStore::stageName(qint64 stageId) const
{
    Sql sql(db(), QStringLiteral("SELECT name FROM stages WHERE id = ?"));
    if (Status ok = sql.bind(stageId).exec(tr("The stage could not be read.")); !ok)
        return ok;
    if (!sql.query().next())
        return Result<QString>::failure(tr("The stage no longer exists."));
    return sql.query().value(0).toString();
}

// ---- Applications: reading ------------------------------------------------------------

namespace {
const char *const cardSelect =
    "SELECT a.id, a.stage_id, a.position, c.name, a.role, a.location, a.salary_min, "
    "a.salary_max, a.currency, a.notes, a.excitement, a.deadline, a.created_at, a.updated_at, "
    "(SELECT max(h.moved_at) FROM stage_history h WHERE h.application_id = a.id), "
    "nr.starts_at, (SELECT count(*) FROM rounds n WHERE n.application_id = a.id AND "
    "(n.starts_at < nr.starts_at OR (n.starts_at = nr.starts_at AND n.id <= nr.id))) "
    "FROM applications a JOIN companies c ON c.id = a.company_id "
    "LEFT JOIN rounds nr ON nr.id = (SELECT r.id FROM rounds r WHERE r.application_id = a.id "
    "AND r.status = 'scheduled' AND r.starts_at >= ? ORDER BY r.starts_at, r.id LIMIT 1) "
    "JOIN stages s ON s.id = a.stage_id ";

CardInfo cardFromQuery(const QSqlQuery &q)
{
    CardInfo card;
    card.id = q.value(0).toLongLong();
    card.stageId = q.value(1).toLongLong();
    card.position = q.value(2).toInt();
    card.company = q.value(3).toString();
    card.role = q.value(4).toString();
    card.location = q.value(5).toString();
    card.salaryMin = optionalFrom(q.value(6));
    card.salaryMax = optionalFrom(q.value(7));
    card.currency = q.value(8).toString();
    card.notes = q.value(9).toString();
    card.excitement = q.value(10).toInt();
    card.deadline = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    const QDateTime created = PipelineStore::fromStoredTime(q.value(12).toString());
    const QDateTime updated = PipelineStore::fromStoredTime(q.value(13).toString());
    const QString lastMove = q.value(14).toString();
    card.stageEnteredAt = lastMove.isEmpty() ? created : PipelineStore::fromStoredTime(lastMove);
    card.lastActivityAt = std::max(updated, card.stageEnteredAt);
    if (!q.value(15).isNull()) {
        card.nextRoundStart = PipelineStore::fromStoredTime(q.value(15).toString());
        card.nextRoundNumber = q.value(16).toInt();
    }
    return card;
}
} // namespace

Result<QList<CardInfo>> PipelineStore::cards() const
{
    Sql sql(db(), QString::fromLatin1(cardSelect) +
                      QStringLiteral("WHERE a.archived_at IS NULL ORDER BY s.is_closed, "
                                     "s.position, a.position"));
    sql.query().setForwardOnly(true);
    sql.bind(toStoredTime(Clock::nowUtc()));
    if (Status ok = sql.exec(readFailed()); !ok)
        return ok;
    QList<CardInfo> result;
    while (sql.query().next())
        result.append(cardFromQuery(sql.query()));
    return result;
}

Result<CardInfo> PipelineStore::card(qint64 applicationId) const
{
    Sql sql(db(), QString::fromLatin1(cardSelect) + QStringLiteral("WHERE a.id = ?"));
    if (Status ok = sql.bind(toStoredTime(Clock::nowUtc())).bind(applicationId).exec(readFailed());
        !ok)
        return ok;
    if (!sql.query().next())
        return Result<CardInfo>::failure(tr("The application no longer exists."));
    return cardFromQuery(sql.query());
}

Result<ApplicationFields> PipelineStore::fields(qint64 applicationId) const
{
    Sql sql(db(), QStringLiteral(
                      "SELECT c.name, a.role, a.job_url, a.location, a.salary_min, a.salary_max, "
                      "a.currency, a.source, a.applied_on, a.deadline, a.excitement, "
                      "a.description, a.notes FROM applications a "
                      "JOIN companies c ON c.id = a.company_id WHERE a.id = ?"));
    if (Status ok = sql.bind(applicationId).exec(readFailed()); !ok)
        return ok;
    QSqlQuery &q = sql.query();
    if (!q.next())
        return Result<ApplicationFields>::failure(tr("The application no longer exists."));
    ApplicationFields f;
    f.company = q.value(0).toString();
    f.role = q.value(1).toString();
    f.jobUrl = q.value(2).toString();
    f.location = q.value(3).toString();
    f.salaryMin = optionalFrom(q.value(4));
    f.salaryMax = optionalFrom(q.value(5));
    f.currency = q.value(6).toString();
    f.source = q.value(7).toString();
    f.appliedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    f.deadline = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    f.excitement = q.value(10).toInt();
    f.description = q.value(11).toString();
    f.notes = q.value(12).toString();
    return f;
}

Result<QList<HistoryEntry>> PipelineStore::history(qint64 applicationId) const
{
    Sql sql(db(), QStringLiteral("SELECT id, from_stage_name, to_stage_name, moved_at FROM "
                                 "stage_history WHERE application_id = ? ORDER BY moved_at, id"));
    if (Status ok = sql.bind(applicationId).exec(tr("The stage history could not be read.")); !ok)
        return ok;
    QList<HistoryEntry> result;
    while (sql.query().next())
        result.append({sql.query().value(0).toLongLong(), sql.query().value(1).toString(),
                       sql.query().value(2).toString(),
                       fromStoredTime(sql.query().value(3).toString())});
    return result;
}

Result<int> PipelineStore::applicationCount() const
{
    Sql sql(db(), QStringLiteral("SELECT count(*) FROM applications"));
    if (Status ok = sql.exec(readFailed()); !ok)
        return ok;
    sql.query().next();
    return sql.query().value(0).toInt();
}

Result<QStringList> PipelineStore::companyNames() const
{
    Sql sql(db(), QStringLiteral("SELECT name FROM companies ORDER BY name"));
    if (Status ok = sql.exec(tr("The companies could not be read.")); !ok)
        return ok;
    QStringList names;
    while (sql.query().next())
        names << sql.query().value(0).toString();
    return names;
}

Result<bool> PipelineStore::companyExists(const QString &name) const
{
    Sql find(db(), QStringLiteral("SELECT 1 FROM companies WHERE name = ?"));
    if (Status ok = find.bind(name.trimmed()).exec(tr("The company could not be looked up.")); !ok)
        return ok;
    return find.query().next();
}

Status PipelineStore::deleteCompanyIfUnused(qint64 companyId)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql remove(db(), QStringLiteral("DELETE FROM companies WHERE id = ? AND NOT EXISTS "
                                    "(SELECT 1 FROM applications WHERE company_id = ?)"));
    if (Status ok =
            remove.bind(companyId).bind(companyId).exec(tr("The company could not be removed."));
        !ok)
        return ok;
    return transaction.commit();
}

Status PipelineStore::restoreCompany(const ApplicationSnapshot &snapshot)
{
    if (snapshot.company.isEmpty())
        return Status::success();
    const QStringList columns = snapshot.company.keys();
    Sql insert(
        db(),
        QStringLiteral("INSERT OR IGNORE INTO companies (%1) VALUES (%2)")
            .arg(columns.join(QStringLiteral(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QString &column : columns)
        insert.bind(snapshot.company.value(column));
    return insert.exec(tr("The company could not be put back."));
}

// ---- Applications: writing ------------------------------------------------------------

Result<qint64> PipelineStore::companyIdFor(const QString &name)
{
    const QString trimmed = name.trimmed();
    Sql find(db(), QStringLiteral("SELECT id FROM companies WHERE name = ?"));
    if (Status ok = find.bind(trimmed).exec(tr("The company could not be looked up.")); !ok)
        return ok;
    if (find.query().next())
        return find.query().value(0).toLongLong();
    Sql insert(db(), QStringLiteral("INSERT INTO companies (name, created_at) VALUES (?, ?)"));
    insert.bind(trimmed).bind(toStoredTime(Clock::nowUtc()));
    if (Status ok = insert.exec(tr("The company could not be saved.")); !ok)
        return ok;
    return insert.query().lastInsertId().toLongLong();
}

Result<int> PipelineStore::activeCount(qint64 stageId, qint64 excludingId) const
{
    Sql sql(db(), QStringLiteral("SELECT count(*) FROM applications WHERE stage_id = ? AND "
                                 "archived_at IS NULL AND id <> ?"));
    if (Status ok = sql.bind(stageId).bind(excludingId).exec(readFailed()); !ok)
        return ok;
    sql.query().next();
    return sql.query().value(0).toInt();
}

Status PipelineStore::openGap(qint64 stageId, int index)
{
    Sql shift(db(), QStringLiteral("UPDATE applications SET position = position + 1 WHERE "
                                   "stage_id = ? AND position >= ? AND archived_at IS NULL"));
    return shift.bind(stageId).bind(index).exec(tr("The board order could not be saved."));
}

Status PipelineStore::removeFromColumn(qint64 id)
{
    Sql close(db(), QStringLiteral(
                        "UPDATE applications SET position = position - 1 WHERE archived_at IS NULL "
                        "AND stage_id = (SELECT stage_id FROM applications WHERE id = ?) "
                        "AND position > (SELECT position FROM applications WHERE id = ?)"));
    return close.bind(id).bind(id).exec(tr("The board order could not be saved."));
}

Result<qint64> PipelineStore::createApplication(const ApplicationFields &f, qint64 stageId)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto company = companyIdFor(f.company);
    if (!company)
        return company.status();
    auto toName = stageName(stageId);
    if (!toName)
        return toName.status();
    if (Status ok = openGap(stageId, 0); !ok)
        return ok;
    const QString now = toStoredTime(Clock::nowUtc());
    Sql insert(db(), QStringLiteral(
                         "INSERT INTO applications (company_id, role, job_url, location, "
                         "salary_min, salary_max, currency, source, applied_on, deadline, "
                         "excitement, description, notes, stage_id, position, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    insert.bind(company.value()).bind(text(f.role.trimmed())).bind(text(f.jobUrl.trimmed()));
    insert.bind(text(f.location.trimmed())).bind(optionalValue(f.salaryMin));
    insert.bind(optionalValue(f.salaryMax)).bind(text(f.currency)).bind(text(f.source.trimmed()));
    insert.bind(dateValue(f.appliedOn)).bind(dateValue(f.deadline)).bind(f.excitement);
    insert.bind(text(f.description)).bind(text(f.notes)).bind(stageId).bind(now).bind(now);
    if (Status ok = insert.exec(tr("The application could not be saved.")); !ok)
        return ok;
    const qint64 id = insert.query().lastInsertId().toLongLong();
    Sql history(db(), QStringLiteral("INSERT INTO stage_history (application_id, from_stage_id, "
                                     "to_stage_id, from_stage_name, to_stage_name, moved_at) "
                                     "VALUES (?, NULL, ?, NULL, ?, ?)"));
    history.bind(id).bind(stageId).bind(toName.value()).bind(now);
    if (Status ok = history.exec(tr("The application could not be saved.")); !ok)
        return ok;
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return id;
}

Status PipelineStore::updateApplication(qint64 applicationId, const ApplicationFields &f)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto company = companyIdFor(f.company);
    if (!company)
        return company.status();
    Sql update(db(), QStringLiteral(
                         "UPDATE applications SET company_id = ?, role = ?, job_url = ?, "
                         "location = ?, salary_min = ?, salary_max = ?, currency = ?, source = ?, "
                         "applied_on = ?, deadline = ?, excitement = ?, description = ?, "
                         "notes = ?, updated_at = ? WHERE id = ?"));
    update.bind(company.value()).bind(text(f.role.trimmed())).bind(text(f.jobUrl.trimmed()));
    update.bind(text(f.location.trimmed())).bind(optionalValue(f.salaryMin));
    update.bind(optionalValue(f.salaryMax)).bind(text(f.currency)).bind(text(f.source.trimmed()));
    update.bind(dateValue(f.appliedOn)).bind(dateValue(f.deadline)).bind(f.excitement);
    update.bind(text(f.description)).bind(text(f.notes)).bind(toStoredTime(Clock::nowUtc()));
    update.bind(applicationId);
    if (Status ok = update.exec(tr("The application could not be saved.")); !ok)
        return ok;
    if (update.query().numRowsAffected() != 1)
        return Status::failure(tr("The application no longer exists."));
    return transaction.commit();
}

Result<CardMove> PipelineStore::moveOne(qint64 id, qint64 toStageId, int toIndex,
                                        bool recordHistory)
{
    const QString failed = tr("The card could not be moved.");
    Sql where(db(), QStringLiteral("SELECT stage_id, position FROM applications WHERE id = ? AND "
                                   "archived_at IS NULL"));
    if (Status ok = where.bind(id).exec(failed); !ok)
        return ok;
    if (!where.query().next())
        return Result<CardMove>::failure(tr("The application no longer exists."));
    CardMove move;
    move.applicationId = id;
    move.fromStageId = where.query().value(0).toLongLong();
    move.fromIndex = where.query().value(1).toInt();
    move.toStageId = toStageId;
    auto count = activeCount(toStageId, id);
    if (!count)
        return count.status();
    move.toIndex = std::clamp(toIndex, 0, count.value());
    if (move.fromStageId == move.toStageId && move.fromIndex == move.toIndex)
        return move;

    if (Status ok = removeFromColumn(id); !ok)
        return ok;
    if (Status ok = openGap(toStageId, move.toIndex); !ok)
        return ok;
    Sql place(db(),
              QStringLiteral("UPDATE applications SET stage_id = ?, position = ? WHERE id = ?"));
    if (Status ok = place.bind(toStageId).bind(move.toIndex).bind(id).exec(failed); !ok)
        return ok;

    if (recordHistory && move.fromStageId != move.toStageId) {
        auto fromName = stageName(move.fromStageId);
        auto toName = stageName(move.toStageId);
        if (!fromName)
            return fromName.status();
        if (!toName)
            return toName.status();
        Sql history(db(), QStringLiteral("INSERT INTO stage_history (application_id, "
                                         "from_stage_id, to_stage_id, from_stage_name, "
                                         "to_stage_name, moved_at) VALUES (?, ?, ?, ?, ?, ?)"));
        history.bind(id).bind(move.fromStageId).bind(move.toStageId).bind(fromName.value());
        history.bind(toName.value()).bind(toStoredTime(Clock::nowUtc()));
        if (Status ok = history.exec(failed); !ok)
            return ok;
        move.historyId = history.query().lastInsertId().toLongLong();
    }
    return move;
}

Result<QList<CardMove>> PipelineStore::moveApplications(const QList<qint64> &ids, qint64 toStageId,
                                                        qint64 beforeId)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    if (ids.isEmpty())
        return QList<CardMove>();
    if (ids.contains(beforeId))
        return Result<QList<CardMove>>::failure(tr("A card cannot be placed next to itself."));
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QList<CardMove> moves;
    for (qint64 id : ids) {
        int index = 0;
        if (beforeId != 0) {
            Sql anchor(db(), QStringLiteral("SELECT stage_id, position FROM applications WHERE "
                                            "id = ? AND archived_at IS NULL"));
            if (Status ok = anchor.bind(beforeId).exec(tr("The card could not be moved.")); !ok)
                return ok;
            if (!anchor.query().next() || anchor.query().value(0).toLongLong() != toStageId)
                return Result<QList<CardMove>>::failure(
                    tr("The place to drop the card no longer exists."));
            index = anchor.query().value(1).toInt();
            // The anchor's index counts the moving card if it sits above it in the column.
            Sql self(db(),
                     QStringLiteral("SELECT stage_id, position FROM applications WHERE id = ?"));
            if (Status ok = self.bind(id).exec(tr("The card could not be moved.")); !ok)
                return ok;
            if (self.query().next() && self.query().value(0).toLongLong() == toStageId &&
                self.query().value(1).toInt() < index)
                --index;
        } else {
            auto count = activeCount(toStageId, id);
            if (!count)
                return count.status();
            index = count.value();
        }
        auto move = moveOne(id, toStageId, index, true);
        if (!move)
            return move.status();
        moves.append(move.value());
    }
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return moves;
}

Status PipelineStore::revertMoves(const QList<CardMove> &moves)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (auto it = moves.crbegin(); it != moves.crend(); ++it) {
        auto back = moveOne(it->applicationId, it->fromStageId, it->fromIndex, false);
        if (!back)
            return back.status();
        if (it->historyId != 0) {
            Sql forget(db(), QStringLiteral("DELETE FROM stage_history WHERE id = ?"));
            if (Status ok = forget.bind(it->historyId).exec(tr("The move could not be undone."));
                !ok)
                return ok;
        }
    }
    return transaction.commit();
}

Result<ApplicationSnapshot> PipelineStore::snapshot(qint64 applicationId) const
{
    Sql row(db(), QStringLiteral("SELECT * FROM applications WHERE id = ?"));
    if (Status ok = row.bind(applicationId).exec(readFailed()); !ok)
        return ok;
    if (!row.query().next())
        return Result<ApplicationSnapshot>::failure(tr("The application no longer exists."));
    ApplicationSnapshot snapshot;
    snapshot.row = recordToMap(row.query().record());
    Sql company(db(), QStringLiteral("SELECT * FROM companies WHERE id = ?"));
    if (Status ok = company.bind(snapshot.companyId()).exec(readFailed()); !ok)
        return ok;
    if (company.query().next())
        snapshot.company = recordToMap(company.query().record());
    Sql history(db(),
                QStringLiteral("SELECT * FROM stage_history WHERE application_id = ? ORDER BY id"));
    if (Status ok = history.bind(applicationId).exec(readFailed()); !ok)
        return ok;
    while (history.query().next())
        snapshot.history.append(recordToMap(history.query().record()));
    return snapshot;
}

Status PipelineStore::archiveApplications(const QList<qint64> &ids)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString now = toStoredTime(Clock::nowUtc());
    for (qint64 id : ids) {
        if (Status ok = removeFromColumn(id); !ok)
            return ok;
        Sql archive(db(), QStringLiteral("UPDATE applications SET archived_at = ? WHERE id = ? "
                                         "AND archived_at IS NULL"));
        if (Status ok =
                archive.bind(now).bind(id).exec(tr("The application could not be archived."));
            !ok)
            return ok;
    }
    return transaction.commit();
}

Status PipelineStore::unarchiveApplications(const QList<qint64> &ids)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The application could not be taken out of the archive.");
    for (qint64 id : ids) {
        Sql stage(db(), QStringLiteral("SELECT stage_id FROM applications WHERE id = ? AND "
                                       "archived_at IS NOT NULL"));
        if (Status ok = stage.bind(id).exec(failed); !ok)
            return ok;
        if (!stage.query().next())
            return Status::failure(tr("The application is no longer in the archive."));
        if (Status ok = openGap(stage.query().value(0).toLongLong(), 0); !ok)
            return ok;
        Sql restore(db(), QStringLiteral("UPDATE applications SET archived_at = NULL, position = 0 "
                                         "WHERE id = ?"));
        if (Status ok = restore.bind(id).exec(failed); !ok)
            return ok;
    }
    return transaction.commit();
}

Status PipelineStore::returnToArchive(const QList<ApplicationSnapshot> &snapshots)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The application could not be archived.");
    for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it) {
        if (Status ok = removeFromColumn(it->id()); !ok)
            return ok;
        Sql archive(db(), QStringLiteral("UPDATE applications SET archived_at = ?, position = ? "
                                         "WHERE id = ?"));
        archive.bind(it->row.value(QStringLiteral("archived_at")))
            .bind(it->position())
            .bind(it->id());
        if (Status ok = archive.exec(failed); !ok)
            return ok;
    }
    return transaction.commit();
}

Status PipelineStore::deleteApplications(const QList<qint64> &ids)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (qint64 id : ids) {
        Sql archived(db(),
                     QStringLiteral("SELECT archived_at IS NULL FROM applications WHERE id = ?"));
        if (Status ok = archived.bind(id).exec(tr("The application could not be deleted.")); !ok)
            return ok;
        if (archived.query().next() && archived.query().value(0).toBool()) {
            if (Status ok = removeFromColumn(id); !ok)
                return ok;
        }
        Sql remove(db(), QStringLiteral("DELETE FROM applications WHERE id = ?"));
        if (Status ok = remove.bind(id).exec(tr("The application could not be deleted.")); !ok)
            return ok;
    }
    return transaction.commit();
}

Status PipelineStore::restoreApplications(const QList<ApplicationSnapshot> &snapshots)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    // Within a column, lower positions first so each goes back into the gap it left.
    QList<ApplicationSnapshot> ordered = snapshots;
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return std::pair(a.stageId(), a.position()) < std::pair(b.stageId(), b.position());
    });
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The application could not be put back.");
    for (const ApplicationSnapshot &snapshot : ordered) {
        const bool wasArchived = !snapshot.row.value(QStringLiteral("archived_at")).isNull();
        if (!wasArchived) {
            if (Status ok = openGap(snapshot.stageId(), snapshot.position()); !ok)
                return ok;
        }
        if (Status ok = restoreCompany(snapshot); !ok)
            return ok;
        Sql exists(db(), QStringLiteral("SELECT 1 FROM applications WHERE id = ?"));
        if (Status ok = exists.bind(snapshot.id()).exec(failed); !ok)
            return ok;
        const QStringList columns = snapshot.row.keys();
        if (exists.query().next()) {
            // Archived: the row is there, only its columns changed.
            QStringList assignments;
            for (const QString &column : columns)
                assignments << column + QStringLiteral(" = ?");
            Sql update(db(), QStringLiteral("UPDATE applications SET %1 WHERE id = ?")
                                 .arg(assignments.join(QStringLiteral(", "))));
            for (const QString &column : columns)
                update.bind(snapshot.row.value(column));
            update.bind(snapshot.id());
            if (Status ok = update.exec(failed); !ok)
                return ok;
            continue;
        }
        // Column names come from the schema itself, never from user text.
        Sql insert(
            db(),
            QStringLiteral("INSERT INTO applications (%1) VALUES (%2)")
                .arg(columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const QString &column : columns)
            insert.bind(snapshot.row.value(column));
        if (Status ok = insert.exec(failed); !ok)
            return ok;
        for (const QVariantMap &entry : snapshot.history) {
            const QStringList historyColumns = entry.keys();
            Sql history(db(), QStringLiteral("INSERT INTO stage_history (%1) VALUES (%2)")
                                  .arg(historyColumns.join(QStringLiteral(", ")),
                                       QStringList(historyColumns.size(), QStringLiteral("?"))
                                           .join(QStringLiteral(", "))));
            for (const QString &column : historyColumns)
                history.bind(entry.value(column));
            if (Status ok = history.exec(failed); !ok)
                return ok;
        }
    }
    return transaction.commit();
}

Status PipelineStore::overwriteApplication(const ApplicationSnapshot &snapshot)
{
    if (Status ro = readOnlyRefusal(); !ro)
        return ro;
    static const QStringList untouched = {QStringLiteral("id"), QStringLiteral("stage_id"),
                                          QStringLiteral("position"),
                                          QStringLiteral("archived_at")};
    QStringList columns;
    for (const QString &column : snapshot.row.keys())
        if (!untouched.contains(column))
            columns << column;
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QStringLiteral(" = ?");
    Transaction transaction(db());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok = restoreCompany(snapshot); !ok)
        return ok;
    Sql update(db(), QStringLiteral("UPDATE applications SET %1 WHERE id = ?")
                         .arg(assignments.join(QStringLiteral(", "))));
    for (const QString &column : columns)
        update.bind(snapshot.row.value(column));
    update.bind(snapshot.id());
    if (Status ok = update.exec(tr("The change could not be undone.")); !ok)
        return ok;
    return transaction.commit();
}

QString PipelineStore::archivedListStatement()
{
    return QStringLiteral(
        "SELECT a.id, c.name, a.role, s.name, a.archived_at FROM applications a "
        "JOIN companies c ON c.id = a.company_id JOIN stages s ON s.id = a.stage_id "
        "WHERE a.archived_at IS NOT NULL ORDER BY a.archived_at DESC, a.id DESC");
}
