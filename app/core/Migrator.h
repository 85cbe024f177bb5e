#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Applies the numbered .sql files of a folder (normally the :/migrations resource) in
// order. Each step runs in its own transaction that also sets PRAGMA user_version, so a
// file is always at exactly one known version.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Step
    {
        int version = 0;
        QString name;
        QString sql;
    };
    using StepHook = std::function<Status(QSqlDatabase &db, int version)>;

    explicit Migrator(QString directory = QStringLiteral(":/migrations"));

    Status load();
    int latestVersion() const;
    const QList<Step> &steps() const { return m_steps; }

    // Runs every step after fromVersion. afterStep runs inside each step's transaction.
    Status migrate(QSqlDatabase &db, int fromVersion, const StepHook &afterStep = {}) const;

    static QStringList splitStatements(const QString &sql);

private:
    QString m_directory;
    QList<Step> m_steps;
};
