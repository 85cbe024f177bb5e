#include "models/ArchivedListModel.h"

#include "core/Database.h"
#include "core/PipelineStore.h"

#include <QLocale>
#include <QSqlQuery>

ArchivedListModel::ArchivedListModel(Database &database, QObject *parent)
    : QSqlQueryModel(parent)
    , m_database(database)
{
    refresh();
}

void ArchivedListModel::refresh()
{
    QSqlQuery query(m_database.sql());
    query.prepare(
        QStringLiteral("SELECT a.id, c.name, a.role, s.name, a.archived_at FROM applications a "
                       "JOIN companies c ON c.id = a.company_id JOIN stages s ON s.id = a.stage_id "
                       "WHERE a.archived_at IS NOT NULL ORDER BY a.archived_at DESC, a.id DESC"));
    query.exec();
    setQuery(std::move(query));
    setHeaderData(CompanyColumn, Qt::Horizontal, tr("Company"));
    setHeaderData(RoleColumn, Qt::Horizontal, tr("Role"));
    setHeaderData(StageColumn, Qt::Horizontal, tr("Stage"));
    setHeaderData(ArchivedColumn, Qt::Horizontal, tr("Archived"));
}

qint64 ArchivedListModel::applicationId(int row) const
{
    return QSqlQueryModel::data(index(row, IdColumn)).toLongLong();
}

QVariant ArchivedListModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == ArchivedColumn && role == Qt::DisplayRole) {
        const QDateTime when =
            PipelineStore::fromStoredTime(QSqlQueryModel::data(index, role).toString());
        return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    return QSqlQueryModel::data(index, role);
}
