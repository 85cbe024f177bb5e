#pragma once

#include <QWidget>

class AppSettings;
class BoardModel;
class NotesFeature;
class CardListView;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QScrollArea;
class QTimer;
class QUndoStack;
class StageColumn;

// The applications pipeline tab: a search field above a horizontally scrolling row of
// stage columns. Every change it makes is an undo command.
class PipelineView : public QWidget
{
    Q_OBJECT

public:
    PipelineView(BoardModel *model, QUndoStack *undoStack, AppSettings *settings,
                 QWidget *parent = nullptr);
    // With the notes feature, the application form also holds the salary target and
    // walk-away figure (kept with the notes); without it, it does not.
    void setNotes(NotesFeature *notes) { m_notes = notes; }

    // The Application menu in its groups: make and edit; move; archive and delete.
    QList<QAction *> editingActions() const;
    QList<QAction *> movingActions() const;
    QList<QAction *> removingActions() const;
    QList<QAction *> stageActions() const;
    QAction *findAction() const { return m_findAction; }
    QAction *showClosedAction() const { return m_showClosedAction; }
    QAction *newApplicationAction() const { return m_newAction; }

    int columnCount() const { return int(m_columns.size()); }
    CardListView *columnView(int stageRow) const;
    QLineEdit *searchField() const { return m_search; }
    QList<qint64> selectedIds() const;
    void selectCards(const QList<qint64> &ids);
    // Keyboard focus on the first card of the first column that has one, so the first
    // key a user presses acts on the board and its focus ring is visible.
    void focusBoard();
    int activeStageRow() const { return m_activeStage; }
    void setActiveStageRow(int row);

public slots:
    void newApplication();
    void editSelected();
    void archiveSelected();
    void deleteSelected();
    void showArchive();
    void moveSelectedToNeighbourStage(int direction);
    void moveSelectedWithinStage(int direction);
    void addStage(bool closed);
    void renameStage();
    void moveStage(int direction);
    void removeStage();

private:
    void createActions();
    void rebuildColumns();
    void refreshHeaders();
    void updateActions();
    void updateSummary();
    void onMoveRequested(const QList<qint64> &ids, qint64 toStageId, qint64 beforeId);
    void onSelectionChanged(int stageRow);
    void showError(const QString &message);
    bool refuseIfReadOnly();
    QAction *makeAction(const QString &text, const QKeySequence &shortcut,
                        void (PipelineView::*slot)());
    bool eventFilter(QObject *watched, QEvent *event) override;
    void autoScrollStep();

    BoardModel *m_model;
    QUndoStack *m_undoStack;
    AppSettings *m_settings;
    NotesFeature *m_notes = nullptr;
    QLineEdit *m_search;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    QWidget *m_board;
    QHBoxLayout *m_boardLayout;
    QMenu *m_stageMenu;
    QList<StageColumn *> m_columns;
    QList<QWidget *> m_closedWidgets;
    int m_activeStage = 0;
    // While a card is dragged near the board's left or right edge, the board scrolls so
    // columns out of sight can be reached.
    QTimer *m_autoScroll;
    int m_autoScrollDirection = 0;
    bool m_clearingSelection = false;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_archiveListAction = nullptr;
    QAction *m_previousStageAction = nullptr;
    QAction *m_nextStageAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_addStageAction = nullptr;
    QAction *m_addClosedStageAction = nullptr;
    QAction *m_renameStageAction = nullptr;
    QAction *m_stageLeftAction = nullptr;
    QAction *m_stageRightAction = nullptr;
    QAction *m_removeStageAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_showClosedAction = nullptr;
};
