#pragma once

#include <QSortFilterProxyModel>

class QSqlTableModel;

// Sits between the read-only QSqlTableModel over `questions` and the bank's table view:
// filters by search text (question, answer and tags) and category, shows the category by
// name and the practice state in words, and makes nothing editable (edits go through forms
// that push undo commands). The view shows only the columns listed by visibleColumns().
class QuestionBankProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QuestionBankProxy(QSqlTableModel *table, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setCategory(const QString &key); // empty: all
    QString category() const { return m_category; }

    qint64 questionId(const QModelIndex &proxyIndex) const;
    QModelIndex indexOfQuestion(qint64 id) const;
    // Source columns the view shows, in the order it shows them.
    QList<int> visibleColumns() const;
    int textColumn() const { return m_text; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSqlTableModel *m_table;
    QString m_search;
    QString m_category;
    int m_id = -1;
    int m_text = -1;
    int m_categoryColumn = -1;
    int m_answer = -1;
    int m_tags = -1;
    int m_due = -1;
    int m_reps = -1;
};
