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

    // Every row of every table, for "exactly as before" comparisons.
    QStringList dump() const
    {
        QStringList lines;
        for (const QString &table :
             {QStringLiteral("companies"), QStringLiteral("stages"), QStringLiteral("applications"),
              QStringLiteral("stage_history"), QStringLiteral("settings"), QStringLiteral("people"),
              QStringLiteral("rounds"), QStringLiteral("round_people")}) {
            QSqlQuery query(database->sql());
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                       : query.value(i).toString());
                lines << table + QLatin1Char(':') + fields.join(QLatin1Char('|'));
            }
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
