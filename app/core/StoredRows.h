#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

// Rows exactly as stored (SELECT *), so undo and redo write them back with their original
// ids instead of hoping SQLite hands out the same ones again.
namespace StoredRows {

Result<QList<QVariantMap>> read(const QSqlDatabase &db, const QString &statement,
                                const QVariantList &values, const QString &whatFailed);
// One row back into its table. Table and column names come from the schema (a snapshot
// read with SELECT *), never from user text; the values are bound.
Status insert(const QSqlDatabase &db, const QString &table, const QVariantMap &row,
              const QString &whatFailed);
// Writes the row's columns over the existing row with the same id.
Status overwrite(const QSqlDatabase &db, const QString &table, const QVariantMap &row,
                 const QString &whatFailed);

} // namespace StoredRows
