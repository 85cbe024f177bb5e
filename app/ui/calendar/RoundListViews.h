#pragma once

#include <QListView>
#include <QTableView>

// The agenda table: one round per row, dragged onto the month view to move it, opened
// with a double-click or Enter, and a sentence instead of a blank grid when empty.
class AgendaView : public QTableView
{
    Q_OBJECT

public:
    explicit AgendaView(QWidget *parent = nullptr);

    QString emptyText() const { return m_emptyText; }
    void setEmptyText(const QString &text);
    // The round in the current row, 0 when none.
    qint64 currentRoundId() const;
    void selectRound(qint64 roundId);
    // Columns that give up width when space is short and take the rest when it is not;
    // the others keep the width of their contents.
    void setFlexibleColumns(const QList<int> &columns);

    void setModel(QAbstractItemModel *model) override;

signals:
    void openRequested(qint64 roundId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();

    QString m_emptyText;
    QList<int> m_flexible;
    QList<QMetaObject::Connection> m_modelConnections;
};

// The upcoming rounds list, with the same opening and dragging as the agenda.
class UpcomingView : public QListView
{
    Q_OBJECT

public:
    explicit UpcomingView(QWidget *parent = nullptr);

    QString emptyText() const { return m_emptyText; }
    void setEmptyText(const QString &text);
    qint64 currentRoundId() const;

signals:
    void openRequested(qint64 roundId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_emptyText;
};
