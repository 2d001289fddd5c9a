#pragma once

#include "Document.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace peyvand::sales {

// The JSON shape of documents on the command line (and in the golden test
// cases under tests/data/quotes/).
//
// Input (quotes create --json FILE):
//   {"customer": {"name": …, …} | "customer_id": n,
//    "type": "quote" | "invoice" (default quote),
//    "issue_date", "valid_until"            Jalali (1403/05/01) or ISO (2024-07-22)
//    "marketer", "title", "description", "payment_terms": "cash" | "credit",
//    "outgoing_number", "remittance_number",
//    "document_discount": 150000 | {"amount": n} | {"percent": "5"},
//    "shipping": 200000, "shipping_taxable": false,
//    "additions": [{"description", "amount", "taxable"}],
//    "vat_bp", "duty_bp"                    override the dated table when given
//    "lines": [{"code", "description", "quantity": "2.5", "unit", "unit_price",
//               "discount_percent": "12.5" | "discount_amount": n,
//               "taxable": true, "serial", "product_id"}]}
// Quantities and percents are decimal strings (numbers are accepted too);
// amounts are integer Rial as JSON integers or digit strings. Errors are
// InvalidInput (Overflow for amounts beyond int64) naming the JSON path, e.g.
// "lines[1].quantity"; unknown keys are errors too, so typos do not pass
// silently.
struct QuoteRequest {
    Document draft;                   // customerId filled when "customer_id" was given
    std::optional<QJsonObject> customer;  // the inline customer, when given
};

Result<QuoteRequest> parseQuoteRequest(const QByteArray& json);
Result<QuoteRequest> parseQuoteRequest(const QJsonObject& json);

// Output (quotes show --json): the document with its computed values, dates
// with `_jalali` twins, amounts as integers, quantities as decimal strings,
// and the grand total in words in `language` ("fa" or "en").
QJsonObject documentToJson(const Document& document, const QString& wordsLanguage = QStringLiteral("fa"));

} // namespace peyvand::sales
