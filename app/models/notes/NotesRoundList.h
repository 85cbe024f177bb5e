#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QStandardItemModel>

class NotesStore;
class RoundStore;

// The Notes tab's list of rounds, grouped under their application: applications with a
// round ahead first (soonest at the top), then the others by their latest round; inside each,
// rounds ahead soonest first, then past rounds newest first. A QStandardItemModel filled from
// one read of each store, because a SQL model is flat and this list is a tree.
class NotesRoundList : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { RoundIdRole = Qt::UserRole + 1, ApplicationIdRole, NeedsDebriefRole };

    explicit NotesRoundList(QObject *parent = nullptr);

    Status reload(RoundStore *rounds, NotesStore *notes, const QDateTime &nowUtc);
    QModelIndex indexOfRound(qint64 roundId) const;
    // The first round in list order (the soonest ahead), or an invalid index.
    QModelIndex firstRound() const;
};
