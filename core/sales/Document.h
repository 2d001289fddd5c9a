#pragma once

#include "CompanyProfile.h"
#include "DocumentTotals.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace peyvand::sales {

// domain.md §3. Pre-invoices: draft → issued (locked) → accepted | rejected |
// expired → converted. Invoices: draft → issued (open) → settled.
enum class DocumentState { Draft, Issued, Accepted, Rejected, Expired, Converted, Settled };
enum class PaymentTerms { Cash, Credit };

struct DocumentLine {
    qint64 id = 0;
    std::optional<qint64> productId;  // when picked from the catalog
    QString code;
    QString description;              // required
    Quantity quantity { 1000 };       // up to 3 decimals
    QString unit;
    Money unitPrice;
    QString serial;
    Discount discount;
    bool taxable = true;
    LineTotals computed;              // filled by DocumentService
};

// Shipping (هزینه حمل) and other additions: their own lines, untaxed by default.
struct DocumentAddition {
    qint64 id = 0;
    QString description;              // required
    Money amount;
    bool taxable = false;
    LineTotals computed;
};

// Buyer and seller as printed: taken from the customer and the company
// profile while a draft, frozen into the document when it is issued.
struct Party {
    QString name;
    QString economicCode;
    QString nationalId;               // national ID or legal ID
    QString registrationNumber;
    QString postalCode;
    QString address;                  // with city and province
    QString phone;
};

struct Document {
    qint64 id = 0;
    DocumentType type = DocumentType::Quote;
    DocumentState state = DocumentState::Draft;
    QString number;                   // empty until issued
    qint64 customerId = 0;
    std::optional<qint64> sourceId;   // an invoice's pre-invoice
    QDate issueDate;
    QDate validUntil;                 // pre-invoices; invalid when none
    QString marketer;
    QString outgoingNumber;
    QString remittanceNumber;
    QString title;                    // default «پیش‌فاکتور» / «صورتحساب فروش کالا و خدمات»
    QString description;              // description and terms
    PaymentTerms paymentTerms = PaymentTerms::Cash;
    QString paymentNote;
    QList<DocumentLine> lines;
    QList<DocumentAddition> additions;
    Discount documentDiscount;
    TaxRates rates;
    bool ratesOverridden = false;     // false: rates follow the dated table on the issue date
    Rounding taxRounding = Rounding::TowardZero;
    // Sums of line values, filled by DocumentService.
    Money grossTotal;
    Money discountTotal;
    Money additionsTotal;
    Money vatTotal;
    Money dutyTotal;
    Money grandTotal;
    Party seller;                     // filled by DocumentService::get
    Party buyer;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime issuedAt;
    QDateTime stateChangedAt;

    bool isLocked() const { return state != DocumentState::Draft; }
};

QString toKey(DocumentType type);      // "quote", "invoice"
QString toKey(DocumentState state);    // "draft", "issued", …
QString toKey(PaymentTerms terms);     // "cash", "credit"
std::optional<DocumentType> documentTypeFromKey(const QString& key);
std::optional<DocumentState> documentStateFromKey(const QString& key);
std::optional<PaymentTerms> paymentTermsFromKey(const QString& key);
// Translated names for lists and printouts.
QString displayName(DocumentType type);
QString displayName(DocumentState state, DocumentType type);
QString defaultTitle(DocumentType type);

QJsonObject toJson(const Party& party);
Party partyFromJson(const QJsonObject& json);

} // namespace peyvand::sales
