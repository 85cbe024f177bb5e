#pragma once

#include "core/RoundTypes.h"
#include "models/SqlListModel.h"

// One application's interview rounds in date order, numbered 1, 2, 3…, with the names of
// the people in each. The dialog words the columns; this model only reads.
class ApplicationRoundsModel : public SqlListModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NumberColumn,
        StartColumn,
        ZoneColumn,
        DurationColumn,
        KindColumn,
        StatusColumn,
        PeopleColumn,
    };

    explicit ApplicationRoundsModel(Database &database, QObject *parent = nullptr);

    void setApplication(qint64 applicationId);
    qint64 applicationId() const { return m_applicationId; }
    // The row as a round (people carry names only), for wording it.
    RoundInfo roundAt(int row) const;

private:
    qint64 m_applicationId = 0;
};
