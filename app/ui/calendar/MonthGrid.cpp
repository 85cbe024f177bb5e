#include "ui/calendar/MonthGrid.h"

#include "core/Clock.h"
#include "models/calendar/MonthModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QWheelEvent>

MonthGrid::MonthGrid(QWidget *parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rounds arrive from the agenda; the drop lands on the day under the pointer.
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDragDropOverwriteMode(true);
    setDropIndicatorShown(true);
    setDefaultDropAction(Qt::MoveAction);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(24);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setMinimumSectionSize(24);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model && index.isValid())
            emit dateActivated(m_model->dateForIndex(index));
    });
}

void MonthGrid::setMonthModel(MonthModel *model)
{
    m_model = model;
    setModel(model);
}

QDate MonthGrid::currentDate() const
{
    if (!m_model)
        return {};
    const QDate date = m_model->dateForIndex(currentIndex());
    return date.isValid() ? date : QDate(m_model->year(), m_model->month(), 1);
}

void MonthGrid::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const QDate current = currentDate();
    if (!current.isValid() || (modifiers != Qt::NoModifier && modifiers != Qt::ControlModifier)) {
        QTableView::keyPressEvent(event);
        return;
    }
    const bool control = modifiers == Qt::ControlModifier;
    const int forward = layoutDirection() == Qt::RightToLeft ? -1 : 1;
    QDate target;
    switch (event->key()) {
    case Qt::Key_Left:
        target = current.addDays(-forward);
        break;
    case Qt::Key_Right:
        target = current.addDays(forward);
        break;
    case Qt::Key_Up:
        target = current.addDays(-7);
        break;
    case Qt::Key_Down:
        target = current.addDays(7);
        break;
    // Page keys turn the page; with Ctrl they turn a year, as in QCalendarWidget.
    case Qt::Key_PageUp:
        target = control ? current.addYears(-1) : current.addMonths(-1);
        break;
    case Qt::Key_PageDown:
        target = control ? current.addYears(1) : current.addMonths(1);
        break;
    case Qt::Key_Home:
        target = Clock::today();
        break;
    case Qt::Key_End:
        target = QDate(current.year(), current.month(), current.daysInMonth());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit dateActivated(current);
        event->accept();
        return;
    default:
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
    if (target.isValid())
        emit dateRequested(target);
}

void MonthGrid::wheelEvent(QWheelEvent *event)
{
    // The grid never scrolls, so the wheel turns the page instead, one notch a month.
    m_wheelDelta += event->angleDelta().y();
    const QDate current = currentDate();
    while (current.isValid() && std::abs(m_wheelDelta) >= 120) {
        const int step = m_wheelDelta > 0 ? -1 : 1;
        m_wheelDelta += step * 120;
        emit dateRequested(currentDate().addMonths(step));
    }
    event->accept();
}
