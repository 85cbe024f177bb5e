#include "core/prepsheet/PrepSheetDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <cmath>

namespace {

constexpr qreal BodyPointSize = 10;

// A line typed by the user may hold line breaks (a person's notes); inside one block they
// become line separators, so the text stays one list item and still prints as typed.
QString oneBlock(const QString &text)
{
    QString result = text;
    result.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    result.replace(QLatin1Char('\r'), QChar::LineSeparator);
    result.replace(QChar::ParagraphSeparator, QChar::LineSeparator);
    return result;
}

QTextCharFormat plain()
{
    QTextCharFormat format;
    format.setFontPointSize(BodyPointSize);
    format.setFontWeight(QFont::Normal);
    format.setFontItalic(false);
    format.setForeground(Qt::black);
    return format;
}

QTextCharFormat muted()
{
    QTextCharFormat format = plain();
    format.setFontPointSize(BodyPointSize - 1);
    format.setForeground(QColor(0x55, 0x55, 0x55));
    return format;
}

QTextCharFormat hint()
{
    QTextCharFormat format = muted();
    format.setFontItalic(true);
    return format;
}

QTextBlockFormat paragraph(qreal indent = 0)
{
    QTextBlockFormat format;
    format.setTopMargin(2);
    format.setBottomMargin(2);
    format.setLeftMargin(indent);
    return format;
}

} // namespace

PrepSheetDocument::PrepSheetDocument(const PrepSheetData &data)
    : m_data(data)
    , m_document(std::make_unique<QTextDocument>())
{
    build();
}

PrepSheetDocument::~PrepSheetDocument() = default;

QPageLayout PrepSheetDocument::pageLayoutFor(const QLocale &locale)
{
    const QPageSize size(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                 : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                       QPageLayout::Millimeter);
}

QString PrepSheetDocument::headerText() const
{
    QStringList parts;
    for (const QString &part : {m_data.company, m_data.role, m_data.roundTitle, m_data.dateText})
        if (!part.trimmed().isEmpty())
            parts << oneBlock(part.trimmed()).replace(QChar::LineSeparator, QLatin1Char(' '));
    return parts.join(QStringLiteral(" · "));
}

QString PrepSheetDocument::title() const
{
    return tr("Prep sheet: %1").arg(headerText());
}

void PrepSheetDocument::build()
{
    QTextDocument &doc = *m_document;
    QFont font = doc.defaultFont();
    font.setPointSizeF(BodyPointSize);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);
    doc.setMetaInformation(QTextDocument::DocumentTitle, title());

    QTextCursor cursor(&doc);
    QTextCharFormat titleFormat = plain();
    titleFormat.setFontPointSize(16);
    titleFormat.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(paragraph());
    cursor.setBlockCharFormat(titleFormat);
    cursor.insertText(oneBlock(tr("%1: %2").arg(m_data.company, m_data.role)), titleFormat);
    cursor.insertBlock(paragraph(), plain());
    QTextCharFormat subtitle = plain();
    subtitle.setFontPointSize(12);
    cursor.insertText(oneBlock(m_data.roundTitle), subtitle);
    if (!m_data.dateText.isEmpty())
        cursor.insertText(QStringLiteral(" · ") + oneBlock(m_data.dateText), subtitle);

    int number = 0;
    for (const PrepSheetSection *section : m_data.sections()) {
        ++number;
        QTextBlockFormat headingBlock = paragraph();
        headingBlock.setTopMargin(number == 1 ? 8 : 10);
        headingBlock.setBottomMargin(3);
        QTextCharFormat headingFormat = plain();
        headingFormat.setFontPointSize(12);
        headingFormat.setFontWeight(QFont::Bold);
        headingFormat.setForeground(QColor(0x1f, 0x3a, 0x5f));
        cursor.insertBlock(headingBlock, headingFormat);
        m_headingBlocks.append(cursor.block().blockNumber());
        cursor.insertText(tr("%1. %2").arg(number).arg(oneBlock(section->title)), headingFormat);

        // The first paragraph leads (the reason of the round, say); the rest explain it.
        bool lead = true;
        for (const QString &text : section->paragraphs) {
            QTextCharFormat format = plain();
            if (lead)
                format.setFontWeight(QFont::DemiBold);
            lead = false;
            cursor.insertBlock(paragraph(), format);
            cursor.insertText(oneBlock(text), format);
        }

        if (section->items.isEmpty() && !section->emptyHint.isEmpty()) {
            cursor.insertBlock(paragraph(), hint());
            cursor.insertText(oneBlock(section->emptyHint), hint());
        }

        QTextList *list = nullptr;
        for (const PrepSheetItem &item : section->items) {
            if (item.ticked) {
                // A tick box is a character, so it prints and can be selected like the text.
                list = nullptr;
                QTextBlockFormat block = paragraph(4);
                block.setTextIndent(0);
                cursor.insertBlock(block, plain());
                QTextCharFormat box = plain();
                box.setFontPointSize(BodyPointSize + 2);
                cursor.insertText(QString(tickBox(*item.ticked)) + QLatin1Char(' '), box);
            } else {
                cursor.insertBlock(paragraph(), plain());
                if (list) {
                    list->add(cursor.block());
                } else {
                    QTextListFormat listFormat;
                    listFormat.setStyle(QTextListFormat::ListDisc);
                    listFormat.setIndent(1);
                    list = cursor.createList(listFormat);
                }
            }
            cursor.insertText(oneBlock(item.text), plain());
            if (!item.detail.trimmed().isEmpty()) {
                cursor.insertText(QString(QChar::LineSeparator), plain());
                cursor.insertText(oneBlock(item.detail.trimmed()), muted());
            }
        }

        if (!section->warning.isEmpty()) {
            QTextCharFormat warning = plain();
            warning.setFontItalic(true);
            warning.setForeground(QColor(0x9a, 0x3b, 0x00));
            cursor.insertBlock(paragraph(), warning);
            cursor.insertText(oneBlock(section->warning), warning);
        }
    }
}

