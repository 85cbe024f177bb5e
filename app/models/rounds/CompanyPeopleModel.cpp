#include "models/rounds/CompanyPeopleModel.h"

#include "core/RoundStore.h"
#include "core/Sql.h"
#include "core/text/PlainText.h"

CompanyPeopleModel::CompanyPeopleModel(Database &database, QObject *parent)
    : SqlListModel(database, parent)
{
    setFailureText(tr("The company's people could not be read."));
    setHeaderData(NameColumn, Qt::Horizontal, tr("Name"));
    setHeaderData(TitleColumn, Qt::Horizontal, tr("Job title"));
    setHeaderData(NotesColumn, Qt::Horizontal, tr("What they care about"));
    setCompany(0);
}

void CompanyPeopleModel::setCompany(qint64 companyId, const QList<qint64> &alsoListed)
{
    m_companyId = companyId;
    setStatement(RoundStore::companyPeopleStatement(), {companyId, Sql::idArray(alsoListed)});
}

QString CompanyPeopleModel::name(int row) const
{
    return QSqlQueryModel::data(index(row, NameColumn)).toString();
}

QVariant CompanyPeopleModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == NameColumn) {
        const auto column = [this, &index](int which) {
            return QSqlQueryModel::data(this->index(index.row(), which)).toString();
        };
        if (role == Qt::DisplayRole) {
            // One line each, whatever a file written elsewhere holds: a break or a
            // bidirectional override in a name cannot rearrange the row.
            const QString name = PlainText::singleLine(column(NameColumn));
            const QString title = PlainText::singleLine(column(TitleColumn));
            return title.isEmpty() ? name : tr("%1 — %2", "name, then job title").arg(name, title);
        }
        if (role == Qt::ToolTipRole)
            return PlainText::toolTip(column(NotesColumn));
    }
    return SqlListModel::data(index, role);
}
