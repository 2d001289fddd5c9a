#pragma once

#include "DocumentHtml.h"
#include "DocumentRenderer.h"

#include <QSizeF>
#include <QTextDocument>

#include <memory>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace peyvand::documents {

class UnmappedGlyphCollector;

// The printout laid out into pages of a paint device: the body flows over the
// pages with the goods table's header row repeated, the closing part (totals
// to signatures) is moved whole to the next page rather than split, and each
// page gets a footer with the document number and "page i of n".
class PagedDocument final {
public:
    // The device's page layout must already be set.
    PagedDocument(const Printable& printable, const RenderOptions& options, QPagedPaintDevice& device);
    ~PagedDocument();
    Q_DISABLE_COPY_MOVE(PagedDocument)

    int pageCount() const { return m_pageCount; }
    void collectGlyphs(UnmappedGlyphCollector& collector) const;
    void drawPage(QPainter& painter, int page);

private:
    Qt::LayoutDirection direction() const;
    void lay(QTextDocument& document, double pointSize, const QString& html, QSizeF pageSize) const;
    void keepClosingTogether();
    std::unique_ptr<QTextDocument> footer(int page) const;

    const Printable& m_printable;
    RenderOptions m_options;
    PageStyle m_style;
    QPagedPaintDevice& m_device;
    QSizeF m_area;          // the printable area of a page, device pixels
    qreal m_footerHeight = 0;
    QTextDocument m_body;
    std::vector<std::unique_ptr<QTextDocument>> m_footers;
    int m_pageCount = 0;
    bool m_markRuns = false;  // recorded for a print preview: see BidiMarks.h
};

} // namespace peyvand::documents
