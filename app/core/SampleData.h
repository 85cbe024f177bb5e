#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class Database;

// Realistic, invented applications with weeks of stage history, so a new user sees a
// living board, and benchmarks have a heavy file to work on.
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    static constexpr int DefaultCount = 36;

    // Refused on a file that already has applications: sample data never mixes with a
    // user's own.
    static Result<int> fill(Database &database, int count = DefaultCount, quint32 seed = 2026);
};
