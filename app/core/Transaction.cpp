#include "core/Transaction.h"

#include "core/Database.h"
#include "core/SqlErrorText.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

namespace {

// The depth lives on the connection's driver object, so every Transaction on the same
// connection sees it, whichever store opened it.
const char *const DepthProperty = "secondround.transactionDepth";

void setDepth(const QSqlDatabase &db, int depth)
{
    if (QSqlDriver *driver = db.driver())
        driver->setProperty(DepthProperty, depth);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Transaction", text);
}

} // namespace

Transaction::Transaction(const Database &database)
    : m_db(database.sql())
    , m_readOnly(database.isReadOnly())
{}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    rollback();
}

int Transaction::depth(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return driver ? driver->property(DepthProperty).toInt() : 0;
}

QString Transaction::savepointName() const
{
    return QStringLiteral("secondround_%1").arg(m_depth);
}

Status Transaction::begin()
{
    Q_ASSERT(!m_active);
    if (m_readOnly)
        return Status::failure(Database::readOnlyMessage());
    const int outer = depth(m_db);
    if (outer == 0) {
        if (Status there = Database::checkFileStillThere(m_db); !there)
            return there;
        // A file whose check was left until after the window appeared is checked now at
        // the latest: nothing is written to a damaged file.
        if (Status healthy = Database::verifyIntegrity(m_db); !healthy)
            return healthy;
    }
    m_depth = outer + 1;
    QSqlQuery query(m_db);
    const QString statement = outer == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                         : QStringLiteral("SAVEPOINT ") + savepointName();
    if (!query.exec(statement))
        return Status::failure(
            SqlErrorText::describe(query.lastError(), tr("Could not start saving.")));
    setDepth(m_db, m_depth);
    m_active = true;
    return Status::success();
}

Status Transaction::commit()
{
    Q_ASSERT(m_active);
    Q_ASSERT(depth(m_db) == m_depth);
    QSqlQuery query(m_db);
    const QString statement =
        m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName();
    if (!query.exec(statement)) {
        const QSqlError error = query.lastError();
        rollback();
        return Status::failure(SqlErrorText::describe(error, tr("Could not save the change.")));
    }
    m_active = false;
    setDepth(m_db, m_depth - 1);
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (m_depth == 1) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it, leaving the outer
        // transaction as it was before this step began.
        query.exec(QStringLiteral("ROLLBACK TO ") + savepointName());
        query.exec(QStringLiteral("RELEASE ") + savepointName());
    }
    m_active = false;
    setDepth(m_db, m_depth - 1);
}
