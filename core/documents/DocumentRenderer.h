#pragma once

#include "common/Result.h"
#include "sales/CompanyProfile.h"
#include "sales/Document.h"

#include <QByteArray>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace peyvand::documents {

enum class Paper { A4, A5 };
enum class CopyLabel { None, Customer, Accounting, Archive };
enum class DocumentLanguage { Persian, English };

struct RenderOptions {
    Paper paper = Paper::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    CopyLabel copy = CopyLabel::None;
    DocumentLanguage language = DocumentLanguage::Persian;  // Persian: RTL, Jalali, Persian digits
    bool displayToman = false;
};

// What a printout needs: the document (with lines, totals, seller and buyer
// parties filled by DocumentService::get) and the company's logo and stamp.
struct Printable {
    sales::Document document;
    sales::Image logo;
    sales::Image stamp;
};

// Renders pre-invoices and invoices in the layout of domain.md §3 (the
// Iranian «صورتحساب فروش کالا و خدمات»: seller and buyer blocks, the 11
// columns, totals, amount in words, terms, stamp and signature boxes), with
// Vazirmatn, on A4 or A5 in either orientation. Long documents paginate with
// the table header repeated and "page i of n" in the footer.
// Works with any QPagedPaintDevice: QPdfWriter here, QPrinter in ui.
// Needs a QGuiApplication (fonts); call registerFonts() once after creating it.
class DocumentRenderer final {
public:
    static Status registerFonts();   // adds the embedded Vazirmatn faces

    explicit DocumentRenderer(RenderOptions options);

    // The document as HTML for QTextDocument (used by paint and by tests).
    QString html(const Printable& printable) const;
    // Lays out and paints every page onto `device` (its page layout is set
    // from the options). Returns the number of pages.
    Result<int> paint(const Printable& printable, QPagedPaintDevice& device) const;
    Result<QByteArray> pdf(const Printable& printable) const;
    Status writePdf(const Printable& printable, const QString& path) const;

private:
    RenderOptions m_options;
};

QString toKey(Paper paper);          // "a4", "a5"
QString toKey(CopyLabel copy);       // "none", "customer", "accounting", "archive"
std::optional<Paper> paperFromKey(const QString& key);
std::optional<CopyLabel> copyLabelFromKey(const QString& key);

} // namespace peyvand::documents
