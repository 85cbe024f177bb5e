#include "ui/pipeline/CardListView.h"

#include "ui/pipeline/CardListAccessible.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QPainter>

CardListView::CardListView(QWidget *parent)
    : QListView(parent)
{
    static const bool accessibleInstalled = [] {
        QAccessible::installFactory(&CardListAccessible::create);
        return true;
    }();
    Q_UNUSED(accessibleInstalled)
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    setMouseTracking(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    viewport()->setAttribute(Qt::WA_Hover);
}

void CardListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!model() || model()->rowCount(rootIndex()) > 0)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.45f);
    painter.setPen(color);
    const QRect area = viewport()->rect().adjusted(12, 24, -12, -12);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     m_dragOver ? tr("Drop here") : tr("No applications"));
}

void CardListView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier &&
        (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        emit neighbourRequested(event->key() == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void CardListView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    emit focused();
}

void CardListView::mousePressEvent(QMouseEvent *event)
{
    emit focused();
    QListView::mousePressEvent(event);
}

void CardListView::dragEnterEvent(QDragEnterEvent *event)
{
    m_dragOver = true;
    QListView::dragEnterEvent(event);
    viewport()->update();
}

void CardListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragOver = false;
    QListView::dragLeaveEvent(event);
    viewport()->update();
}

void CardListView::dropEvent(QDropEvent *event)
{
    m_dragOver = false;
    QListView::dropEvent(event);
    viewport()->update();
}
