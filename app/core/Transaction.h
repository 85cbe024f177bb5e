#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

class Database;

// A scoped write. The outermost one is BEGIN IMMEDIATE, which takes the write lock up front so
// it never fails half-way because another connection started writing; one opened while
// another is active on the same connection becomes a SAVEPOINT, so a multi-step job (import,
// sample data, schedule-and-move) is made of store calls inside one outer transaction, and a
// failed step undoes only itself. Rolls back unless committed.
class Transaction
{
public:
    // Refuses to begin on a file open read-only, with the message every store gives.
    explicit Transaction(const Database &database);
    // For the schema steps, which run before a Database object exists.
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

    bool isNested() const { return m_depth > 1; }
    // How many transactions are open on the connection now (0: none).
    static int depth(const QSqlDatabase &db);

private:
    QString savepointName() const;

    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_active = false;
    int m_depth = 0;
};
