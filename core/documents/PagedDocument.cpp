#include "PagedDocument.h"

#include "BidiMarks.h"
#include "GlyphText.h"
#include "RenderFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextFrame>
#include <QUrl>
#include <QTextCursor>

namespace peyvand::documents {

namespace {

constexpr qreal kPageEdgePx = 3;  // CSS pixels

QImage loadImage(const sales::Image& image)
{
    QImage result;
    if (!image.isNull())
        result.loadFromData(image.data);
    return result;
}

} // namespace

PagedDocument::PagedDocument(const Printable& printable, const RenderOptions& options, QPagedPaintDevice& device)
    : m_printable(printable)
    , m_options(options)
    , m_style(pageStyleFor(options))
    , m_device(device)
{
    // Qt's print preview records the pages as a QPicture, whose replay loses
    // the direction of right-to-left text items (see BidiMarks.h).
    const QPaintEngine* engine = device.paintEngine();
    m_markRuns = engine && engine->type() == QPaintEngine::Picture;

    const int dpi = device.logicalDpiY();
    m_area = device.pageLayout().paintRectPixels(dpi).size();

    // The footer's height is the same on every page; measure one.
    m_footerHeight = footer(0)->size().height() + dpi * 2.0 / 25.4;  // and a 2 mm gap

    const QImage logo = loadImage(printable.logo);
    const QImage stamp = loadImage(printable.stamp);
    if (!logo.isNull())
        m_body.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kLogoUrl)), logo);
    if (!stamp.isNull())
        m_body.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kStampUrl)), stamp);
    lay(m_body, m_style.bodyPt, documentHtml(printable, options, HtmlImages { !logo.isNull(), !stamp.isNull() }),
        QSizeF(m_area.width(), m_area.height() - m_footerHeight));
    keepClosingTogether();
    m_pageCount = m_body.pageCount();
    for (int page = 0; page < m_pageCount; ++page)
        m_footers.push_back(footer(page));
}

PagedDocument::~PagedDocument() = default;

Qt::LayoutDirection PagedDocument::direction() const
{
    return m_options.language == DocumentLanguage::Persian ? Qt::RightToLeft : Qt::LeftToRight;
}

// The order matters for speed. A document with a layout relays itself out on
// every change, and a paginated one relays a whole table whenever a lazy
// layout step starts before it: setHtml() then setPageSize() laid a
// thousand-row table out three times. Here the layout gets its device and page
// size while the document is empty, and the HTML goes in as one edit block:
// one layout pass.
void PagedDocument::lay(QTextDocument& document, double pointSize, const QString& html, QSizeF pageSize) const
{
    QFont font(QStringLiteral("Vazirmatn"));
    font.setPointSizeF(pointSize);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(direction());
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
    // A little room at the top and bottom of every page, so that no border
    // sits exactly on a page break (half of it would show on each page).
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setTopMargin(kPageEdgePx);
    root.setBottomMargin(kPageEdgePx);
    document.rootFrame()->setFrameFormat(root);
    document.documentLayout()->setPaintDevice(&m_device);
    document.setPageSize(pageSize);
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    cursor.insertHtml(m_markRuns ? markRightToLeftRuns(html, direction() == Qt::RightToLeft) : html);
    cursor.endEditBlock();
}

// The closing table is the last frame of the root. When it would straddle a
// page break but fits on one page, it starts a new page instead.
void PagedDocument::keepClosingTogether()
{
    const QList<QTextFrame*> frames = m_body.rootFrame()->childFrames();
    if (frames.isEmpty())
        return;
    QTextFrame* closing = frames.constLast();
    const QRectF box = m_body.documentLayout()->frameBoundingRect(closing);
    const qreal pageHeight = m_body.pageSize().height();
    if (box.height() >= pageHeight)
        return;
    const int firstPage = int(box.top() / pageHeight);
    const int lastPage = int((box.bottom() - 1) / pageHeight);
    if (firstPage == lastPage)
        return;
    QTextFrameFormat format = closing->frameFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    closing->setFrameFormat(format);
}

std::unique_ptr<QTextDocument> PagedDocument::footer(int page) const
{
    auto document = std::make_unique<QTextDocument>();
    lay(*document, m_style.footerPt,
        footerHtml(m_printable.document.number, page + 1, std::max(m_pageCount, 1), m_options),
        QSizeF(m_area.width(), -1));
    return document;
}

void PagedDocument::collectGlyphs(UnmappedGlyphCollector& collector) const
{
    collector.collect(m_body);
    for (const auto& footer : m_footers)
        collector.collect(*footer);
}

void PagedDocument::drawPage(QPainter& painter, int page)
{
    const qreal pageHeight = m_body.pageSize().height();
    painter.save();
    painter.translate(0, -page * pageHeight);
    m_body.drawContents(&painter, QRectF(0, page * pageHeight, m_area.width(), pageHeight));
    painter.restore();

    QTextDocument& footer = *m_footers.at(std::size_t(page));
    painter.save();
    painter.translate(0, m_area.height() - footer.size().height());
    const qreal lineY = -m_device.logicalDpiY() / 25.4;  // 1 mm above the footer
    painter.setPen(QPen(Qt::gray, m_device.logicalDpiY() / 254.0));
    painter.drawLine(QPointF(0, lineY), QPointF(m_area.width(), lineY));
    footer.drawContents(&painter);
    painter.restore();
}

} // namespace peyvand::documents
