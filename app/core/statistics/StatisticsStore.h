#pragma once

#include "core/Result.h"
#include "core/statistics/StatisticsTypes.h"

#include <QCoreApplication>

#include <memory>

class Database;

// Reads what View > Statistics is computed from: one statement per table, whatever the
// number of applications. The board's cards come from PipelineStore, as the board reads them.
class StatisticsStore
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsStore)

public:
    explicit StatisticsStore(std::shared_ptr<Database> database);

    Result<StatisticsInput> load() const;
    // load() and StatisticsCalculator::compute() at the clock's time, in the local zone.
    Result<SearchStatistics> compute() const;

private:
    std::shared_ptr<Database> m_database;
};
