#include "models/ArchivedListModel.h"

#include "core/PipelineStore.h"

#include <QLocale>

ArchivedListModel::ArchivedListModel(Database &database, QObject *parent)
    : SqlListModel(database, parent)
{
    setStatement(PipelineStore::archivedListStatement());
    setFailureText(tr("The archived applications could not be read."));
    setHeaderData(CompanyColumn, Qt::Horizontal, tr("Company"));
    setHeaderData(RoleColumn, Qt::Horizontal, tr("Role"));
    setHeaderData(StageColumn, Qt::Horizontal, tr("Stage"));
    setHeaderData(ArchivedColumn, Qt::Horizontal, tr("Archived"));
}

QVariant ArchivedListModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == ArchivedColumn && role == Qt::DisplayRole) {
        const QDateTime when =
            PipelineStore::fromStoredTime(QSqlQueryModel::data(index, role).toString());
        return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    return SqlListModel::data(index, role);
}
