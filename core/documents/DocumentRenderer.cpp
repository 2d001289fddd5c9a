#include "DocumentRenderer.h"

#include "GlyphText.h"
#include "PagedDocument.h"
#include "PdfToUnicode.h"
#include "RenderLabels.h"
#include "common/EnumKeys.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

// The fonts are a resource of a static library: register them explicitly.
static void initFontResources() { Q_INIT_RESOURCE(fonts); }

namespace peyvand::documents {

namespace {

struct RenderText {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
};

constexpr int kPdfResolution = 300;

const std::pair<Paper, const char*> kPapers[] = {
    { Paper::A4, "a4" },
    { Paper::A5, "a5" },
};

const std::pair<CopyLabel, const char*> kCopies[] = {
    { CopyLabel::None, "none" },
    { CopyLabel::Customer, "customer" },
    { CopyLabel::Accounting, "accounting" },
    { CopyLabel::Archive, "archive" },
};

Status requireGuiApplication()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::make(ErrorCode::Internal, RenderText::tr("Printing needs the graphical application to be running."),
                           QStringLiteral("no QGuiApplication"));
    return {};
}

QPageLayout pageLayoutFor(const RenderOptions& options)
{
    const QPageSize size(options.paper == Paper::A5 ? QPageSize::A5 : QPageSize::A4);
    const qreal margin = pageStyleFor(options).marginMm;
    return QPageLayout(size, options.orientation, QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
}

QString pdfTitle(const sales::Document& document, DocumentLanguage language)
{
    const QString title = printedTitle(document, labelsFor(language));
    return document.number.isEmpty() ? title : title + u' ' + document.number;
}

// Lays the printout out on `device` and paints every page; with a collector,
// first draws the glyphs the PDF's text maps need (see GlyphText.h).
Result<int> render(const Printable& printable, const RenderOptions& options, QPagedPaintDevice& device,
                   UnmappedGlyphCollector* collector)
{
    if (auto status = requireGuiApplication(); !status)
        return status.error();
    if (auto status = DocumentRenderer::registerFonts(); !status)
        return status.error();
    const QPageLayout layout = pageLayoutFor(options);
    // A printer may refuse margins below its own minimum: then keep its margins.
    if (!device.setPageLayout(layout)
        && !(device.setPageSize(layout.pageSize()) && device.setPageOrientation(layout.orientation())))
        return Error::make(ErrorCode::Io, RenderText::tr("The printer does not accept this paper size."));

    PagedDocument pages(printable, options, device);
    QPainter painter;
    if (!painter.begin(&device))
        return Error::make(ErrorCode::Io, RenderText::tr("Could not start printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    if (collector) {
        pages.collectGlyphs(*collector);
        collector->prime(painter);
    }
    for (int page = 0; page < pages.pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::make(ErrorCode::Io, RenderText::tr("Could not start a new page."));
        }
        pages.drawPage(painter, page);
    }
    if (!painter.end())
        return Error::make(ErrorCode::Io, RenderText::tr("Could not finish printing."));
    return pages.pageCount();
}

} // namespace

Status DocumentRenderer::registerFonts()
{
    if (auto status = requireGuiApplication(); !status)
        return status;
    static const bool loaded = [] {
        initFontResources();
        bool ok = true;
        for (const char* file : { ":/peyvand/documents/fonts/Vazirmatn-Regular.ttf",
                                  ":/peyvand/documents/fonts/Vazirmatn-Bold.ttf" }) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            ok = ok && id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(QStringLiteral("Vazirmatn"));
        }
        return ok;
    }();
    if (!loaded)
        return Error::make(ErrorCode::Internal, RenderText::tr("The document font could not be loaded."),
                           QStringLiteral("Vazirmatn from :/peyvand/documents/fonts"));
    return {};
}

DocumentRenderer::DocumentRenderer(RenderOptions options)
    : m_options(options)
{
}

QString DocumentRenderer::html(const Printable& printable) const
{
    return documentHtml(printable, m_options, HtmlImages { !printable.logo.isNull(), !printable.stamp.isNull() });
}

Result<int> DocumentRenderer::paint(const Printable& printable, QPagedPaintDevice& device) const
{
    return render(printable, m_options, device, nullptr);
}

Result<QByteArray> DocumentRenderer::pdf(const Printable& printable) const
{
    QByteArray bytes;
    UnmappedGlyphCollector collector;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setCreator(QStringLiteral("Peyvand"));
        writer.setTitle(pdfTitle(printable.document, m_options.language));
        auto pages = render(printable, m_options, writer, &collector);
        if (!pages)
            return pages.error();
    }
    return addMissingToUnicode(bytes, collector.fonts());
}

Status DocumentRenderer::writePdf(const Printable& printable, const QString& path) const
{
    auto bytes = pdf(printable);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error::make(ErrorCode::Io, RenderText::tr("Could not write the PDF file."),
                           path + QStringLiteral(": ") + file.errorString());
    return {};
}

QString toKey(Paper paper) { return keyOf(paper, kPapers); }
QString toKey(CopyLabel copy) { return keyOf(copy, kCopies); }
std::optional<Paper> paperFromKey(const QString& key) { return enumFromKey(key, kPapers); }
std::optional<CopyLabel> copyLabelFromKey(const QString& key) { return enumFromKey(key, kCopies); }

} // namespace peyvand::documents
