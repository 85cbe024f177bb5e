#pragma once

#include <QStyledItemDelegate>

// Paints one day of the month grid: the day number (circled for today), and a pill in
// the colour of the status that most needs attention with the number of rounds.
class MonthDayDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MonthDayDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Agenda rows with room to breathe: padded cells, a coloured dot before the status, and
// muted text for cancelled rounds and for people nobody has named yet.
class AgendaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AgendaDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// An upcoming round on two lines: when (with "Tomorrow" and the like on the right), then
// company, role and round.
class UpcomingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit UpcomingDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
