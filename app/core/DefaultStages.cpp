#include "core/DefaultStages.h"

#include "core/PipelineStore.h"
#include "core/Transaction.h"
#include "core/languages/UiLanguage.h"

#include <QHash>
#include <QSet>

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
    QList<StageInfo> stages;
    int position = 0;
    for (const Entry &entry : entries()) {
        StageInfo stage;
        stage.name = entry.name;
        stage.position = position++;
        stage.closed = entry.closed;
        stages.append(stage);
    }
    return PipelineStore::seedStages(db, stages);
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
    const Result<QList<StageInfo>> stages = PipelineStore::stagesOn(db);
    if (!stages)
        return stages.status();
    QSet<const Default *> taken;
    for (const StageInfo &stage : stages.value()) {
        const Default *match = known.value(stage.name);
        // One stage per default, and only where open or closed agrees.
        if (!match || taken.contains(match) || match->closed != stage.closed)
            continue;
        taken.insert(match);
        if (Status ok = PipelineStore::markDefaultStage(
                db, stage.id, QString::fromLatin1(match->key), stage.name);
            !ok)
            return ok;
    }
    return Status::success();
}

Status DefaultStages::localise(QSqlDatabase &db)
{
    // A file opened with an older set of schema steps (only tests do) has no defaults, so
    // nothing to do: its stages come back without a default key.
    const Result<QList<StageInfo>> stages = PipelineStore::stagesOn(db);
    if (!stages)
        return stages.status();
    struct Change
    {
        qint64 id;
        QString from;
        QString to;
    };
    QList<Change> changes;
    QSet<QString> names;
    for (const StageInfo &stage : stages.value()) {
        names.insert(stage.name.toCaseFolded());
        const QString wanted = nameFor(stage.defaultKey);
        // A stage the user renamed no longer has the name SecondRound gave it.
        if (wanted.isEmpty() || stage.name != stage.defaultName || stage.name == wanted)
            continue;
        changes.append({stage.id, stage.name, wanted});
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
        if (Status ok = PipelineStore::renameDefaultStage(db, change.id, change.from, change.to);
            !ok)
            return ok;
    }
    return transaction.commit();
}
