#pragma once

#include <QSqlQueryModel>

class Database;

// Archived applications, newest first: company, role, stage, when archived.
class ArchivedListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, CompanyColumn, RoleColumn, StageColumn, ArchivedColumn };

    explicit ArchivedListModel(Database &database, QObject *parent = nullptr);
    void refresh();
    qint64 applicationId(int row) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Database &m_database;
};
