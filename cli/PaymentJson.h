#pragma once

#include "payments/Payment.h"
#include "payments/PaymentRecord.h"
#include "payments/PaymentService.h"
#include "payments/Receivables.h"

#include <QJsonArray>
#include <QJsonObject>

namespace peyvand::cli {

// JSON of the payments area for peyvand-cli (cli/README.md, "Payments").
// Amounts are whole Rial numbers, dates ISO with a `_jalali` twin.
QJsonObject paymentJson(const payments::Payment& payment);
QJsonObject chequeJson(const payments::Cheque& cheque);
QJsonObject chequeEventJson(const payments::ChequeEvent& event);
QJsonObject planJson(const payments::Plan& plan);
// total, paid, pending, balance, uncovered, settled, payments, plan (null when none).
void putAccount(QJsonObject& object, const payments::InvoiceAccount& account);
QJsonObject reminderJson(const payments::Reminder& reminder);
QJsonObject ageingJson(const payments::Ageing& ageing);
QJsonObject openInvoiceJson(const payments::OpenInvoice& invoice);
// {items_due, on_time, late, bounced_cheques, on_time_share, average_days_late}
QJsonObject recordJson(const payments::PaymentRecord& record);
// "not_due", "0_30", "31_60", "61_90", "over_90"
QString bucketKey(payments::AgeBucket bucket);

} // namespace peyvand::cli
