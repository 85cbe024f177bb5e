#include "models/letters/LetterListModel.h"

#include "core/letters/LetterStore.h"

#include <QLocale>

#include <algorithm>

LetterListModel::LetterListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

LetterListModel::Group LetterListModel::groupOf(const LetterInfo &letter, const QDateTime &nowUtc)
{
    switch (letter.status) {
    case LetterStatus::Sent:
        return Group::Sent;
    case LetterStatus::Replied:
        return Group::Replied;
    default:
        return LetterStore::hasEnded(letter.roundStatus, letter.roundEndUtc, nowUtc)
                   ? Group::Due
                   : Group::Drafts;
    }
}

QString LetterListModel::groupTitle(Group group)
{
    switch (group) {
    case Group::Due:
        return tr("Due");
    case Group::Drafts:
        return tr("Drafts");
    case Group::Sent:
        return tr("Sent");
    case Group::Replied:
        return tr("Replied");
    }
    return {};
}

QString LetterListModel::statusText(const LetterInfo &letter)
{
    const QLocale locale;
    const auto when = [&locale](const QDateTime &utc) {
        return locale.toString(utc.toLocalTime(), QLocale::ShortFormat);
    };
    switch (letter.status) {
    case LetterStatus::Proposed:
        return tr("Proposed");
    case LetterStatus::Draft:
        return tr("Draft");
    case LetterStatus::Sent:
        return tr("Sent %1").arg(when(letter.sentAt));
    case LetterStatus::Replied:
        return letter.repliedAt.isValid() ? tr("Replied %1").arg(when(letter.repliedAt))
                                          : tr("Replied");
    case LetterStatus::Discarded:
        return tr("Discarded");
    }
    return {};
}

void LetterListModel::rebuild(const QList<LetterInfo> &letters)
{
    m_sections.clear();
    for (Group group : {Group::Due, Group::Drafts, Group::Sent, Group::Replied}) {
        Section section{group, {}};
        for (const LetterInfo &letter : letters)
            if (groupOf(letter, m_now) == group)
                section.letters << letter;
        if (section.letters.isEmpty())
            continue;
        // Due: soonest due first (so overdue on top). Sent and replied: latest first.
        std::stable_sort(section.letters.begin(), section.letters.end(),
                         [group](const LetterInfo &a, const LetterInfo &b) {
                             if (group == Group::Sent)
                                 return a.sentAt > b.sentAt;
                             if (group == Group::Replied)
                                 return a.repliedAt > b.repliedAt;
                             return a.roundEndUtc < b.roundEndUtc;
                         });
        m_sections << section;
    }
}

void LetterListModel::setLetters(const QList<LetterInfo> &letters, const QDateTime &nowUtc)
{
    beginResetModel();
    m_now = nowUtc;
    rebuild(letters);
    endResetModel();
}

void LetterListModel::setNow(const QDateTime &nowUtc)
{
    QList<LetterInfo> all;
    bool regroup = false;
    for (const Section &section : std::as_const(m_sections))
        for (const LetterInfo &letter : section.letters) {
            all << letter;
            regroup = regroup || groupOf(letter, nowUtc) != section.group;
        }
    if (regroup) {
        setLetters(all, nowUtc);
        return;
    }
    m_now = nowUtc;
    for (int s = 0; s < m_sections.size(); ++s) {
        if (m_sections.at(s).letters.isEmpty())
            continue;
        const QModelIndex heading = index(s, 0);
        emit dataChanged(index(0, 0, heading),
                         index(int(m_sections.at(s).letters.size()) - 1, ColumnCount - 1, heading));
    }
}

int LetterListModel::dueCount() const
{
    for (const Section &section : m_sections)
        if (section.group == Group::Due)
            return int(section.letters.size());
    return 0;
}

const LetterInfo *LetterListModel::letter(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == HeadingId)
        return nullptr;
    const Section &section = m_sections.at(int(index.internalId() - 1));
    return &section.letters.at(index.row());
}

QModelIndex LetterListModel::indexOf(qint64 letterId, int column) const
{
    for (int s = 0; s < m_sections.size(); ++s)
        for (int row = 0; row < m_sections.at(s).letters.size(); ++row)
            if (m_sections.at(s).letters.at(row).id == letterId)
                return createIndex(row, column, quintptr(s + 1));
    return {};
}

QModelIndex LetterListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, HeadingId) : QModelIndex();
    if (parent.internalId() != HeadingId || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).letters.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LetterListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == HeadingId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, HeadingId);
}

int LetterListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != HeadingId)
        return 0;
    return int(m_sections.at(parent.row()).letters.size());
}

int LetterListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LetterListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == HeadingId) {
        const Section &section = m_sections.at(index.row());
        if (role == GroupRole)
            return int(section.group);
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("%1 (%2)").arg(groupTitle(section.group)).arg(section.letters.size());
        return {};
    }
    const LetterInfo &info = *letter(index);
    const bool open = info.isOpen();
    const qint64 left = LetterDue::secondsLeft(info.roundEndUtc, m_now);
    const bool ended = LetterStore::hasEnded(info.roundStatus, info.roundEndUtc, m_now);
    switch (role) {
    case LetterIdRole:
        return info.id;
    case OverdueRole:
        return open && ended && left < 0;
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecipientColumn:
            return info.personName.isEmpty() ? tr("(nobody)") : info.personName;
        case RoundColumn:
            return tr("%1, round %2").arg(info.company).arg(info.roundNumber);
        case StatusColumn:
            return statusText(info);
        case DueColumn:
            if (!open)
                return QString();
            return ended ? LetterDue::countdown(left) : tr("after the round");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && open)
            return tr("Due %1").arg(QLocale().toString(
                LetterDue::dueAt(info.roundEndUtc).toLocalTime(), QLocale::ShortFormat));
        return {};
    }
    return {};
}

QVariant LetterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientColumn:
        return tr("To");
    case RoundColumn:
        return tr("Round");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due");
    }
    return {};
}
