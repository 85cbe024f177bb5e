#pragma once

#include <QIdentityProxyModel>
#include <QList>

// Who attends, over a read-only list of people (column 0: the person's id): a check box on
// one column, kept by person id so it survives the list being read again after each
// command, and the order the chosen people are listed in the round. Sort a
// QSortFilterProxyModel on OrderRole to show the chosen ones first, in that order.
class PeopleChoiceModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        // The chosen first, in their order, then the rest as the source lists them.
        OrderRole = Qt::UserRole + 1,
        PersonIdRole,
    };

    explicit PeopleChoiceModel(int checkColumn, QObject *parent = nullptr);

    void setChosen(const QList<qint64> &ids);
    QList<qint64> chosen() const { return m_chosen; }
    bool isChosen(qint64 personId) const { return m_chosen.contains(personId); }
    void setChosen(qint64 personId, bool chosen);
    // Moves a chosen person earlier (delta < 0) or later in the round's list; false when
    // they are not chosen or already at that end.
    bool moveChosen(qint64 personId, int delta);
    // Forgets the chosen people the source no longer lists (deleted); returns who they were.
    QList<qint64> forgetUnlisted();
    // Whether the user may tick (a check box that can be changed); the ticks show either way.
    void setTickable(bool tickable);
    bool isTickable() const { return m_tickable; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void chosenChanged();

private:
    qint64 personIdAt(int row) const;
    void announce(qint64 personId);

    int m_checkColumn;
    bool m_tickable = true;
    QList<qint64> m_chosen;
};
