#pragma once

#include <QRect>
#include <QStyledItemDelegate>

// Paints an application as a card: company, role, location and salary, days in stage
// and a badge with the next interview and its checklist progress, or a warning when an
// active application has gone quiet; a "Thank-you due" pill when a letter waits. Every size comes
// from the font metrics of the view's font, so a larger system font or a longer language grows the
// card instead of cutting it.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Where each line of a card goes and what it shows after eliding.
    struct Layout
    {
        QRect card;
        QRect company;
        QRect role;
        QRect details;
        QRect days;
        QRect badge;
        QRect thankYou; // empty: no letter due
        QString companyText;
        QString roleText;
        QString detailsText;
        QString daysText;
        QString badgeText; // empty: no badge
        QString thankYouText;
        bool stale = false;
    };

    explicit CardDelegate(QObject *parent = nullptr);

    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);
    // The narrowest list that shows the longest next-interview badge (with its checklist
    // progress) uncut beside a short days text, for this font and the current language.
    static int minimumWidth(const QFont &font);
    // "Round 2 · Tue 14:00 · Prep 5/9"
    static QString roundBadgeText(const QString &nextRound, const QString &readiness);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int measureMinimumWidth(const QFont &font);
};
