#pragma once

#include "ui/Tab.h"

#include <QPointer>

class PipelineView;
class QAction;
class QTimer;
class SpreadsheetActions;

// The applications board, first tab.
class PipelineTab : public Tab
{
    Q_OBJECT

public:
    explicit PipelineTab(const TabContext &context, QObject *parent = nullptr);

    QString title() const override;
    QList<Menu> menus() const override;
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    QList<QAction *> viewActions() const override;
    QWidget *open(FileSession *session) override;
    void close() override;
    void firstShown() override;
    qint64 selectedApplication() const override;

    PipelineView *view() const;

private:
    FileSession *m_session = nullptr;
    QPointer<PipelineView> m_view;
    // "Round 2 · Tue 14:00" on the cards goes stale as time passes.
    QTimer *m_nextRoundTimer;
    QAction *m_statisticsAction;
    SpreadsheetActions *m_spreadsheet; // File > Import / Export applications
};
