#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

// BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way
// because another connection started writing. Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
