#include "models/SqlListModel.h"

#include "core/Database.h"
#include "core/SqlErrorText.h"

#include <QSqlError>
#include <QSqlQuery>

SqlListModel::SqlListModel(Database &database, QObject *parent)
    : QSqlQueryModel(parent)
    , m_database(database)
    , m_failureText(tr("The list could not be read."))
{}

void SqlListModel::setStatement(const QString &statement, const QVariantList &values)
{
    m_statement = statement;
    m_values = values;
}

Status SqlListModel::refresh()
{
    QSqlQuery query(m_database.sql());
    bool ok = query.prepare(m_statement);
    if (ok) {
        for (const QVariant &value : std::as_const(m_values))
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        const QString message = SqlErrorText::describe(query.lastError(), m_failureText);
        emit errorOccurred(message);
        return Status::failure(message);
    }
    setQuery(std::move(query));
    if (lastError().isValid()) {
        const QString message = SqlErrorText::describe(lastError(), m_failureText);
        emit errorOccurred(message);
        return Status::failure(message);
    }
    // These lists are short (an application's rounds, the archive); reading them whole keeps
    // rowCount() true for the views and the accessibility tree.
    while (canFetchMore())
        fetchMore();
    return Status::success();
}

qint64 SqlListModel::idAt(int row) const
{
    return QSqlQueryModel::data(index(row, 0)).toLongLong();
}

int SqlListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}
