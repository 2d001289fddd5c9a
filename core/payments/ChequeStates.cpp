#include "ChequeStates.h"

namespace peyvand::payments::cheque_states {

QList<ChequeStatus> next(ChequeStatus from)
{
    using S = ChequeStatus;
    switch (from) {
    case S::Received:
        return { S::Deposited, S::Transferred, S::Returned, S::Cancelled };
    case S::Deposited:
    case S::Redeposited:
        return { S::Cleared, S::Bounced };
    case S::Bounced:
        return { S::Returned, S::Redeposited };
    case S::Cleared:
    case S::Returned:
    case S::Transferred:
    case S::Cancelled:
        return {};
    }
    return {};
}

bool isAllowed(ChequeStatus from, ChequeStatus to) { return next(from).contains(to); }

bool isFinal(ChequeStatus status) { return next(status).isEmpty(); }

PaymentStatus paymentStatusFor(ChequeStatus status)
{
    switch (status) {
    case ChequeStatus::Cleared:
        return PaymentStatus::Settled;
    case ChequeStatus::Bounced:
    case ChequeStatus::Returned:
    case ChequeStatus::Cancelled:
        return PaymentStatus::Failed;
    case ChequeStatus::Received:
    case ChequeStatus::Deposited:
    case ChequeStatus::Redeposited:
    case ChequeStatus::Transferred:
        return PaymentStatus::Pending;
    }
    return PaymentStatus::Pending;
}

QList<ChequeStatus> all()
{
    using S = ChequeStatus;
    return { S::Received, S::Deposited, S::Cleared, S::Bounced, S::Returned, S::Redeposited, S::Transferred, S::Cancelled };
}

} // namespace peyvand::payments::cheque_states
