#include "models/CompanyListModel.h"

#include "core/Database.h"

#include <QSqlQuery>

CompanyListModel::CompanyListModel(Database &database, QObject *parent)
    : QSqlQueryModel(parent)
    , m_database(database)
{
    refresh();
}

void CompanyListModel::refresh()
{
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT name FROM companies ORDER BY name COLLATE NOCASE"));
    query.exec();
    setQuery(std::move(query));
}
