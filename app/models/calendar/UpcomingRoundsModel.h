#pragma once

#include "core/Result.h"
#include "core/RoundTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <functional>

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
        ReadinessTextRole, // the round's checklist progress ("Prep 5/9"), or empty
    };
    // What another feature says about the listed rounds (the notes' checklist progress),
    // asked once per refresh for all rows together.
    using ReadinessSource =
        std::function<Result<QHash<qint64, QString>>(const QList<qint64> &roundIds)>;

    explicit UpcomingRoundsModel(RoundStore *store, QObject *parent = nullptr);

    // Reads the rounds that have not started at Clock::nowUtc().
    Status refresh();
    // Unset (the default), rows say nothing about readiness. Takes effect at the next refresh.
    void setReadinessSource(ReadinessSource source) { m_readinessSource = std::move(source); }

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
    QHash<qint64, QString> m_readiness;
    ReadinessSource m_readinessSource;
};
