#include "core/StoredRows.h"

#include "core/Sql.h"

#include <QSqlRecord>

namespace StoredRows {

Result<QList<QVariantMap>> read(const QSqlDatabase &db, const QString &statement,
                                const QVariantList &values, const QString &whatFailed)
{
    Sql sql(db, statement, values);
    if (Status ok = sql.exec(whatFailed); !ok)
        return ok;
    QList<QVariantMap> rows;
    while (sql.next()) {
        const QSqlRecord record = sql.query().record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows.append(row);
    }
    return rows;
}

Status insert(const QSqlDatabase &db, const QString &table, const QVariantMap &row,
              const QString &whatFailed)
{
    const QStringList columns = row.keys();
    QVariantList values;
    for (const QString &column : columns)
        values << row.value(column);
    return Sql::run(
        db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
        values, whatFailed);
}

Status overwrite(const QSqlDatabase &db, const QString &table, const QVariantMap &row,
                 const QString &whatFailed)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        assignments << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    values << row.value(QStringLiteral("id"));
    return Sql::run(db,
                    QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                        .arg(table, assignments.join(QStringLiteral(", "))),
                    values, whatFailed);
}

} // namespace StoredRows