void PrepSheetDocument::layOut(QPagedPaintDevice *device)
{
    QTextDocument &doc = *m_document;
    doc.documentLayout()->setPaintDevice(device);
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    QFont headerFont = doc.defaultFont();
    headerFont.setPointSizeF(8.5);
    const QFontMetricsF metrics(headerFont, device);
    m_headerHeight = metrics.height() * 2.2;
    m_footerHeight = metrics.height() * 2;
    const QSizeF body(area.width(), area.height() - m_headerHeight - m_footerHeight);
    layOutAt(body, 1);
    // A last page with a few lines on it is one more sheet to carry into the interview: the
    // body prints a little smaller when that saves the page, never below SmallestScale.
    const int fullSize = m_pageCount;
    if (fullSize < 2 || lastPageShare() > (fullSize - 1) * (1 / SmallestScale - 1))
        return;
    for (const qreal scale : {0.96, 0.92, SmallestScale}) {
        layOutAt(body, scale);
        if (m_pageCount < fullSize)
            return;
    }
    layOutAt(body, 1);
}

void PrepSheetDocument::layOutAt(const QSizeF &body, qreal scale)
{
    QTextDocument &doc = *m_document;
    // Breaks placed for another size would hold at this one too.
    for (int number : std::as_const(m_headingBlocks)) {
        const QTextBlock heading = doc.findBlockByNumber(number);
        if (!heading.isValid() ||
            heading.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto)
            continue;
        QTextCursor cursor(heading);
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.setBlockFormat(format);
    }
    m_scale = scale;
    doc.setPageSize(body / scale);
    keepHeadingsWithTheirContent();
    m_pageCount = std::max(1, doc.pageCount());
}

qreal PrepSheetDocument::lastPageShare() const
{
    const QTextDocument &doc = *m_document;
    const qreal pageHeight = doc.pageSize().height();
    const qreal end = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).bottom();
    return (end - (m_pageCount - 1) * pageHeight) / pageHeight;
}

void PrepSheetDocument::keepHeadingsWithTheirContent()
{
    QTextDocument &doc = *m_document;
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    // In order, since each break moves everything after it.
    for (int number : std::as_const(m_headingBlocks)) {
        QTextBlock heading = doc.findBlockByNumber(number);
        const QTextBlock next = heading.next();
        if (!heading.isValid() || !next.isValid())
            continue;
        const QRectF headingRect = layout->blockBoundingRect(heading);
        const QRectF nextRect = layout->blockBoundingRect(next);
        const int headingPage = int(std::floor(headingRect.top() / pageHeight));
        // The first line of what follows is enough to keep the heading company.
        const QFontMetricsF lineMetrics(doc.defaultFont(), layout->paintDevice());
        const qreal followingEnd =
            nextRect.top() + std::min(nextRect.height(), lineMetrics.height() * 2);
        const int followingPage = int(std::floor((followingEnd - 1) / pageHeight));
        if (followingPage != headingPage && headingRect.top() > headingPage * pageHeight + 1) {
            QTextCursor cursor(heading);
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
    }
}

void PrepSheetDocument::paintPage(QPainter &painter, int page, const QRectF &area)
{
    QFont headerFont = m_document->defaultFont();
    headerFont.setPointSizeF(8.5);
    painter.setFont(headerFont);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QFontMetricsF metrics(headerFont, painter.device());
    // User text drawn as plain text: drawText never reads markup.
    painter.drawText(QRectF(0, 0, area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(headerText(), Qt::ElideRight, area.width()));
    painter.drawLine(QPointF(0, metrics.height() * 1.4),
                     QPointF(area.width(), metrics.height() * 1.4));
    painter.drawText(QRectF(0, area.height() - metrics.height(), area.width(), metrics.height()),
                     Qt::AlignRight | Qt::AlignBottom,
                     tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));

    const qreal bodyHeight = m_document->pageSize().height();
    painter.save();
    painter.translate(0, m_headerHeight);
    painter.scale(m_scale, m_scale);
    painter.translate(0, -page * bodyHeight);
    m_document->drawContents(
        &painter, QRectF(0, page * bodyHeight, m_document->pageSize().width(), bodyHeight));
    painter.restore();
}

int PrepSheetDocument::print(QPagedPaintDevice *device)
{
    layOut(device);
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0)
            device->newPage();
        paintPage(painter, page, area);
    }
    painter.end();
    return m_pageCount;
}
