#pragma once

#include "models/SqlListModel.h"

// Archived applications, newest first: company, role, stage, when archived.
class ArchivedListModel : public SqlListModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, CompanyColumn, RoleColumn, StageColumn, ArchivedColumn };

    explicit ArchivedListModel(Database &database, QObject *parent = nullptr);
    qint64 applicationId(int row) const { return idAt(row); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
