#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"

#include <QAbstractListModel>
#include <QList>

class RoundStore;

// Custom: each row is worded from a round's own zone and its people, soonest first.
// The next scheduled rounds across all applications, soonest first:
// "Tue 24 Nov, 14:00 — Acme · Backend engineer · Round 2".
class UpcomingRoundsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int Limit = 50;
    enum Role {
        RoundIdRole = Qt::UserRole + 1,
        StartUtcRole,
        WhenTextRole,     // "Tue 24 Nov, 14:00"
        DetailTextRole,   // "Acme · Backend engineer · Round 2"
        RelativeTextRole, // "Today", "Tomorrow", "In 3 days"
        StatusColorRole,
    };

    explicit UpcomingRoundsModel(RoundStore *store, QObject *parent = nullptr);

    // Reads the rounds that have not started at Clock::nowUtc().
    Status refresh();

    qint64 roundId(int row) const;
    int rowOfRound(qint64 roundId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    RoundStore *m_store;
    QList<RoundInfo> m_rounds;
};
