#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QList>

namespace peyvand::sales {

// The tax arithmetic of domain.md §2 for a pre-invoice or invoice: pure
// computation on integer Rial, no storage.
//   gross    = round_half_up(unit_price × quantity_milli / 1000)
//   discount = percent: round_half_up(gross × bp / 10000), or an amount ≤ gross
//   the document discount is spread over the goods lines pro rata to their
//   net (largest remainder: the parts add up exactly), before tax
//   vat, duty per line = round(net × rate_bp / 10000), truncating by default
// Additions (shipping, …) are lines of their own, untouched by the document
// discount and untaxed unless flagged. Totals are sums of line values.

struct Discount {
    enum class Kind { None, Percent, Amount };
    Kind kind = Kind::None;
    BasisPoints percent;   // Kind::Percent
    Money amount;          // Kind::Amount
};

struct LineInput {
    Money unitPrice;
    Quantity quantity { 1000 };
    Discount discount;
    bool taxable = true;   // false for tax-exempt goods and services
};

struct AdditionInput {
    Money amount;
    bool taxable = false;
};

struct TaxRates {
    BasisPoints vat;
    BasisPoints duty;
};

struct DocumentInput {
    QList<LineInput> lines;
    QList<AdditionInput> additions;
    Discount documentDiscount;
    TaxRates rates;
    Rounding taxRounding = Rounding::TowardZero;
};

struct LineTotals {
    Money gross;
    Money lineDiscount;
    Money documentDiscount; // this line's share of the document discount
    Money net;              // gross − both discounts
    Money vat;
    Money duty;
    Money total;            // net + vat + duty
};

struct DocumentTotals {
    QList<LineTotals> lines;
    QList<LineTotals> additions; // gross = net = the amount; no discounts
    Money gross;                 // goods lines only
    Money discount;              // line discounts + document discount
    Money net;                   // goods and additions
    Money vat;
    Money duty;
    Money total;
};

// Errors (InvalidInput, naming "lines[i].…" or "document_discount"): negative
// prices or quantities, a discount above its base, a percent above 100;
// Overflow when an amount leaves the int64 range.
Result<DocumentTotals> computeTotals(const DocumentInput& input);

} // namespace peyvand::sales
