#pragma once

#include "common/Result.h"
#include "documents/DocumentRenderer.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace peyvand::ui {

class DocumentServices;

// Printing and PDF export of pre-invoices and invoices: the document as
// DocumentService::get gives it, with the company's logo and stamp, laid out
// by core's DocumentRenderer on a QPrinter (print preview) or a PDF file.
class DocumentPrinting final {
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    explicit DocumentPrinting(DocumentServices& services);

    Result<documents::Printable> printable(qint64 documentId);
    // The options last chosen in this session; at first A4 portrait in the
    // interface language, with the profile's Toman choice.
    documents::RenderOptions defaultOptions();
    static void rememberOptions(const documents::RenderOptions& options);

    static Result<int> paint(const documents::Printable& printable, const documents::RenderOptions& options,
                             QPrinter& printer);
    Status exportPdf(qint64 documentId, const documents::RenderOptions& options, const QString& path);
    // A file name for the PDF of a document ("PF-1404-0001.pdf").
    static QString suggestedFileName(const sales::Document& document);

    // The interactive flows: options dialog, then the preview (or the file
    // dialog and the export). Errors are shown; false when nothing was done.
    bool previewInteractively(QWidget* parent, qint64 documentId);
    bool exportPdfInteractively(QWidget* parent, qint64 documentId);

private:
    bool askOptions(QWidget* parent, documents::RenderOptions& options);

    DocumentServices& m_services;
};

} // namespace peyvand::ui
