#pragma once

#include "core/Result.h"

#include <QSqlQueryModel>
#include <QVariantList>

class Database;

// A read-only list over one SELECT that a store provides (stores own their SQL). Views show
// it behind a QSortFilterProxyModel; whoever pushes a command calls refresh() after it. A
// failed query is reported, never shown as an empty list. Column 0 is the row's id.
class SqlListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    explicit SqlListModel(Database &database, QObject *parent = nullptr);

    // Runs the statement again; on failure the list keeps what it showed and the reason is
    // returned and emitted.
    Status refresh();
    qint64 idAt(int row) const;
    // The row showing this id, or -1.
    int rowOf(qint64 id) const;

signals:
    void errorOccurred(const QString &message);

protected:
    void setStatement(const QString &statement, const QVariantList &values = {});
    // What a failure says, e.g. "The archived applications could not be read."
    void setFailureText(const QString &text) { m_failureText = text; }

private:
    Database &m_database;
    QString m_statement;
    QVariantList m_values;
    QString m_failureText;
};
