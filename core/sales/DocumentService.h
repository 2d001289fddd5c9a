#pragma once

#include "Document.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::sales {

struct Attachment {
    enum class Purpose { Contract, AccountingInvoice, Other };
    qint64 id = 0;
    qint64 documentId = 0;
    Purpose purpose = Purpose::Other;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray data;   // empty in listings; filled by attachment()
    QDateTime addedAt;
};
QString toKey(Attachment::Purpose purpose);   // "contract", "accounting_invoice", "other"
std::optional<Attachment::Purpose> attachmentPurposeFromKey(const QString& key);

// What convert() did besides creating the invoice.
struct ConversionReport {
    qint64 invoiceId = 0;
    bool ratesChanged = false;   // the invoice date has other rates than the pre-invoice
    TaxRates quoteRates;
    TaxRates invoiceRates;
    Money quoteTotal;
    Money invoiceTotal;
};

struct CustomerSales {
    int purchaseCount = 0;       // issued and settled invoices
    Money lifetimeValue;         // their grand totals
    QDate lastPurchase;          // invalid when none
    int quoteCount = 0;
    Money openBalance;           // issued (unsettled) invoices: total − settled payments
};

// Everything a user can do to pre-invoices and invoices. Every write runs in
// one transaction and leaves an audit row (entity "document"); every change of
// state records its old and new state. Totals are computed here (never by the
// caller) with DocumentTotals and stored with the lines.
class DocumentService final {
public:
    static constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;

    DocumentService(storage::Database& db, const Clock& clock = SystemClock::instance());

    // Pure: totals of a draft as the editor shows them live (no storage).
    // Fills the computed values of lines and additions and the sums.
    static Result<Document> computed(Document document);

    // Validates and stores a new draft. An empty title stays empty (printed
    // as defaultTitle() in the language of the printout); invalid
    // issue date → today; missing validity on a quote → issue date + the
    // profile's default validity days; rates from the dated table on the
    // issue date unless ratesOverridden; rounding from the profile.
    // InvalidInput names the field: "customer_id", "issue_date",
    // "valid_until", "lines", "lines[2].description", "lines[0].quantity",
    // "lines[1].discount", "additions[0].amount", "document_discount", …
    Result<Document> createDraft(Document draft);
    // Replaces a draft's fields and lines. A locked document is refused
    // (Conflict, the message says it is issued and must be duplicated).
    Result<Document> updateDraft(Document changed);
    Result<Document> get(qint64 id);
    Status removeDraft(qint64 id);              // issued documents cannot be deleted

    // Draft → issued: gives the next number of the pattern for the Jalali year
    // of the issue date, freezes buyer and seller, stores the totals.
    Result<Document> issue(qint64 id);
    Result<Document> accept(qint64 id);          // issued quote → accepted
    Result<Document> reject(qint64 id, const QString& reason = {});
    // Issued quotes whose validity ended before `today` → expired; returns how many.
    Result<int> expireDue(QDate today);
    // Issued invoice ↔ settled (until the payments area decides it).
    Result<Document> setSettled(qint64 id, bool settled);
    // A new draft with the same customer, fields and lines, dated today.
    Result<Document> duplicate(qint64 id);
    // An issued or accepted pre-invoice becomes an issued invoice dated
    // `invoiceDate` (today when invalid), re-priced at that date's rates
    // (unless the quote's rates were overridden); the quote becomes converted.
    Result<ConversionReport> convert(qint64 quoteId, QDate invoiceDate = {});

    Result<Attachment> addAttachment(qint64 documentId, Attachment attachment);
    Result<QList<Attachment>> attachments(qint64 documentId); // without data
    Result<Attachment> attachment(qint64 attachmentId);       // with data
    Status removeAttachment(qint64 attachmentId);

    Result<CustomerSales> customerSales(qint64 customerId);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::sales
