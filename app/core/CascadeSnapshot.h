#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>

// The rows the database deletes or unlinks together with some parent rows, so that undoing
// the delete puts back everything with its original ids.
//
// The dependants are found from the schema itself: every foreign key declared
// ON DELETE CASCADE that points at the parents (and, recursively, at those rows), and
// every ON DELETE SET NULL one. So the rule "a delete's undo snapshot includes the child
// rows" needs no registration: a later feature's table (notes, letters, practice history)
// is covered as soon as its migration declares `REFERENCES rounds (id) ON DELETE CASCADE`
// or the like. Take the snapshot before the delete, restore it after the parent rows are
// back (inside the same transaction).
class CascadeSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(CascadeSnapshot)

public:
    static Result<CascadeSnapshot> take(const QSqlDatabase &db, const QString &table,
                                        const QList<qint64> &ids);

    // Inserts the dependants, parents before children, and relinks the unlinked ones.
    Status restore(const QSqlDatabase &db) const;

    // The dependants of one table, as stored (for callers that rewrite just those).
    QList<QVariantMap> rows(const QString &table) const;
    // How many rows of a table the delete keeps but unlinks (ON DELETE SET NULL).
    int unlinkedCount(const QString &table) const;
    bool isEmpty() const { return m_levels.isEmpty() && m_unlinked.isEmpty(); }

private:
    struct Rows
    {
        QString table;
        QList<QVariantMap> rows;
    };
    // A row that survives the delete with one column set to NULL.
    struct Unlinked
    {
        QString table;
        QString column;
        QVariant value;
        qint64 rowid = 0;
    };

    QList<Rows> m_levels; // in the order they can be inserted again
    QList<Unlinked> m_unlinked;
};
