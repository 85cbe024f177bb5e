#pragma once

#include <QLabel>
#include <QString>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>

// Hostile text that a rich-text widget would turn into bold type and an image request. The
// image points nowhere, so even a failing test reads no file.
inline QString hostileMarkup()
{
    return QStringLiteral("<b>x</b><img src=\"file:///nonexistent/secondround-probe.png\">");
}

// A document that records every resource it is asked for instead of loading it.
class ResourceSpyDocument : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested << name;
        return QTextDocument::loadResource(type, name);
    }
};

// What a widget shows for text in the given format: Qt renders AutoText as HTML when it
// looks like HTML (tooltips, labels, message boxes, item views' tooltips all do). Sets
// *requestsResources when the rendered text would load anything.
inline QString shownText(const QString &text, Qt::TextFormat format = Qt::AutoText,
                         bool *requestsResources = nullptr)
{
    const bool rich =
        format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (requestsResources)
        *requestsResources = false;
    if (!rich)
        return text;
    ResourceSpyDocument document;
    document.setHtml(text);
    // Laying the document out is what fetches images.
    document.setTextWidth(400);
    (void)document.size();
    if (requestsResources)
        *requestsResources = !document.requested.isEmpty();
    return document.toPlainText();
}

// True when the hostile markup inside text would be shown literally, tags and all, and
// nothing would be loaded. Use with QVERIFY2(showsLiterally(...), qPrintable(text)).
inline bool showsLiterally(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    bool loads = false;
    const QString shown = shownText(text, format, &loads);
    return !loads && shown.contains(hostileMarkup());
}

inline bool showsLiterally(const QLabel *label)
{
    return label && showsLiterally(label->text(), label->textFormat());
}
