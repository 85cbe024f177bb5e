#include "ui/notes/NotesSearchDelegate.h"

#include "core/notes/NotesTypes.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace {

void prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(4);
    document.setHtml(
        NotesSearchDelegate::html(index.data(NotesSearchDelegate::HeadingRole).toString(),
                                  index.data(NotesSearchDelegate::ExcerptRole).toString()));
    document.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 300);
}

} // namespace

QString NotesSearchDelegate::html(const QString &heading, const QString &excerpt)
{
    QString body;
    bool inMatch = false;
    QString piece;
    const auto flush = [&] {
        const QString escaped = piece.toHtmlEscaped();
        body += inMatch ? QStringLiteral("<b>") + escaped + QStringLiteral("</b>") : escaped;
        piece.clear();
    };
    for (const QChar c : excerpt) {
        if (c == NotesSearchHit::MatchStart || c == NotesSearchHit::MatchEnd) {
            flush();
            inMatch = c == NotesSearchHit::MatchStart;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            piece += QLatin1Char(' ');
        } else {
            piece += c;
        }
    }
    flush();
    return QStringLiteral("<div style='color:palette(mid)'>") + heading.toHtmlEscaped() +
           QStringLiteral("</div><div>") + body + QStringLiteral("</div>");
}

QString NotesSearchDelegate::plain(const QString &excerpt)
{
    QString text = excerpt;
    text.remove(NotesSearchHit::MatchStart);
    text.remove(NotesSearchHit::MatchEnd);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

void NotesSearchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QStyle *style = base.widget ? base.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

    QTextDocument document;
    prepare(document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize NotesSearchDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QTextDocument document;
    prepare(document, option, index);
    return QSize(int(document.idealWidth()), int(document.size().height()));
}
