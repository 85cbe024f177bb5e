#pragma once

#include "core/letters/LetterDue.h"
#include "core/letters/LetterTypes.h"

#include <QAbstractItemModel>
#include <QDateTime>

// A custom tree because the letters are shown under group headings (due, drafts, sent,
// replied) with a countdown computed from the clock, which a flat SQL model cannot show.
// Filled from LetterStore::letters() in one query; reload() after each command.
class LetterListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { RecipientColumn, RoundColumn, StatusColumn, DueColumn, ColumnCount };
    enum class Group { Due, Drafts, Sent, Replied };
    enum Role {
        LetterIdRole = Qt::UserRole + 1,
        OverdueRole, // true on the rows of letters past their due time
        GroupRole,   // on headings: the Group as int
    };

    explicit LetterListModel(QObject *parent = nullptr);

    // Replaces what is shown; nowUtc decides what is due.
    void setLetters(const QList<LetterInfo> &letters, const QDateTime &nowUtc);
    // Moves the clock on: countdowns are rewritten, and letters change group if their round
    // ended in the meantime.
    void setNow(const QDateTime &nowUtc);

    // Open letters whose round has ended (the count in the tab title).
    int dueCount() const;
    const LetterInfo *letter(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 letterId, int column = 0) const;
    static Group groupOf(const LetterInfo &letter, const QDateTime &nowUtc);
    static QString groupTitle(Group group);
    static QString statusText(const LetterInfo &letter);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Section
    {
        Group group;
        QList<LetterInfo> letters;
    };
    // Heading indexes carry this as their internal id; letters carry their section + 1.
    static constexpr quintptr HeadingId = 0;

    void rebuild(const QList<LetterInfo> &letters);

    QList<Section> m_sections;
    QDateTime m_now;
};
