#include "core/Sql.h"

#include "core/SqlErrorText.h"

#include <QSqlError>
#include <QSqlRecord>

Sql::Sql(const QSqlDatabase &db, const QString &statement)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(statement);
}

Sql::Sql(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
    : Sql(db, statement)
{
    for (const QVariant &value : values)
        bind(value);
}

Sql &Sql::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Status Sql::exec(const QString &whatFailed)
{
    if (!m_prepared || !m_query.exec())
        return Status::failure(SqlErrorText::describe(m_query.lastError(), whatFailed));
    return Status::success();
}

Status Sql::exec(QSqlQuery &query, const QString &statement, const QVariantList &values,
                 const QString &whatFailed)
{
    if (!query.prepare(statement))
        return Status::failure(SqlErrorText::describe(query.lastError(), whatFailed));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Status::failure(SqlErrorText::describe(query.lastError(), whatFailed));
    return Status::success();
}

QVariantMap Sql::rowOf(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    QVariantMap row;
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), record.value(i));
    return row;
}

Status Sql::run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                const QString &whatFailed)
{
    Sql sql(db, statement, values);
    return sql.exec(whatFailed);
}

Result<QVariant> Sql::scalar(const QSqlDatabase &db, const QString &statement,
                             const QVariantList &values, const QString &whatFailed)
{
    Sql sql(db, statement, values);
    if (Status ok = sql.exec(whatFailed); !ok)
        return ok;
    if (!sql.next())
        return QVariant();
    return sql.value(0);
}

QVariant Sql::nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString Sql::idArray(const QList<qint64> &ids)
{
    QString json;
    json.reserve(int(ids.size()) * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    json += QLatin1Char(']');
    return json;
}
