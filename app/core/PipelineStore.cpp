#include "core/PipelineStore.h"
#include "core/text/PlainText.h"

#include "core/ApplicationValidator.h"
#include "core/CascadeSnapshot.h"
#include "core/Clock.h"
#include "core/Sql.h"
#include "core/SqlErrorText.h"
#include "core/StoredRows.h"
#include "core/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

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

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

// An empty text is stored as NULL (a stage the user added has no default).
QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The words DefaultStages has always used when adopting or renaming a default stage fails.
const QString stagesNotUpdated()
{
    return PipelineStore::tr("The stages could not be updated.");
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
    // The shape toStoredTime() writes, read by hand: the board reads tens of thousands of
    // these at start, and the general ISO parser costs several times more.
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        bool ok = true;
        const auto number = [&text, &ok](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = text.at(i).unicode();
                if (c < u'0' || c > u'9')
                    ok = false;
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime clock(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (ok && date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

// ---- Stages ---------------------------------------------------------------------------

Result<QList<StageInfo>> PipelineStore::stages() const
{
    return stagesOn(db());
}

Result<QList<StageInfo>> PipelineStore::stagesOn(const QSqlDatabase &db)
{
    // By column name: a file being updated step by step may not have the default columns yet.
    Sql sql(db, QStringLiteral("SELECT * FROM stages ORDER BY is_closed, position"));
    if (Status ok = sql.exec(tr("The stages could not be read.")); !ok)
        return ok;
    const QSqlRecord record = sql.query().record();
    const int id = record.indexOf(QStringLiteral("id"));
    const int name = record.indexOf(QStringLiteral("name"));
    const int position = record.indexOf(QStringLiteral("position"));
    const int closed = record.indexOf(QStringLiteral("is_closed"));
    const int defaultKey = record.indexOf(QStringLiteral("default_key"));
    const int defaultName = record.indexOf(QStringLiteral("default_name"));
    QList<StageInfo> result;
    while (sql.query().next()) {
        const QSqlQuery &row = sql.query();
        result.append({row.value(id).toLongLong(), row.value(name).toString(),
                       row.value(position).toInt(), row.value(closed).toBool(),
                       defaultKey < 0 ? QString() : row.value(defaultKey).toString(),
                       defaultName < 0 ? QString() : row.value(defaultName).toString()});
    }
    return result;
}

Status PipelineStore::seedStages(const QSqlDatabase &db, const QList<StageInfo> &stages)
{
    const QString failed = tr("The stages could not be saved.");
    for (const StageInfo &stage : stages)
        if (Status ok = Sql::run(db,
                                 QStringLiteral("INSERT INTO stages (name, position, is_closed) "
                                                "VALUES (?, ?, ?)"),
                                 {stage.name, stage.position, stage.closed ? 1 : 0}, failed);
            !ok)
            return ok;
    return Status::success();
}

Status PipelineStore::markDefaultStage(const QSqlDatabase &db, qint64 stageId,
                                       const QString &defaultKey, const QString &defaultName)
{
    return Sql::run(db,
                    QStringLiteral("UPDATE stages SET default_key = ?, default_name = ? "
                                   "WHERE id = ?"),
                    {defaultKey, defaultName, stageId}, stagesNotUpdated());
}

Status PipelineStore::renameDefaultStage(const QSqlDatabase &db, qint64 stageId,
                                         const QString &from, const QString &to)
{
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok = Sql::run(db,
                             QStringLiteral("UPDATE stages SET name = ?, default_name = ? "
                                            "WHERE id = ?"),
                             {to, to, stageId}, stagesNotUpdated());
        !ok)
        return ok;
    // The history keeps what a move was called; only the words change with the language.
    if (Status ok = Sql::run(db,
                             QStringLiteral("UPDATE stage_history SET to_stage_name = ? "
                                            "WHERE to_stage_id = ? AND to_stage_name = ?"),
                             {to, stageId, from}, stagesNotUpdated());
        !ok)
        return ok;
    if (Status ok = Sql::run(db,
                             QStringLiteral("UPDATE stage_history SET from_stage_name = ? "
                                            "WHERE from_stage_id = ? AND from_stage_name = ?"),
                             {to, stageId, from}, stagesNotUpdated());
        !ok)
        return ok;
    return transaction.commit();
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
    if (Status valid = validateStageName(name, 0); !valid)
        return valid;
    Transaction transaction(*m_database);
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
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The stage could not be put back.");
    Sql shift(db(),
              QStringLiteral("UPDATE stages SET position = position + 1 WHERE position >= ?"));
    if (Status ok = shift.bind(stage.position).exec(failed); !ok)
        return ok;
    Sql insert(db(), QStringLiteral("INSERT INTO stages (id, name, position, is_closed, "
                                    "default_key, default_name) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(stage.id).bind(stage.name).bind(stage.position).bind(stage.closed ? 1 : 0);
    insert.bind(optionalText(stage.defaultKey)).bind(optionalText(stage.defaultName));
    if (Status ok = insert.exec(failed); !ok)
        return ok;
    return transaction.commit();
}

Status PipelineStore::deleteEmptyStage(qint64 stageId)
{
    Transaction transaction(*m_database);
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
    if (Status valid = validateStageName(name, stageId); !valid)
        return valid;
    Transaction transaction(*m_database);
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
    Transaction transaction(*m_database);
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

    removal.targetStageId = targetStageId;
    Transaction transaction(*m_database);
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
    QList<qint64> historyIds;
    for (const CardMove &move : std::as_const(removal.moves))
        if (move.historyId != 0)
            historyIds << move.historyId;
    auto history = StoredRows::read(db(),
                                    QStringLiteral("SELECT * FROM stage_history WHERE id IN "
                                                   "(SELECT value FROM json_each(?)) ORDER BY id"),
                                    {Sql::idArray(historyIds)}, failed);
    if (!history)
        return history.status();
    removal.movesHistory = history.take();
    auto archived = StoredRows::read(db(),
                                     QStringLiteral("SELECT id FROM applications WHERE stage_id = "
                                                    "? AND archived_at IS NOT NULL ORDER BY id"),
                                     {stageId}, failed);
    if (!archived)
        return archived.status();
    for (const QVariantMap &row : archived.value())
        removal.archivedIds.append(row.value(QStringLiteral("id")).toLongLong());
    auto from = StoredRows::read(
        db(), QStringLiteral("SELECT id FROM stage_history WHERE from_stage_id = ? ORDER BY id"),
        {stageId}, failed);
    if (!from)
        return from.status();
    for (const QVariantMap &row : from.value())
        removal.historyFrom.append(row.value(QStringLiteral("id")).toLongLong());
    auto to = StoredRows::read(
        db(), QStringLiteral("SELECT id FROM stage_history WHERE to_stage_id = ? ORDER BY id"),
        {stageId}, failed);
    if (!to)
        return to.status();
    for (const QVariantMap &row : to.value())
        removal.historyTo.append(row.value(QStringLiteral("id")).toLongLong());
    if (Status ok = dropStage(removal); !ok)
        return ok;
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return removal;
}

Status PipelineStore::dropStage(const StageRemoval &removal)
{
    const QString failed = tr("The stage could not be removed.");
    if (Status ok = Sql::run(db(),
                             QStringLiteral("UPDATE applications SET stage_id = ? WHERE id IN "
                                            "(SELECT value FROM json_each(?))"),
                             {removal.targetStageId, Sql::idArray(removal.archivedIds)}, failed);
        !ok)
        return ok;
    // History rows that named the stage keep its name; their link to it becomes NULL
    // (ON DELETE SET NULL), which restoreStage puts back.
    if (Status ok = Sql::run(db(), QStringLiteral("DELETE FROM stages WHERE id = ?"),
                             {removal.stage.id}, failed);
        !ok)
        return ok;
    return Sql::run(db(),
                    QStringLiteral("UPDATE stages SET position = position - 1 WHERE position > ?"),
                    {removal.stage.position}, failed);
}

Status PipelineStore::redoStageRemoval(const StageRemoval &removal)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    // The same moves into the same places, and the very history rows the first time wrote
    // (ids and times), instead of new ones.
    for (const CardMove &move : removal.moves) {
        auto again = moveOne(move.applicationId, move.toStageId, move.toIndex, false);
        if (!again)
            return again.status();
    }
    for (const QVariantMap &row : removal.movesHistory)
        if (Status ok = StoredRows::insert(db(), QStringLiteral("stage_history"), row,
                                           tr("The stage could not be removed."));
            !ok)
            return ok;
    if (Status ok = dropStage(removal); !ok)
        return ok;
    return transaction.commit();
}

Status PipelineStore::restoreStage(const StageRemoval &removal)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The stage could not be put back.");
    Sql shift(db(),
              QStringLiteral("UPDATE stages SET position = position + 1 WHERE position >= ?"));
    if (Status ok = shift.bind(removal.stage.position).exec(failed); !ok)
        return ok;
    Sql insert(db(), QStringLiteral("INSERT INTO stages (id, name, position, is_closed, "
                                    "default_key, default_name) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(removal.stage.id).bind(removal.stage.name).bind(removal.stage.position);
    insert.bind(removal.stage.closed ? 1 : 0);
    insert.bind(optionalText(removal.stage.defaultKey));
    insert.bind(optionalText(removal.stage.defaultName));
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
// One pass over each table, whatever the number of cards: the latest move per
// application, and rounds numbered by a window function, instead of a subquery per card.
// %1 narrows every part to the applications asked for.
QString cardSelect(const QString &filter, const QString &leading = QString())
{
    // The next round per application comes from one range scan of the rounds ahead; its
    // number (1, 2, 3… in date order) from a join counting the application's rounds up to
    // it. Joins and GROUP BY, no subquery per card, so the cost follows the rows read.
    return QStringLiteral(
               "WITH %2last_move AS (SELECT application_id, max(moved_at) AS moved_at "
               "FROM stage_history WHERE 1 = 1 %1 GROUP BY application_id), "
               "next_round AS (SELECT application_id, id, min(starts_at) AS starts_at "
               "FROM rounds WHERE status = 'scheduled' AND starts_at >= ? %1 "
               "GROUP BY application_id), "
               "ahead AS (SELECT nx.application_id, nx.starts_at, count(*) AS number "
               "FROM next_round nx JOIN rounds n ON n.application_id = nx.application_id "
               "AND (n.starts_at < nx.starts_at OR (n.starts_at = nx.starts_at AND "
               "n.id <= nx.id)) GROUP BY nx.application_id) "
               "SELECT a.id, a.stage_id, a.position, c.name, a.role, a.location, a.salary_min, "
               "a.salary_max, a.currency, a.notes, a.excitement, a.deadline, a.created_at, "
               "a.updated_at, lm.moved_at, nr.starts_at, nr.number "
               "FROM applications a JOIN companies c ON c.id = a.company_id "
               "JOIN stages s ON s.id = a.stage_id "
               "LEFT JOIN last_move lm ON lm.application_id = a.id "
               "LEFT JOIN ahead nr ON nr.application_id = a.id ")
        .arg(filter, leading);
}

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
    return cardsOn(db(), Clock::nowUtc());
}

Result<QList<CardInfo>> PipelineStore::cardsOn(const QSqlDatabase &db, const QDateTime &nowUtc)
{
    Sql sql(db, cardSelect(QString()) +
                    QStringLiteral("WHERE a.archived_at IS NULL ORDER BY s.is_closed, "
                                   "s.position, a.position"));
    sql.bind(toStoredTime(nowUtc));
    if (Status ok = sql.exec(readFailed()); !ok)
        return ok;
    QList<CardInfo> result;
    while (sql.query().next())
        result.append(cardFromQuery(sql.query()));
    return result;
}

Result<PipelineStore::FirstCards> PipelineStore::firstCards(int perStage) const
{
    // Both from the index of the cards on the board (applications_on_board), one range
    // per stage: never a read of every card.
    FirstCards first;
    Sql totals(db(), QStringLiteral("SELECT stage_id, count(*) FROM applications "
                                    "WHERE archived_at IS NULL GROUP BY stage_id"));
    if (Status ok = totals.exec(readFailed()); !ok)
        return ok;
    while (totals.next())
        first.totals.insert(totals.value(0).toLongLong(), totals.value(1).toInt());
    const QString top = QStringLiteral(
        "top AS (SELECT b.id FROM stages s JOIN applications b ON b.id IN (SELECT x.id FROM "
        "applications x WHERE x.stage_id = s.id AND x.archived_at IS NULL ORDER BY x.position "
        "LIMIT ?)), ");
    Sql sql(db(),
            cardSelect(QStringLiteral("AND application_id IN top"), top) +
                QStringLiteral("WHERE a.archived_at IS NULL AND a.id IN top ORDER BY s.is_closed, "
                               "s.position, a.position"),
            {perStage, toStoredTime(Clock::nowUtc())});
    if (Status ok = sql.exec(readFailed()); !ok)
        return ok;
    while (sql.query().next())
        first.cards.append(cardFromQuery(sql.query()));
    return first;
}

Result<CardInfo> PipelineStore::card(qint64 applicationId) const
{
    Sql sql(db(),
            cardSelect(QStringLiteral("AND application_id = ?")) + QStringLiteral("WHERE a.id = ?"),
            {applicationId, toStoredTime(Clock::nowUtc()), applicationId, applicationId});
    if (Status ok = sql.exec(readFailed()); !ok)
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

Result<CompanySnapshot> PipelineStore::deleteCompanyIfUnused(qint64 companyId)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    CompanySnapshot snapshot;
    auto used =
        Sql::scalar(db(), QStringLiteral("SELECT 1 FROM applications WHERE company_id = ? LIMIT 1"),
                    {companyId}, readFailed());
    if (!used)
        return used.status();
    if (used.value().isNull()) {
        auto row = StoredRows::read(db(), QStringLiteral("SELECT * FROM companies WHERE id = ?"),
                                    {companyId}, readFailed());
        if (!row)
            return row.status();
        if (!row.value().isEmpty()) {
            // Its people, their places in rounds, the notes about it: all go with it.
            auto dependants = CascadeSnapshot::take(db(), QStringLiteral("companies"), {companyId});
            if (!dependants)
                return dependants.status();
            if (Status ok = Sql::run(db(), QStringLiteral("DELETE FROM companies WHERE id = ?"),
                                     {companyId}, tr("The company could not be removed."));
                !ok)
                return ok;
            snapshot.row = row.value().first();
            snapshot.dependants = dependants.take();
        }
    }
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return snapshot;
}

Result<QList<CompanySnapshot>>
PipelineStore::deleteApplicationsAndUnusedCompanies(const QList<qint64> &applicationIds,
                                                    const QList<qint64> &companyIds)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (!applicationIds.isEmpty()) {
        if (Status ok = deleteApplications(applicationIds); !ok)
            return ok;
    }
    QList<CompanySnapshot> companies;
    for (qint64 companyId : companyIds) {
        auto company = deleteCompanyIfUnused(companyId);
        if (!company)
            return company.status();
        if (!company.value().isEmpty())
            companies << company.take();
    }
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return companies;
}

Status PipelineStore::restoreCompany(const CompanySnapshot &snapshot)
{
    if (snapshot.isEmpty())
        return Status::success();
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString failed = tr("The company could not be put back.");
    auto exists = Sql::scalar(db(), QStringLiteral("SELECT 1 FROM companies WHERE id = ?"),
                              {snapshot.row.value(QStringLiteral("id"))}, readFailed());
    if (!exists)
        return exists.status();
    if (exists.value().isNull()) {
        if (Status ok = StoredRows::insert(db(), QStringLiteral("companies"), snapshot.row, failed);
            !ok)
            return ok;
    }
    if (Status ok = snapshot.dependants.restore(db()); !ok)
        return ok;
    return transaction.commit();
}

Status PipelineStore::restoreCompany(const ApplicationSnapshot &snapshot)
{
    if (snapshot.company.isEmpty())
        return Status::success();
    auto exists = Sql::scalar(db(), QStringLiteral("SELECT 1 FROM companies WHERE id = ?"),
                              {snapshot.companyId()}, readFailed());
    if (!exists)
        return exists.status();
    if (!exists.value().isNull())
        return Status::success();
    return StoredRows::insert(db(), QStringLiteral("companies"), snapshot.company,
                              tr("The company could not be put back."));
}

// ---- Applications: writing ------------------------------------------------------------

Result<qint64> PipelineStore::companyIdFor(const QString &name)
{
    return findOrCreateCompany(name);
}

Result<qint64> PipelineStore::findOrCreateCompany(const QString &name, const QString &website)
{
    const QString trimmed = name.trimmed();
    // Company names are unique regardless of case (COLLATE NOCASE).
    auto found = Sql::scalar(db(), QStringLiteral("SELECT id FROM companies WHERE name = ?"),
                             {trimmed}, tr("The company could not be looked up."));
    if (!found)
        return found.status();
    if (!found.value().isNull())
        return found.value().toLongLong();
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql insert(db(),
               QStringLiteral("INSERT INTO companies (name, website, created_at) "
                              "VALUES (?, ?, ?)"),
               {trimmed, Sql::text(website.trimmed()), toStoredTime(Clock::nowUtc())});
    if (Status ok = insert.exec(tr("The company could not be saved.")); !ok)
        return ok;
    const qint64 id = insert.lastInsertId();
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return id;
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

namespace {

// Forms show these problems beside their fields; every other writer (import, command line,
// a future caller) gets the same rules here, so nothing unchecked reaches the file. The
// "applied in the future" rule stays with the forms: a clock set back must not make an
// existing application uneditable.
Status refusalOf(const ApplicationFields &f)
{
    const QList<ApplicationValidator::Problem> problems = ApplicationValidator::validate(f, {});
    if (problems.isEmpty())
        return Status::success();
    return Status::failure(problems.first().message);
}

} // namespace

Result<qint64> PipelineStore::createApplication(const ApplicationFields &f, qint64 stageId)
{
    if (Status valid = refusalOf(f); !valid)
        return valid;
    Transaction transaction(*m_database);
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
    const QDateTime now = Clock::nowUtc();
    auto id = insertApplication(company.value(), f, stageId, 0, now, now);
    if (!id)
        return id;
    auto history = addHistory(id.value(), {}, {stageId, toName.value()}, now);
    if (!history)
        return history.status();
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return id;
}

Result<qint64> PipelineStore::insertApplication(qint64 companyId, const ApplicationFields &f,
                                                qint64 stageId, int position,
                                                const QDateTime &createdAt,
                                                const QDateTime &updatedAt)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql insert(db(), QStringLiteral(
                         "INSERT INTO applications (company_id, role, job_url, location, "
                         "salary_min, salary_max, currency, source, applied_on, deadline, "
                         "excitement, description, notes, stage_id, position, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(companyId).bind(Sql::text(f.role.trimmed())).bind(Sql::text(f.jobUrl.trimmed()));
    insert.bind(Sql::text(f.location.trimmed())).bind(optionalValue(f.salaryMin));
    insert.bind(optionalValue(f.salaryMax)).bind(Sql::text(f.currency));
    insert.bind(Sql::text(f.source.trimmed()));
    insert.bind(dateValue(f.appliedOn)).bind(dateValue(f.deadline)).bind(f.excitement);
    insert.bind(Sql::text(f.description)).bind(Sql::text(f.notes)).bind(stageId).bind(position);
    insert.bind(toStoredTime(createdAt)).bind(toStoredTime(updatedAt));
    if (Status ok = insert.exec(tr("The application could not be saved.")); !ok)
        return ok;
    const qint64 id = insert.lastInsertId();
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return id;
}

Result<qint64> PipelineStore::addHistory(qint64 applicationId, const StageRef &from,
                                         const StageRef &to, const QDateTime &movedAt)
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Sql history(db(), QStringLiteral("INSERT INTO stage_history (application_id, from_stage_id, "
                                     "to_stage_id, from_stage_name, to_stage_name, moved_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
    history.bind(applicationId).bind(Sql::nullableId(from.id));
    history.bind(Sql::nullableId(to.id));
    history.bind(from.id > 0 ? QVariant(from.name) : QVariant(QMetaType(QMetaType::QString)));
    history.bind(to.name).bind(toStoredTime(movedAt));
    if (Status ok = history.exec(tr("The stage history could not be saved.")); !ok)
        return ok;
    const qint64 id = history.lastInsertId();
    if (Status ok = transaction.commit(); !ok)
        return ok;
    return id;
}

Status PipelineStore::numberColumnsByActivity()
{
    Transaction transaction(*m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok = Sql::run(
            db(),
            QStringLiteral("UPDATE applications SET position = ranked.rank FROM (SELECT id, "
                           "row_number() OVER (PARTITION BY stage_id ORDER BY updated_at DESC, "
                           "id) - 1 AS rank FROM applications WHERE archived_at IS NULL) AS "
                           "ranked WHERE ranked.id = applications.id"),
            {}, tr("The board order could not be saved."));
        !ok)
        return ok;
    return transaction.commit();
}

Result<qint64> PipelineStore::interviewStage() const
{
    auto all = stages();
    if (!all)
        return all.status();
    int openIndex = 0;
    for (const StageInfo &stage : all.value()) {
        if (stage.closed)
            continue;
        if (openIndex++ == InterviewOpenStage)
            return stage.id;
    }
    return qint64(0);
}

Result<int> PipelineStore::roundCount(const QList<qint64> &applicationIds) const
{
    auto count = Sql::scalar(db(),
                             QStringLiteral("SELECT count(*) FROM rounds WHERE application_id IN "
                                            "(SELECT value FROM json_each(?))"),
                             {Sql::idArray(applicationIds)}, readFailed());
    if (!count)
        return count.status();
    return count.value().toInt();
}

Status PipelineStore::updateApplication(qint64 applicationId, const ApplicationFields &f)
{
    if (Status valid = refusalOf(f); !valid)
        return valid;
    Transaction transaction(*m_database);
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
    update.bind(company.value())
        .bind(Sql::text(f.role.trimmed()))
        .bind(Sql::text(f.jobUrl.trimmed()));
    update.bind(Sql::text(f.location.trimmed())).bind(optionalValue(f.salaryMin));
    update.bind(optionalValue(f.salaryMax))
        .bind(Sql::text(f.currency))
        .bind(Sql::text(f.source.trimmed()));
    update.bind(dateValue(f.appliedOn)).bind(dateValue(f.deadline)).bind(f.excitement);
    update.bind(Sql::text(f.description))
        .bind(Sql::text(f.notes))
        .bind(toStoredTime(Clock::nowUtc()));
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
        auto history = addHistory(id, {move.fromStageId, fromName.value()},
                                  {move.toStageId, toName.value()}, Clock::nowUtc());
        if (!history)
            return history.status();
        move.historyId = history.value();
    }
    return move;
}

Result<QList<CardMove>> PipelineStore::moveApplications(const QList<qint64> &ids, qint64 toStageId,
                                                        qint64 beforeId)
{
    if (ids.isEmpty())
        return QList<CardMove>();
    if (ids.contains(beforeId))
        return Result<QList<CardMove>>::failure(tr("A card cannot be placed next to itself."));
    Transaction transaction(*m_database);
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
    Transaction transaction(*m_database);
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
    auto row = StoredRows::read(db(), QStringLiteral("SELECT * FROM applications WHERE id = ?"),
                                {applicationId}, readFailed());
    if (!row)
        return row.status();
    if (row.value().isEmpty())
        return Result<ApplicationSnapshot>::failure(tr("The application no longer exists."));
    ApplicationSnapshot snapshot;
    snapshot.row = row.value().first();
    auto company = StoredRows::read(db(), QStringLiteral("SELECT * FROM companies WHERE id = ?"),
                                    {snapshot.companyId()}, readFailed());
    if (!company)
        return company.status();
    if (!company.value().isEmpty())
        snapshot.company = company.value().first();
    // Its stage history, rounds with their people, and whatever later features keep per
    // application or round: everything the database deletes along with it.
    auto dependants = CascadeSnapshot::take(db(), QStringLiteral("applications"), {applicationId});
    if (!dependants)
        return dependants.status();
    snapshot.dependants = dependants.take();
    return snapshot;
}

Status PipelineStore::archiveApplications(const QList<qint64> &ids)
{
    Transaction transaction(*m_database);
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
    Transaction transaction(*m_database);
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
    Transaction transaction(*m_database);
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
    Transaction transaction(*m_database);
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
    // Within a column, lower positions first so each goes back into the gap it left.
    QList<ApplicationSnapshot> ordered = snapshots;
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return std::pair(a.stageId(), a.position()) < std::pair(b.stageId(), b.position());
    });
    Transaction transaction(*m_database);
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
        if (Status ok =
                StoredRows::insert(db(), QStringLiteral("applications"), snapshot.row, failed);
            !ok)
            return ok;
        if (Status ok = snapshot.dependants.restore(db()); !ok)
            return ok;
    }
    return transaction.commit();
}

Status PipelineStore::overwriteApplication(const ApplicationSnapshot &snapshot)
{
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
    Transaction transaction(*m_database);
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
