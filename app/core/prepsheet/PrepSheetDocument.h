#pragma once

#include "core/prepsheet/PrepSheetData.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// The printed prep sheet: a QTextDocument built with QTextCursor only, so everything the
// user typed prints literally, then painted page by page with a header (company, role,
// round, date) and a page number, headings never left alone at the foot of a page, and a
// body a little smaller rather than a last page with a few lines on it.
class PrepSheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrepSheetDocument)

public:
    explicit PrepSheetDocument(const PrepSheetData &data);
    ~PrepSheetDocument();
    PrepSheetDocument(const PrepSheetDocument &) = delete;
    PrepSheetDocument &operator=(const PrepSheetDocument &) = delete;

    // The body, without header and page numbers (those are painted per page).
    QTextDocument *document() const { return m_document.get(); }
    const PrepSheetData &data() const { return m_data; }

    // Letter where the locale measures in US units, A4 everywhere else.
    static QPageLayout pageLayoutFor(const QLocale &locale);
    // "Initech · Tester · Round 2: Technical · Tuesday, 24 November 2026"
    QString headerText() const;
    QString title() const;

    // Lays the body out for the device's page and paints every page; returns the page count.
    int print(QPagedPaintDevice *device);
    int pageCount() const { return m_pageCount; }
    // How large the body prints: 1, or down to SmallestScale to save a nearly empty last page.
    qreal scale() const { return m_scale; }
    static constexpr qreal SmallestScale = 0.88;

    static QChar tickBox(bool ticked) { return ticked ? QChar(0x2611) : QChar(0x2610); }

private:
    void build();
    void layOut(QPagedPaintDevice *device);
    void layOutAt(const QSizeF &body, qreal scale);
    qreal lastPageShare() const;
    void keepHeadingsWithTheirContent();
    void paintPage(QPainter &painter, int page, const QRectF &area);

    PrepSheetData m_data;
    std::unique_ptr<QTextDocument> m_document;
    QList<int> m_headingBlocks;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    int m_pageCount = 0;
    qreal m_scale = 1;
};
