#pragma once

#include "models/SqlListModel.h"

#include <QList>

// The people of one company, by name, for choosing who attends a round. Read-only: views
// show it behind a proxy, and whoever pushes a person command calls refresh() after it.
class CompanyPeopleModel : public SqlListModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, TitleColumn, NotesColumn };

    explicit CompanyPeopleModel(Database &database, QObject *parent = nullptr);

    // The company's people, plus the people with these ids wherever they belong (someone
    // ticked for a round whose application moved to another company stays visible, so
    // saving explains the problem instead of hiding it). Call refresh() afterwards.
    void setCompany(qint64 companyId, const QList<qint64> &alsoListed = {});
    qint64 companyId() const { return m_companyId; }
    qint64 personId(int row) const { return idAt(row); }
    QString name(int row) const;

    // The name column reads "name — job title"; its tool tip is the notes, as plain text.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    qint64 m_companyId = 0;
};
