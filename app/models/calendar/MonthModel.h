#pragma once

#include "core/Result.h"
#include "models/calendar/MonthSummary.h"

#include <QAbstractTableModel>
#include <QDate>

class RoundStore;

// Custom: a grid of dates is no SQL result, and rounds are dropped on its cells.
// One month page as a grid of six weeks by seven days, starting on the locale's first day
// of the week. Each cell is a date with its round count and status colour. Rounds dropped
// on a cell become a reschedule request; the view turns it into an undoable command.
class MonthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        CountRole,
        StatusColorRole, // QColor, invalid when the day has no rounds
        InMonthRole,
        TodayRole,
    };

    explicit MonthModel(RoundStore *store, QObject *parent = nullptr);

    int year() const { return m_year; }
    int month() const { return m_month; }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }
    const MonthSummary &summary() const { return m_summary; }

    // Shows another month; the counts are read at once.
    Status setMonth(int year, int month);
    Status refresh();

    QModelIndex indexForDate(const QDate &date) const;
    QDate dateForIndex(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;

signals:
    // A round was dropped on a day; nothing is written yet.
    void roundDropped(qint64 roundId, const QDate &day);

private:
    Qt::DayOfWeek dayOfWeekForColumn(int column) const;
    QDate dropTarget(int row, int column, const QModelIndex &parent) const;

    RoundStore *m_store;
    int m_year = 0;
    int m_month = 0;
    Qt::DayOfWeek m_firstDayOfWeek;
    MonthSummary m_summary;
};
