#include "models/notes/NotesRoundList.h"

#include "core/LocaleFormat.h"
#include "core/RoundCatalog.h"
#include "core/RoundStore.h"
#include "core/notes/NotesChecklist.h"
#include "core/notes/NotesStore.h"
#include "core/text/PlainText.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

NotesRoundList::NotesRoundList(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(1);
}

Status NotesRoundList::reload(RoundStore *rounds, NotesStore *notes, const QDateTime &nowUtc)
{
    auto all = rounds->roundsBetween(QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC),
                                     QDateTime(QDate(3000, 1, 1), QTime(0, 0), Qt::UTC));
    if (!all)
        return all.status();
    auto needing = notes->roundsNeedingDebrief(nowUtc);
    if (!needing)
        return needing.status();
    const QSet<qint64> needsDebrief(needing.value().cbegin(), needing.value().cend());
    QList<qint64> ahead;
    for (const RoundInfo &round : all.value())
        if (round.endUtc() > nowUtc)
            ahead.append(round.id);
    auto readiness = notes->readiness(ahead);
    if (!readiness)
        return readiness.status();

    struct Group
    {
        qint64 applicationId = 0;
        QString title;
        QList<const RoundInfo *> ahead; // soonest first
        QList<const RoundInfo *> past;  // newest first
    };
    QHash<qint64, int> groupOf;
    QList<Group> groups;
    for (const RoundInfo &round : all.value()) {
        int index = groupOf.value(round.applicationId, -1);
        if (index < 0) {
            index = int(groups.size());
            groupOf.insert(round.applicationId, index);
            groups.append(
                {round.applicationId, tr("%1: %2").arg(round.company, round.role), {}, {}});
        }
        if (round.endUtc() > nowUtc)
            groups[index].ahead.append(&round);
        else
            groups[index].past.prepend(&round);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.ahead.isEmpty() != b.ahead.isEmpty())
            return !a.ahead.isEmpty();
        if (!a.ahead.isEmpty())
            return a.ahead.first()->startUtc < b.ahead.first()->startUtc;
        return a.past.first()->startUtc > b.past.first()->startUtc;
    });

    const QLocale locale;
    const QString time = LocaleFormat::shortTime();
    clear();
    setColumnCount(1);
    // Built apart and added at once: one insertion, not one per application.
    QList<QStandardItem *> applications;
    applications.reserve(groups.size());
    for (const Group &group : groups) {
        auto *application = new QStandardItem(group.title);
        application->setData(group.applicationId, ApplicationIdRole);
        application->setEditable(false);
        application->setSelectable(false);
        QFont bold = application->font();
        bold.setBold(true);
        application->setFont(bold);
        for (const RoundInfo *round : group.ahead + group.past) {
            const QDateTime start = round->startUtc.toLocalTime();
            // What needs doing first, the kind last: a narrow list cuts the end off.
            QString text = tr("Round %1, %2")
                               .arg(round->number)
                               .arg(locale.toString(start, QStringLiteral("ddd d MMM, ") + time));
            if (round->fields.status == RoundStatus::Cancelled)
                text = tr("%1 (cancelled)").arg(text);
            else if (readiness.value().contains(round->id))
                text = tr("%1 · %2").arg(
                    text, NotesChecklist::readinessText(readiness.value().value(round->id)));
            else if (needsDebrief.contains(round->id))
                text = tr("%1 · Write it down while it is fresh").arg(text);
            text = tr("%1 · %2").arg(text, RoundCatalog::label(round->fields.kind));
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setData(round->id, RoundIdRole);
            item->setData(round->applicationId, ApplicationIdRole);
            item->setData(needsDebrief.contains(round->id), NeedsDebriefRole);
            item->setToolTip(PlainText::toolTip(text));
            application->appendRow(item);
        }
        applications.append(application);
    }
    invisibleRootItem()->appendRows(applications);
    return Status::success();
}

QModelIndex NotesRoundList::indexOfRound(qint64 roundId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex parent = index(row, 0);
        for (int child = 0; child < rowCount(parent); ++child) {
            const QModelIndex round = index(child, 0, parent);
            if (round.data(RoundIdRole).toLongLong() == roundId)
                return round;
        }
    }
    return {};
}

QModelIndex NotesRoundList::firstRound() const
{
    if (rowCount() == 0 || rowCount(index(0, 0)) == 0)
        return {};
    return index(0, 0, index(0, 0));
}
