#include "ui/pipeline/StageTimelineWidget.h"

#include <QLocale>

StageTimelineWidget::StageTimelineWidget(QWidget *parent)
    : QListWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setUniformItemSizes(true);
    setWordWrap(true);
}

void StageTimelineWidget::setHistory(const QList<HistoryEntry> &history)
{
    clear();
    for (const HistoryEntry &entry : history) {
        auto *item = new QListWidgetItem(describe(entry), this);
        // The list is short; the long form spells out the date for anyone unsure of the short one.
        item->setToolTip(QLocale().toString(entry.movedAt.toLocalTime(), QLocale::LongFormat));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    if (history.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No stage changes recorded."), this);
        item->setFlags(Qt::NoItemFlags);
    }
}

QString StageTimelineWidget::describe(const HistoryEntry &entry)
{
    const QString when = QLocale().toString(entry.movedAt.toLocalTime(), QLocale::ShortFormat);
    const QString move =
        entry.fromStage.isEmpty()
            ? tr("Added to %1").arg(entry.toStage)
            : tr("%1 → %2", "moved from one stage to another").arg(entry.fromStage, entry.toStage);
    return tr("%1 — %2", "date and time, then the stage change").arg(when, move);
}
