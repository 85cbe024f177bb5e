#pragma once

#include <QSqlQueryModel>

class Database;

// Known company names, for completing the company field.
class CompanyListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    explicit CompanyListModel(Database &database, QObject *parent = nullptr);
    void refresh();

private:
    Database &m_database;
};
