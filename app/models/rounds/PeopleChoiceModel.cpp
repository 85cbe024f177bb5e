#include "models/rounds/PeopleChoiceModel.h"

#include <QSet>

namespace {

// Beyond any number of chosen people, so the rest sort after them.
constexpr qint64 UnchosenRank = qint64(1) << 40;

} // namespace

PeopleChoiceModel::PeopleChoiceModel(int checkColumn, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_checkColumn(checkColumn)
{}

qint64 PeopleChoiceModel::personIdAt(int row) const
{
    if (!sourceModel())
        return 0;
    return sourceModel()->index(row, 0).data().toLongLong();
}

void PeopleChoiceModel::announce(qint64 personId)
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows == 0 || columns == 0)
        return;
    if (personId == 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1),
                         {Qt::CheckStateRole, OrderRole});
        return;
    }
    for (int row = 0; row < rows; ++row)
        if (personIdAt(row) == personId)
            emit dataChanged(index(row, 0), index(row, columns - 1),
                             {Qt::CheckStateRole, OrderRole});
}

void PeopleChoiceModel::setChosen(const QList<qint64> &ids)
{
    m_chosen.clear();
    for (qint64 id : ids)
        if (id != 0 && !m_chosen.contains(id))
            m_chosen << id;
    announce(0);
    emit chosenChanged();
}

void PeopleChoiceModel::setChosen(qint64 personId, bool chosen)
{
    if (personId == 0 || chosen == isChosen(personId))
        return;
    if (chosen)
        m_chosen << personId;
    else
        m_chosen.removeAll(personId);
    // The order of the others changes when one leaves the middle of the list.
    announce(chosen ? personId : 0);
    emit chosenChanged();
}

bool PeopleChoiceModel::moveChosen(qint64 personId, int delta)
{
    const int from = int(m_chosen.indexOf(personId));
    const int to = from + delta;
    if (from < 0 || delta == 0 || to < 0 || to >= m_chosen.size())
        return false;
    m_chosen.move(from, to);
    announce(0);
    emit chosenChanged();
    return true;
}

QList<qint64> PeopleChoiceModel::forgetUnlisted()
{
    QSet<qint64> listed;
    for (int row = 0; row < rowCount(); ++row)
        listed.insert(personIdAt(row));
    QList<qint64> gone;
    for (qint64 id : std::as_const(m_chosen))
        if (!listed.contains(id))
            gone << id;
    if (gone.isEmpty())
        return gone;
    for (qint64 id : std::as_const(gone))
        m_chosen.removeAll(id);
    announce(0);
    emit chosenChanged();
    return gone;
}

void PeopleChoiceModel::setTickable(bool tickable)
{
    if (tickable == m_tickable)
        return;
    m_tickable = tickable;
    // Flags have no role of their own: every role of every row may have changed.
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

Qt::ItemFlags PeopleChoiceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    if (m_tickable && index.isValid() && index.column() == m_checkColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PeopleChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::CheckStateRole:
        if (index.column() != m_checkColumn)
            break;
        return isChosen(personIdAt(index.row())) ? Qt::Checked : Qt::Unchecked;
    case OrderRole: {
        const qint64 at = m_chosen.indexOf(personIdAt(index.row()));
        return at >= 0 ? at : UnchosenRank + index.row();
    }
    case PersonIdRole:
        return personIdAt(index.row());
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

bool PeopleChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != m_checkColumn)
        return QIdentityProxyModel::setData(index, value, role);
    const qint64 id = personIdAt(index.row());
    if (id == 0 || !m_tickable)
        return false;
    setChosen(id, value.toInt() == Qt::Checked);
    return true;
}
