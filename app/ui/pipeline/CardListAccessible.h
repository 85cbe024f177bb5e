#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>

class CardListView;

// What a screen reader sees of one board column. Qt's own interface for a QListView counts
// and indexes the rows at the top of the model, not under the view's root index; a column
// is rooted at its stage, so it reported the number of stages and every card past that was
// unreachable. This one lists exactly the cards of its stage.
class CardListAccessible : public QAccessibleWidget
{
public:
    explicit CardListAccessible(CardListView *view);
    ~CardListAccessible() override;

    // For QAccessible::installFactory.
    static QAccessibleInterface *create(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    CardListView *view() const;
    void forgetChildren() const;

    // Registered interfaces of the cards asked for, by row; dropped when the row now holds
    // another card.
    mutable QHash<int, QAccessible::Id> m_children;
};

// One card, spoken as the model's accessible text (company, role, days in the stage,
// "No activity", the next round).
class CardAccessible : public QAccessibleInterface
{
public:
    CardAccessible(CardListView *view, const QModelIndex &index);

    const QPersistentModelIndex &index() const { return m_index; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

private:
    QPointer<CardListView> m_view;
    QPersistentModelIndex m_index;
};
