#include "DocumentPrinting.h"

#include "Dialogs.h"
#include "Display.h"
#include "DocumentServices.h"
#include "ErrorText.h"
#include "ExportPolicy.h"
#include "FileDialogs.h"
#include "Fonts.h"
#include "PrintOptionsDialog.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

#include <optional>

namespace peyvand::ui {

using documents::DocumentLanguage;
using documents::RenderOptions;

namespace {
std::optional<RenderOptions>& remembered()
{
    static std::optional<RenderOptions> options;
    return options;
}
} // namespace

DocumentPrinting::DocumentPrinting(DocumentServices& services)
    : m_services(services)
{
}

Result<documents::Printable> DocumentPrinting::printable(qint64 documentId)
{
    Result<sales::Document> document = m_services.documents.get(documentId);
    if (!document)
        return document.error();
    Result<sales::CompanyProfile> profile = m_services.profile.load();
    if (!profile)
        return profile.error();
    return documents::Printable { std::move(*document), profile->logo, profile->stamp };
}

RenderOptions DocumentPrinting::defaultOptions()
{
    if (remembered())
        return *remembered();
    RenderOptions options;
    options.language = Display::persian() ? DocumentLanguage::Persian : DocumentLanguage::English;
    options.displayToman = m_services.profile.load().valueOr({}).displayToman;
    return options;
}

void DocumentPrinting::rememberOptions(const RenderOptions& options)
{
    remembered() = options;
}

Result<int> DocumentPrinting::paint(const documents::Printable& printable, const RenderOptions& options,
                                    QPrinter& printer)
{
    Fonts::registerDocumentFonts();
    return documents::DocumentRenderer(options).paint(printable, printer);
}

Status DocumentPrinting::exportPdf(qint64 documentId, const RenderOptions& options, const QString& path)
{
    Fonts::registerDocumentFonts();
    const Result<documents::Printable> document = printable(documentId);
    if (!document)
        return document.error();
    return documents::DocumentRenderer(options).writePdf(*document, path);
}

QString DocumentPrinting::suggestedFileName(const sales::Document& document)
{
    QString base = document.number;
    if (base.isEmpty())
        base = tr("draft-%1").arg(document.id);
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    return base + QStringLiteral(".pdf");
}

bool DocumentPrinting::askOptions(QWidget* parent, RenderOptions& options)
{
    options = defaultOptions();
    if (!Dialogs::isInteractive())
        return true;
    PrintOptionsDialog dialog(options, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options = dialog.options();
    rememberOptions(options);
    return true;
}

bool DocumentPrinting::previewInteractively(QWidget* parent, qint64 documentId)
{
    if (!ExportPolicy::permit(parent, ExportPolicy::Kind::Print))
        return false;
    const Result<documents::Printable> document = printable(documentId);
    if (!document) {
        Dialogs::error(parent, tr("Print"), ErrorText::describe(document.error()));
        return false;
    }
    RenderOptions options;
    if (!askOptions(parent, options) || !Dialogs::isInteractive())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(suggestedFileName(document->document));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview"));
    std::optional<Error> failure;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document, &options, &failure](QPrinter* target) {
                         const Result<int> pages = paint(*document, options, *target);
                         if (!pages)
                             failure = pages.error();
                     });
    preview.resize(1000, 800);
    preview.exec();
    if (failure)
        Dialogs::error(parent, tr("Print"), ErrorText::describe(*failure), failure->detail);
    return !failure;
}

bool DocumentPrinting::exportPdfInteractively(QWidget* parent, qint64 documentId)
{
    if (!ExportPolicy::permit(parent, ExportPolicy::Kind::Export))
        return false;
    const Result<sales::Document> document = m_services.documents.get(documentId);
    if (!document) {
        Dialogs::error(parent, tr("Export PDF"), ErrorText::describe(document.error()));
        return false;
    }
    RenderOptions options;
    if (!askOptions(parent, options))
        return false;
    const QString path = FileDialogs::saveFile(parent, tr("Export PDF"), suggestedFileName(*document),
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Status written = exportPdf(documentId, options, path);
    if (!written) {
        Dialogs::error(parent, tr("Export PDF"), ErrorText::describe(written.error()), written.error().detail);
        return false;
    }
    return true;
}

} // namespace peyvand::ui
