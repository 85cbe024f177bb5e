#include "core/DefaultStages.h"

#include <QSqlError>
#include <QSqlQuery>

QList<DefaultStages::Entry> DefaultStages::entries()
{
    return {
        {tr("Saved"), false},        {tr("Applied"), false},     {tr("Screening"), false},
        {tr("Interviewing"), false}, {tr("Final round"), false}, {tr("Offer"), false},
        {tr("Accepted"), false},     {tr("Rejected"), true},     {tr("Withdrawn"), true},
        {tr("No response"), true},
    };
}

Status DefaultStages::insert(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("INSERT INTO stages (name, position, is_closed) VALUES (?, ?, ?)")))
        return Status::failure(query.lastError().text());
    int position = 0;
    for (const Entry &entry : entries()) {
        query.addBindValue(entry.name);
        query.addBindValue(position++);
        query.addBindValue(entry.closed ? 1 : 0);
        if (!query.exec())
            return Status::failure(query.lastError().text());
    }
    return Status::success();
}
