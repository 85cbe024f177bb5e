#pragma once

#include "core/Clock.h"
#include "core/Database.h"
#include "core/PipelineStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Fresh state for each test: a new folder, a new file, a fixed clock.
struct TestFile
{
    TestFile()
    {
        QStandardPaths::setTestModeEnabled(true);
        Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC); });
        auto opened = Database::open(dir.filePath(QStringLiteral("test.sqlite")));
        if (!opened.ok())
            qFatal("could not open test database: %s", qPrintable(opened.error()));
        database = opened.take();
        store = std::make_unique<PipelineStore>(database);
    }
    ~TestFile()
    {
        store.reset();
        database.reset();
        Clock::clearOverride();
    }

    qint64 stageId(int index) const { return store->stages().value().at(index).id; }

    qint64 add(const QString &company, const QString &role, int stageIndex = 0)
    {
        ApplicationFields fields;
        fields.company = company;
        fields.role = role;
        auto id = store->createApplication(fields, stageId(stageIndex));
        if (!id.ok())
            qFatal("could not add application: %s", qPrintable(id.error()));
        return id.value();
    }

    // Card ids of one stage, top to bottom, as stored.
    QList<qint64> column(int stageIndex) const
    {
        QSqlQuery query(database->sql());
        query.prepare(QStringLiteral("SELECT id FROM applications WHERE stage_id = ? AND "
                                     "archived_at IS NULL ORDER BY position"));
        query.addBindValue(stageId(stageIndex));
        query.exec();
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }

    // Every row of every ordinary table, for "exactly as before" comparisons. The tables
    // are read from the schema, so one a later migration adds is compared too; full-text
    // indexes (virtual tables and their shadow tables) are derived data and left out.
    QStringList dump() const
    {
        QStringList virtualTables;
        QStringList tables;
        QSqlQuery list(database->sql());
        if (!list.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
            qFatal("could not list the tables");
        while (list.next()) {
            const QString name = list.value(0).toString();
            if (list.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                                    Qt::CaseInsensitive))
                virtualTables << name;
            else
                tables << name;
        }
        QStringList lines;
        for (const QString &table : std::as_const(tables)) {
            bool shadow = false;
            for (const QString &index : std::as_const(virtualTables))
                shadow = shadow || table.startsWith(index + QLatin1Char('_'));
            if (shadow)
                continue;
            QSqlQuery query(database->sql());
            if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                qFatal("could not dump %s", qPrintable(table));
            QStringList rows;
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                       : query.value(i).toString());
                rows << table + QLatin1Char(':') + fields.join(QLatin1Char('|'));
            }
            rows.sort();
            lines += rows;
        }
        return lines;
    }

    int historyCount(qint64 applicationId) const
    {
        QSqlQuery query(database->sql());
        query.prepare(
            QStringLiteral("SELECT count(*) FROM stage_history WHERE application_id = ?"));
        query.addBindValue(applicationId);
        query.exec();
        query.next();
        return query.value(0).toInt();
    }

    QTemporaryDir dir;
    std::shared_ptr<Database> database;
    std::unique_ptr<PipelineStore> store;
};
