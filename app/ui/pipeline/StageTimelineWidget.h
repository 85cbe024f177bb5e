#pragma once

#include "core/PipelineTypes.h"

#include <QListWidget>

// Read-only list of an application's moves between stages, oldest first, with times in
// the user's local time zone and locale.
class StageTimelineWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit StageTimelineWidget(QWidget *parent = nullptr);

    void setHistory(const QList<HistoryEntry> &history);
    // One line of the list, e.g. "5/3/24 2:05 PM — Applied → Screening".
    static QString describe(const HistoryEntry &entry);
};
