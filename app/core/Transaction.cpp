#include "core/Transaction.h"

#include "core/SqlErrorText.h"

#include <QCoreApplication>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(SqlErrorText::describe(
            query.lastError(),
            QCoreApplication::translate("Transaction", "Could not start saving.")));
    m_active = true;
    return Status::success();
}

Status Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = query.lastError();
        rollback();
        return Status::failure(SqlErrorText::describe(
            error, QCoreApplication::translate("Transaction", "Could not save the change.")));
    }
    m_active = false;
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
