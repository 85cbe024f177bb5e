#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

// The one way every store runs a statement: prepared, values bound (SQL never holds user
// text), and a failure turned into words a user can act on.
class Sql
{
public:
    Sql(const QSqlDatabase &db, const QString &statement);
    Sql(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

    Sql &bind(const QVariant &value);
    Status exec(const QString &whatFailed);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

    // Prepares, binds and runs a statement on a query the caller then reads (one that must
    // scroll, or be handed on whole).
    static Status exec(QSqlQuery &query, const QString &statement, const QVariantList &values,
                       const QString &whatFailed);
    // The row the query stands on, column name to value (undo snapshots).
    static QVariantMap rowOf(const QSqlQuery &query);
    // Runs a statement that returns nothing the caller needs.
    static Status run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      const QString &whatFailed);
    // The first column of the first row, or a null QVariant when there is no row.
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                                   const QVariantList &values, const QString &whatFailed);

    // Qt binds a null QString as SQL NULL; NOT NULL text columns take '' instead.
    static QString text(const QString &value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }
    static QVariant nullableId(qint64 id);
    // A list of ids as one bound JSON array, read with json_each: one value however long
    // the list, instead of a placeholder per id (which Qt's driver handles in quadratic time).
    static QString idArray(const QList<qint64> &ids);

private:
    QSqlQuery m_query;
    QString m_prepareError;
    bool m_prepared = false;
};
