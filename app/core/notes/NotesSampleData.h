#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <memory>

class Database;

// Plans, debriefs, checklist ticks, company research and salary figures for the rounds the
// sample data made, so a new user sees what a well-prepared round looks like. Runs inside
// the sample data's transaction.
class NotesSampleData
{
    Q_DECLARE_TR_FUNCTIONS(NotesSampleData)

public:
    static Status fill(const std::shared_ptr<Database> &database, quint32 seed);
};
