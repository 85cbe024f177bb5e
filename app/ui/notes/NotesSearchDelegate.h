#pragma once

#include <QStyledItemDelegate>

// Draws a search result with the matched words in bold. The result carries the user's text
// and markers around the matches (NotesSearchHit); everything but the markers is escaped, so
// nothing the user typed is read as markup.
class NotesSearchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { ExcerptRole = Qt::UserRole + 20, HeadingRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    // The heading escaped, then the excerpt escaped with its matches in <b>.
    static QString html(const QString &heading, const QString &excerpt);
    // The excerpt without markers, for screen readers and the tooltip.
    static QString plain(const QString &excerpt);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
