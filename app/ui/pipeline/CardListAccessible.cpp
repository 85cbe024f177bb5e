#include "ui/pipeline/CardListAccessible.h"

#include "ui/pipeline/CardListView.h"

#include <QItemSelectionModel>
#include <QWidget>

CardListAccessible::CardListAccessible(CardListView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

CardListAccessible::~CardListAccessible()
{
    forgetChildren();
}

QAccessibleInterface *CardListAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("CardListView") && object && object->isWidgetType())
        return new CardListAccessible(static_cast<CardListView *>(object));
    return nullptr;
}

CardListView *CardListAccessible::view() const
{
    return static_cast<CardListView *>(widget());
}

void CardListAccessible::forgetChildren() const
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
}

int CardListAccessible::childCount() const
{
    const CardListView *list = view();
    if (!list || !list->model())
        return 0;
    return list->model()->rowCount(list->rootIndex());
}

QAccessibleInterface *CardListAccessible::child(int index) const
{
    CardListView *list = view();
    if (!list || !list->model() || index < 0 || index >= childCount())
        return nullptr;
    const QModelIndex card = list->model()->index(index, 0, list->rootIndex());
    if (const auto found = m_children.constFind(index); found != m_children.cend()) {
        auto *known = static_cast<CardAccessible *>(QAccessible::accessibleInterface(*found));
        if (known && known->index() == card)
            return known;
        QAccessible::deleteAccessibleInterface(*found);
        m_children.erase(found);
    }
    auto *made = new CardAccessible(list, card);
    m_children.insert(index, QAccessible::registerAccessibleInterface(made));
    return made;
}

int CardListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child) {
            const auto *card = static_cast<const CardAccessible *>(child);
            return card->index().isValid() ? card->index().row() : -1;
        }
    }
    return -1;
}

QAccessibleInterface *CardListAccessible::childAt(int x, int y) const
{
    const CardListView *list = view();
    if (!list)
        return nullptr;
    const QPoint local = list->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = list->indexAt(local);
    return index.isValid() && index.parent() == list->rootIndex() ? child(index.row()) : nullptr;
}

QAccessibleInterface *CardListAccessible::focusChild() const
{
    const CardListView *list = view();
    if (!list || !list->hasFocus())
        return nullptr;
    const QModelIndex current = list->currentIndex();
    return current.isValid() && current.parent() == list->rootIndex() ? child(current.row())
                                                                      : nullptr;
}

CardAccessible::CardAccessible(CardListView *view, const QModelIndex &index)
    : m_view(view)
    , m_index(index)
{}

bool CardAccessible::isValid() const
{
    return m_view && m_index.isValid();
}

QWindow *CardAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *CardAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString CardAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    switch (type) {
    case QAccessible::Name:
        return m_index.data(Qt::AccessibleTextRole).toString();
    case QAccessible::Description:
        return m_index.data(Qt::AccessibleDescriptionRole).toString();
    default:
        return {};
    }
}

QRect CardAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect visual = m_view->visualRect(m_index);
    return QRect(m_view->viewport()->mapToGlobal(visual.topLeft()), visual.size());
}

QAccessible::State CardAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.selectable = true;
    state.multiSelectable = true;
    state.focusable = true;
    state.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(m_index);
    state.focused = m_view->hasFocus() && m_view->currentIndex() == m_index;
    state.invisible = !m_view->visualRect(m_index).intersects(m_view->viewport()->rect());
    state.offscreen = state.invisible;
    return state;
}
