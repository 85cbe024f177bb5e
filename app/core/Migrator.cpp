#include "core/Migrator.h"

#include "core/SqlErrorText.h"
#include "core/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

Migrator::Migrator(QString directory)
    : m_directory(std::move(directory))
{}

Status Migrator::load()
{
    m_steps.clear();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(QDir(m_directory).filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("The schema step %1 could not be read.").arg(fileName));
        Step step;
        step.version = match.captured(1).toInt();
        step.name = match.captured(2);
        step.sql = QString::fromUtf8(file.readAll());
        if (step.version != m_steps.size() + 1)
            return Status::failure(
                tr("The schema steps are not numbered 1, 2, 3…: %1 is out of order.")
                    .arg(fileName));
        m_steps.append(step);
    }
    if (m_steps.isEmpty())
        return Status::failure(tr("No schema steps were found."));
    return Status::success();
}

int Migrator::latestVersion() const
{
    return int(m_steps.size());
}

Status Migrator::migrate(QSqlDatabase &db, int fromVersion, const StepHook &afterStep) const
{
    for (const Step &step : m_steps) {
        if (step.version <= fromVersion)
            continue;
        Transaction transaction(db);
        if (Status begun = transaction.begin(); !begun)
            return begun;
        const QString failedText = tr("Updating the file to schema version %1 (%2) failed.")
                                       .arg(step.version)
                                       .arg(step.name);
        for (const QString &statement : splitStatements(step.sql)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return Status::failure(SqlErrorText::describe(query.lastError(), failedText));
        }
        if (afterStep) {
            if (Status hooked = afterStep(db, step.version); !hooked)
                return hooked;
        }
        // PRAGMA takes no bound values; the version is an integer we produced ourselves.
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return Status::failure(SqlErrorText::describe(pragma.lastError(), failedText));
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return Status::success();
}

QStringList Migrator::splitStatements(const QString &sql)
{
    // Strip line comments first, then split on semicolons that end a statement. The
    // migrations contain no triggers or string literals with semicolons.
    QString cleaned;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        cleaned += line + QLatin1Char('\n');
    }
    QStringList statements;
    const QStringList parts = cleaned.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}
