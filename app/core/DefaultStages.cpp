#include "core/DefaultStages.h"

#include "core/Sql.h"
#include "core/Transaction.h"
#include "core/languages/UiLanguage.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Default
{
    const char *key;
    bool closed;
};

const Default defaults[] = {
    {QT_TRANSLATE_NOOP("DefaultStages", "Saved"), false},
    {QT_TRANSLATE_NOOP("DefaultStages", "Applied"), false},
    {QT_TRANSLATE_NOOP("DefaultStages", "Screening"), false},
    {QT_TRANSLATE_NOOP("DefaultStages", "Interviewing"), false},
    {QT_TRANSLATE_NOOP("DefaultStages", "Final round"), false},
    {QT_TRANSLATE_NOOP("DefaultStages", "Offer"), false},
    {QT_TRANSLATE_NOOP("DefaultStages", "Accepted"), false},
    {QT_TRANSLATE_NOOP("DefaultStages", "Rejected"), true},
    {QT_TRANSLATE_NOOP("DefaultStages", "Withdrawn"), true},
    {QT_TRANSLATE_NOOP("DefaultStages", "No response"), true},
};

} // namespace

QList<DefaultStages::Entry> DefaultStages::entries()
{
    QList<Entry> result;
    for (const Default &each : defaults)
        result.append({QString::fromLatin1(each.key), tr(each.key), each.closed});
    return result;
}

QString DefaultStages::nameFor(const QString &key)
{
    for (const Default &each : defaults)
        if (key == QLatin1String(each.key))
            return tr(each.key);
    return {};
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

Status DefaultStages::adopt(QSqlDatabase &db)
{
    // Every name a default has had: English, the interface's language, and each shipped
    // translation (a file may have been made in any of them).
    QHash<QString, const Default *> known;
    for (const Default &each : defaults) {
        known.insert(QString::fromLatin1(each.key), &each);
        known.insert(tr(each.key), &each);
        for (const QString &code : UiLanguage::shippedCodes()) {
            const QString name = UiLanguage::translateIn(code, "DefaultStages", each.key);
            if (!name.isEmpty())
                known.insert(name, &each);
        }
    }
    const QString failed = tr("The stages could not be updated.");
    Sql read(db, QStringLiteral("SELECT id, name, is_closed FROM stages ORDER BY position"));
    if (Status ok = read.exec(failed); !ok)
        return ok;
    QSet<const Default *> taken;
    QList<std::pair<qint64, std::pair<QString, QString>>> marks;
    while (read.next()) {
        const QString name = read.value(1).toString();
        const Default *match = known.value(name);
        // One stage per default, and only where open or closed agrees.
        if (!match || taken.contains(match) || match->closed != read.value(2).toBool())
            continue;
        taken.insert(match);
        marks.append({read.value(0).toLongLong(), {QString::fromLatin1(match->key), name}});
    }
    for (const auto &mark : marks)
        if (Status ok = Sql::run(db,
                                 QStringLiteral("UPDATE stages SET default_key = ?, "
                                                "default_name = ? WHERE id = ?"),
                                 {mark.second.first, mark.second.second, mark.first}, failed);
            !ok)
            return ok;
    return Status::success();
}

Status DefaultStages::localise(QSqlDatabase &db)
{
    const QString failed = tr("The stages could not be updated.");
    // A file opened with an older set of schema steps (only tests do) has nothing to do.
    Sql columns(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('stages') "
                                   "WHERE name IN ('default_key', 'default_name')"));
    if (Status ok = columns.exec(failed); !ok)
        return ok;
    if (!columns.next() || columns.value(0).toInt() != 2)
        return Status::success();
    Sql read(db, QStringLiteral("SELECT id, name, default_key, default_name FROM stages"));
    if (Status ok = read.exec(failed); !ok)
        return ok;
    struct Change
    {
        qint64 id;
        QString from;
        QString to;
    };
    QList<Change> changes;
    QSet<QString> names;
    while (read.next()) {
        const QString name = read.value(1).toString();
        names.insert(name.toCaseFolded());
        const QString wanted = nameFor(read.value(2).toString());
        // A stage the user renamed no longer has the name SecondRound gave it.
        if (wanted.isEmpty() || name != read.value(3).toString() || name == wanted)
            continue;
        changes.append({read.value(0).toLongLong(), name, wanted});
    }
    if (changes.isEmpty())
        return Status::success();

    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (const Change &change : std::as_const(changes)) {
        // Never two stages of the same name: a stage the user added may have it already.
        if (names.contains(change.to.toCaseFolded()))
            continue;
        names.remove(change.from.toCaseFolded());
        names.insert(change.to.toCaseFolded());
        if (Status ok = Sql::run(db,
                                 QStringLiteral("UPDATE stages SET name = ?, default_name = ? "
                                                "WHERE id = ?"),
                                 {change.to, change.to, change.id}, failed);
            !ok)
            return ok;
        // The history keeps what a move was called; only the words change with the language.
        if (Status ok = Sql::run(db,
                                 QStringLiteral("UPDATE stage_history SET to_stage_name = ? "
                                                "WHERE to_stage_id = ? AND to_stage_name = ?"),
                                 {change.to, change.id, change.from}, failed);
            !ok)
            return ok;
        if (Status ok = Sql::run(db,
                                 QStringLiteral("UPDATE stage_history SET from_stage_name = ? "
                                                "WHERE from_stage_id = ? AND from_stage_name = ?"),
                                 {change.to, change.id, change.from}, failed);
            !ok)
            return ok;
    }
    return transaction.commit();
}
