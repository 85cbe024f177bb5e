#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class RoundStore;

// Custom: each row is worded from a round's own zone and its people, and rows are dragged.
// The rounds of one day or one week, soonest first, one row each, read through
// RoundStore::roundsBetween(). Rows can be dragged (one round at a time) onto the month
// view to move a round to another day.
class RoundAgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        CompanyColumn,
        RoleColumn,
        RoundColumn,
        PeopleColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        RoundIdRole = Qt::UserRole + 1,
        StartUtcRole,
        StatusRole,      // RoundStatus as int
        StatusColorRole, // QColor
        PeopleKnownRole,
    };

    explicit RoundAgendaModel(RoundStore *store, QObject *parent = nullptr);

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    bool spansSeveralDays() const { return m_first.isValid() && m_first != m_last; }

    // Shows the local days first..last (inclusive) and reads them at once.
    Status setRange(const QDate &first, const QDate &last);
    Status refresh();

    qint64 roundId(int row) const;
    int rowOfRound(qint64 roundId) const;
    const QList<RoundInfo> &rounds() const { return m_rounds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QString timeText(const RoundInfo &round) const;
    QString toolTip(const RoundInfo &round) const;

    RoundStore *m_store;
    QDate m_first;
    QDate m_last;
    QList<RoundInfo> m_rounds;
};
