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

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QStringList Migrator::splitStatements(const QString &sql)
{
    // Strip line comments first, then split on semicolons that end a statement. A semicolon
    // inside a quoted string or identifier does not end one, and neither does one inside the
    // BEGIN ... END body of a CREATE TRIGGER (the END of a CASE expression in there is told
    // apart by counting CASEs).
    QString cleaned;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        cleaned += line + QLatin1Char('\n');
    }

    QStringList statements;
    QString current;
    QStringList wordsSoFar; // the first words of the statement, to recognise a trigger
    bool inTriggerBody = false;
    int caseDepth = 0;
    const auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
        wordsSoFar.clear();
        inTriggerBody = false;
        caseDepth = 0;
    };
    const auto isTrigger = [&wordsSoFar] {
        // CREATE [TEMP|TEMPORARY] TRIGGER
        if (wordsSoFar.size() < 2 || wordsSoFar.at(0) != QLatin1String("CREATE"))
            return false;
        if (wordsSoFar.at(1) == QLatin1String("TRIGGER"))
            return true;
        return wordsSoFar.size() >= 3 &&
               (wordsSoFar.at(1) == QLatin1String("TEMP") ||
                wordsSoFar.at(1) == QLatin1String("TEMPORARY")) &&
               wordsSoFar.at(2) == QLatin1String("TRIGGER");
    };

    const qsizetype length = cleaned.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = cleaned.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            // Quoted: copy up to the closing quote; a doubled quote is an escaped one.
            qsizetype end = i + 1;
            while (end < length) {
                if (cleaned.at(end) == c) {
                    if (end + 1 < length && cleaned.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            current += cleaned.mid(i, end - i + 1);
            i = end + 1;
            continue;
        }
        if (isWordCharacter(c)) {
            qsizetype end = i;
            while (end < length && isWordCharacter(cleaned.at(end)))
                ++end;
            const QString word = cleaned.mid(i, end - i);
            const QString upper = word.toUpper();
            if (wordsSoFar.size() < 3)
                wordsSoFar.append(upper);
            if (!inTriggerBody) {
                if (upper == QLatin1String("BEGIN") && isTrigger())
                    inTriggerBody = true;
            } else if (upper == QLatin1String("CASE")) {
                ++caseDepth;
            } else if (upper == QLatin1String("END")) {
                if (caseDepth > 0)
                    --caseDepth;
                else
                    inTriggerBody = false;
            }
            current += word;
            i = end;
            continue;
        }
        if (c == QLatin1Char(';') && !inTriggerBody) {
            finish();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finish();
    return statements;
}
