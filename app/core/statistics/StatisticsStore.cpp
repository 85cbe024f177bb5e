#include "core/statistics/StatisticsStore.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"
#include "core/Sql.h"
#include "core/statistics/StatisticsCalculator.h"

StatisticsStore::StatisticsStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{}

Result<StatisticsInput> StatisticsStore::load() const
{
    const QString failed = tr("The statistics could not be read.");
    const QSqlDatabase db = m_database->sql();
    StatisticsInput input;
    PipelineStore pipeline(m_database);
    auto stages = pipeline.stages();
    if (!stages)
        return stages.status();
    input.stages = stages.take();
    auto cards = pipeline.cards();
    if (!cards)
        return cards.status();
    input.cards = cards.take();

    Sql applications(db, QStringLiteral("SELECT id, stage_id, source, applied_on FROM "
                                        "applications ORDER BY id"));
    if (Status ok = applications.exec(failed); !ok)
        return ok;
    while (applications.next())
        input.applications.append(
            {applications.value(0).toLongLong(), applications.value(1).toLongLong(),
             applications.value(2).toString(),
             QDate::fromString(applications.value(3).toString(), Qt::ISODate)});

    // Times as seconds from SQLite: parsing tens of thousands of ISO strings in Qt costs more
    // than everything else here.
    Sql moves(db, QStringLiteral("SELECT application_id, to_stage_id, "
                                 "CAST(strftime('%s', moved_at) AS INTEGER) FROM "
                                 "stage_history ORDER BY application_id, moved_at, id"));
    if (Status ok = moves.exec(failed); !ok)
        return ok;
    while (moves.next())
        input.moves.append({moves.value(0).toLongLong(), moves.value(1).toLongLong(),
                            QDateTime::fromSecsSinceEpoch(moves.value(2).toLongLong(), Qt::UTC)});

    Sql rounds(db, QStringLiteral("SELECT application_id, CAST(strftime('%s', starts_at) AS "
                                  "INTEGER), status = 'cancelled' FROM rounds"));
    if (Status ok = rounds.exec(failed); !ok)
        return ok;
    while (rounds.next())
        input.rounds.append({rounds.value(0).toLongLong(),
                             QDateTime::fromSecsSinceEpoch(rounds.value(1).toLongLong(), Qt::UTC),
                             rounds.value(2).toInt() != 0});
    return input;
}

Result<SearchStatistics> StatisticsStore::compute() const
{
    auto input = load();
    if (!input)
        return input.status();
    return StatisticsCalculator::compute(input.value(), Clock::nowUtc(),
                                         QTimeZone::systemTimeZone());
}
