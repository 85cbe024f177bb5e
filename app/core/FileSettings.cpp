#include "core/FileSettings.h"

#include "core/Sql.h"

#include <QSqlQuery>

Result<QString> FileSettings::value(const QSqlDatabase &db, const QString &key,
                                    const QString &whatFailed)
{
    QSqlQuery query(db);
    if (Status ok = Sql::exec(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                              {key}, whatFailed);
        !ok)
        return ok;
    if (!query.next())
        return QString();
    return Sql::text(query.value(0).toString());
}

Status FileSettings::setValue(const QSqlDatabase &db, const QString &key, const QString &value,
                              const QString &whatFailed)
{
    return Sql::run(db,
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {key, Sql::text(value)}, whatFailed);
}
