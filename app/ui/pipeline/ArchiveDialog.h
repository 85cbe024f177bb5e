#pragma once

#include <QDialog>

class ArchivedListModel;
class BoardModel;
class QSortFilterProxyModel;
class QPushButton;
class QTableView;
class QUndoStack;

// Lists archived applications and puts chosen ones back on the board (undoably).
class ArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveDialog(BoardModel *board, QUndoStack *undoStack, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void restoreSelected();

private:
    void updateButtons();

    BoardModel *m_board;
    QUndoStack *m_undoStack;
    ArchivedListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_restore;
};
