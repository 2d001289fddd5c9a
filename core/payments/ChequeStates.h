#pragma once

#include "Payment.h"

#include <QList>

namespace peyvand::payments {

// The cheque state machine of domain.md §4, as a pure table:
//
//   received ─► deposited ─► cleared
//      │             └──────► bounced ─► returned | redeposited
//      ├─► transferred (endorsed to a third party)
//      ├─► returned
//      └─► cancelled
//
// A redeposited cheque is back at the bank, so it leaves that state as a
// deposited one does: redeposited ─► cleared | bounced (docs/payments.md).
// cleared, returned, transferred and cancelled are final.
namespace cheque_states {

bool isAllowed(ChequeStatus from, ChequeStatus to);
// The states `from` may move to, in the order of the diagram.
QList<ChequeStatus> next(ChequeStatus from);
bool isFinal(ChequeStatus status);
// What the cheque's payments become in that state: cleared → settled;
// bounced, returned, cancelled → failed; the rest → pending. A transferred
// (endorsed) cheque stays pending: only cleared settles money.
PaymentStatus paymentStatusFor(ChequeStatus status);
// Every status, in diagram order (for exhaustive loops and filters).
QList<ChequeStatus> all();

} // namespace cheque_states

} // namespace peyvand::payments
