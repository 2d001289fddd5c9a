#include "PagedDocument.h"

#include "GlyphText.h"
#include "RenderFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextFrame>
#include <QUrl>

namespace peyvand::documents {

namespace {

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
    const int dpi = device.logicalDpiY();
    m_area = device.pageLayout().paintRectPixels(dpi).size();

    const QImage logo = loadImage(printable.logo);
    const QImage stamp = loadImage(printable.stamp);
    setUp(m_body, m_style.bodyPt);
    if (!logo.isNull())
        m_body.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kLogoUrl)), logo);
    if (!stamp.isNull())
        m_body.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kStampUrl)), stamp);
    m_body.setHtml(documentHtml(printable, options, HtmlImages { !logo.isNull(), !stamp.isNull() }));

    // The footer's height is the same on every page; measure one.
    auto sample = footer(1);
    m_footerHeight = sample->size().height() + dpi * 2.0 / 25.4;  // and a 2 mm gap
    m_body.setPageSize(QSizeF(m_area.width(), m_area.height() - m_footerHeight));
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

void PagedDocument::setUp(QTextDocument& document, double pointSize) const
{
    document.documentLayout()->setPaintDevice(&m_device);
    document.setDocumentMargin(0);
    QFont font(QStringLiteral("Vazirmatn"));
    font.setPointSizeF(pointSize);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(direction());
    document.setDefaultTextOption(option);
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
    setUp(*document, m_style.footerPt);
    document->setTextWidth(m_area.width());
    document->setHtml(footerHtml(m_printable.document.number, page + 1, std::max(m_pageCount, 1), m_options));
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
