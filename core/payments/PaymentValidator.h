#pragma once

#include "PaymentService.h"
#include "common/Result.h"

namespace peyvand::payments {

// Field checks that need no database. Each normalises what it accepts
// (digits, Persian text, masked card) and names the field it refuses.

// Exactly 16 digits in any script, spaces and dashes ignored ("sayad_id").
Result<QString> normalizeSayadId(const QString& text);
// Empty, or a national ID (10 digits, checksum) or legal ID (11 digits) ("drawer_id").
Result<QString> normalizeDrawerId(const QString& text);
// The cheque's own fields: Sayad ID, drawer ID, image size, the texts.
Status normalizeChequeDetails(Cheque& cheque);
// The payment's fields that need no invoice: amount, method fields, dates
// present, card number masked, texts normalised.
Status normalizeNewPayment(NewPayment& payment);

} // namespace peyvand::payments
