#pragma once

#include <QListView>

// One board column's list of cards: drag source and drop target, with an empty-state
// hint and arrow keys that step to the neighbouring column.
class CardListView : public QListView
{
    Q_OBJECT

public:
    explicit CardListView(QWidget *parent = nullptr);

signals:
    void neighbourRequested(int direction);
    void focused();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool m_dragOver = false;
};
