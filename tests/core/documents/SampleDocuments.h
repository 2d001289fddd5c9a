#pragma once

#include "documents/DocumentRenderer.h"

namespace peyvand::test {

// A realistic pre-invoice: a company without a logo, a Persian customer, six
// lines (one with a percent discount, one with an amount discount, a
// fractional quantity), a document discount and shipping. Text in storage
// form (ASCII digits). Totals computed by sales::computeTotals.
documents::Printable sampleQuote();
// `lines` generated goods lines, for pagination.
documents::Printable longDocument(int lines, sales::DocumentType type = sales::DocumentType::Invoice);
// Fills every computed value of the document (lines, additions, totals).
void fillTotals(sales::Document& document);

} // namespace peyvand::test
