#pragma once

#include "CompanyProfile.h"
#include "Document.h"
#include "common/Result.h"

namespace peyvand::customers {
struct Customer;
}

namespace peyvand::sales {

// The pure rules behind DocumentService (no storage).

// Brings the text of a document and its lines to the storage form.
void normalizeDocument(Document& document);
// The checks computeTotals does not make, in the order of the editor:
// issue_date, valid_until, lines, then each line and addition.
Status checkDraftFields(const Document& document);
// Rates given by hand must be percentages.
Status checkRates(const TaxRates& rates);
// Runs computeTotals and stores its values in the lines, additions and sums.
Status applyTotals(Document& document);

// The parties as printed: the company profile and the customer.
Party sellerParty(const CompanyProfile& profile);
Party buyerParty(const customers::Customer& customer);
// "province، city، address" (general to specific, as Iranian addresses are
// written), without empty parts or parts the address already names.
QString joinAddress(const QString& address, const QString& city, const QString& province);

// Conflict for any change to an issued document.
Error lockedError(const Document& document);
// The translated name of the document's state, for messages.
QString stateName(const Document& document);

} // namespace peyvand::sales
