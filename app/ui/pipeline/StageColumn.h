#pragma once

#include <QFrame>

class BoardModel;
class CardListView;
class QLabel;
class QToolButton;
class QMenu;

// One stage on the board: its header (name, count, menu) above its cards.
class StageColumn : public QFrame
{
    Q_OBJECT

public:
    static constexpr int Width = 264;

    StageColumn(BoardModel *model, int stageRow, QMenu *stageMenu, QWidget *parent = nullptr);

    CardListView *view() const { return m_view; }
    int stageRow() const { return m_stageRow; }
    void refreshHeader();
    void setActive(bool active);

private:
    BoardModel *m_model;
    int m_stageRow;
    QLabel *m_title;
    QLabel *m_count;
    QToolButton *m_menuButton;
    CardListView *m_view;
};
