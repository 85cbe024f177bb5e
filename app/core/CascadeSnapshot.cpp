#include "core/CascadeSnapshot.h"

#include "core/Sql.h"
#include "core/StoredRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

struct ForeignKey
{
    QString child;
    QString from;
    QString parent;
    QString to;
    QString onDelete;
};

Result<QList<ForeignKey>> foreignKeys(const QSqlDatabase &db)
{
    Sql sql(db, QStringLiteral("SELECT m.name, f.\"from\", f.\"table\", f.\"to\", f.on_delete "
                               "FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                               "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"));
    if (Status ok = sql.exec(QCoreApplication::translate(
            "CascadeSnapshot", "The file's structure could not be read."));
        !ok)
        return ok;
    QList<ForeignKey> keys;
    while (sql.next()) {
        ForeignKey key{sql.value(0).toString(), sql.value(1).toString(), sql.value(2).toString(),
                       sql.value(3).toString(), sql.value(4).toString().toUpper()};
        // A key that names no column refers to the parent's primary key, which is "id"
        // throughout this schema.
        if (key.to.isEmpty())
            key.to = QStringLiteral("id");
        keys.append(key);
    }
    return keys;
}

// The values as one bound JSON array, read with json_each: one value however many rows.
QString jsonArray(const QVariantList &values)
{
    QJsonArray array;
    for (const QVariant &value : values)
        array.append(QJsonValue::fromVariant(value));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString rowKey(const QVariantMap &row)
{
    QStringList parts;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        parts << it.key() + QLatin1Char('=') +
                     (it.value().isNull() ? QStringLiteral("\x01") : it.value().toString());
    return parts.join(QChar(0x02));
}

} // namespace

Result<CascadeSnapshot> CascadeSnapshot::take(const QSqlDatabase &db, const QString &table,
                                              const QList<qint64> &ids)
{
    CascadeSnapshot snapshot;
    if (ids.isEmpty())
        return snapshot;
    auto keys = foreignKeys(db);
    if (!keys)
        return keys.status();
    const QString failed = tr("The rows that belong to it could not be read.");

    struct Pending
    {
        QString table;
        QString column;
        QVariantList values;
        int depth = 0;
    };
    QVariantList first;
    for (qint64 id : ids)
        first << id;
    QList<Pending> queue{{table, QStringLiteral("id"), first, 0}};
    QHash<QString, QSet<QString>> seen;
    for (qsizetype next = 0; next < queue.size(); ++next) {
        const Pending pending = queue.at(next);
        // The schema has no cycles of cascades; this only stops a broken one.
        if (pending.values.isEmpty() || pending.depth > 16)
            continue;
        const QString values = jsonArray(pending.values);
        for (const ForeignKey &key : keys.value()) {
            if (key.parent.compare(pending.table, Qt::CaseInsensitive) != 0 ||
                key.to.compare(pending.column, Qt::CaseInsensitive) != 0)
                continue;
            // Names come from the schema, never from user text.
            if (key.onDelete == QLatin1String("SET NULL")) {
                Sql sql(db,
                        QStringLiteral("SELECT rowid, \"%1\" FROM \"%2\" WHERE \"%1\" IN "
                                       "(SELECT value FROM json_each(?))")
                            .arg(key.from, key.child),
                        {values});
                if (Status ok = sql.exec(failed); !ok)
                    return ok;
                while (sql.next())
                    snapshot.m_unlinked.append(
                        {key.child, key.from, sql.value(1), sql.value(0).toLongLong()});
                continue;
            }
            if (key.onDelete != QLatin1String("CASCADE"))
                continue;
            auto rows = StoredRows::read(db,
                                         QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" IN "
                                                        "(SELECT value FROM json_each(?)) "
                                                        "ORDER BY 1")
                                             .arg(key.child, key.from),
                                         {values}, failed);
            if (!rows)
                return rows.status();
            Rows level{key.child, {}};
            QSet<QString> &known = seen[key.child];
            for (const QVariantMap &row : rows.value()) {
                const QString identity = rowKey(row);
                if (known.contains(identity))
                    continue;
                known.insert(identity);
                level.rows.append(row);
            }
            if (level.rows.isEmpty())
                continue;
            // What refers to these rows in turn goes with them too.
            QSet<QString> referenced;
            for (const ForeignKey &grandchild : keys.value())
                if (grandchild.parent.compare(key.child, Qt::CaseInsensitive) == 0)
                    referenced.insert(grandchild.to);
            for (const QString &column : referenced) {
                QVariantList columnValues;
                for (const QVariantMap &row : std::as_const(level.rows))
                    columnValues << row.value(column);
                queue.append({key.child, column, columnValues, pending.depth + 1});
            }
            snapshot.m_levels.append(level);
        }
    }
    return snapshot;
}

Status CascadeSnapshot::restore(const QSqlDatabase &db) const
{
    const QString failed = tr("The rows that belong to it could not be put back.");
    // A row can depend on two restored parents that sit at different levels; checking the
    // foreign keys at commit instead of per row makes the order of the levels irrelevant.
    // SQLite switches this off again at the end of the transaction.
    if (Status ok = Sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, failed); !ok)
        return ok;
    // Unlinked rows first: they survived the delete under their rowid, which nothing has
    // taken since (later changes are undone before this one). A row that the same delete
    // also removed by cascade matches nothing here and comes back whole below; done the
    // other way round, its new rowid could be another row's.
    for (const Unlinked &unlinked : m_unlinked)
        if (Status ok = Sql::run(db,
                                 QStringLiteral("UPDATE \"%1\" SET \"%2\" = ? WHERE rowid = ?")
                                     .arg(unlinked.table, unlinked.column),
                                 {unlinked.value, unlinked.rowid}, failed);
            !ok)
            return ok;
    for (const Rows &level : m_levels)
        for (const QVariantMap &row : level.rows)
            if (Status ok = StoredRows::insert(db, level.table, row, failed); !ok)
                return ok;
    return Status::success();
}

QList<QVariantMap> CascadeSnapshot::rows(const QString &table) const
{
    QList<QVariantMap> result;
    for (const Rows &level : m_levels)
        if (level.table == table)
            result += level.rows;
    return result;
}

int CascadeSnapshot::unlinkedCount(const QString &table) const
{
    int count = 0;
    for (const Unlinked &unlinked : m_unlinked)
        if (unlinked.table == table)
            ++count;
    return count;
}
