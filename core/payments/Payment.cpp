#include "Payment.h"

#include "common/EnumKeys.h"
#include "text/Digits.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QLocale>

namespace peyvand::payments {

namespace {

struct PaymentsText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

const std::pair<PaymentMethod, const char*> kMethods[] = {
    { PaymentMethod::Cash, "cash" },       { PaymentMethod::Pos, "pos" },
    { PaymentMethod::Deposit, "deposit" }, { PaymentMethod::Card, "card" },
    { PaymentMethod::Credit, "credit" },   { PaymentMethod::Cheque, "cheque" },
};
const std::pair<PaymentStatus, const char*> kPaymentStatuses[] = {
    { PaymentStatus::Settled, "settled" }, { PaymentStatus::Pending, "pending" },
    { PaymentStatus::Kept, "kept" },       { PaymentStatus::Failed, "failed" },
    { PaymentStatus::Void, "void" },
};
const std::pair<ChequeDirection, const char*> kDirections[] = {
    { ChequeDirection::Received, "received" },
    { ChequeDirection::Issued, "issued" },
};
const std::pair<ChequeStatus, const char*> kChequeStatuses[] = {
    { ChequeStatus::Received, "received" },       { ChequeStatus::Deposited, "deposited" },
    { ChequeStatus::Cleared, "cleared" },         { ChequeStatus::Bounced, "bounced" },
    { ChequeStatus::Returned, "returned" },       { ChequeStatus::Redeposited, "redeposited" },
    { ChequeStatus::Transferred, "transferred" }, { ChequeStatus::Cancelled, "cancelled" },
};
const std::pair<AccountType, const char*> kAccountTypes[] = {
    { AccountType::Current, "current" },
    { AccountType::Savings, "savings" },
    { AccountType::Other, "other" },
};

} // namespace

QString toKey(PaymentMethod method) { return keyOf(method, kMethods); }
QString toKey(PaymentStatus status) { return keyOf(status, kPaymentStatuses); }
QString toKey(ChequeDirection direction) { return keyOf(direction, kDirections); }
QString toKey(ChequeStatus status) { return keyOf(status, kChequeStatuses); }
QString toKey(AccountType type) { return keyOf(type, kAccountTypes); }

std::optional<PaymentMethod> paymentMethodFromKey(const QString& key) { return enumFromKey(key, kMethods); }
std::optional<PaymentStatus> paymentStatusFromKey(const QString& key) { return enumFromKey(key, kPaymentStatuses); }
std::optional<ChequeDirection> chequeDirectionFromKey(const QString& key) { return enumFromKey(key, kDirections); }
std::optional<ChequeStatus> chequeStatusFromKey(const QString& key) { return enumFromKey(key, kChequeStatuses); }
std::optional<AccountType> accountTypeFromKey(const QString& key) { return enumFromKey(key, kAccountTypes); }

QString displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return PaymentsText::tr("Cash");
    case PaymentMethod::Pos:
        return PaymentsText::tr("Card reader (POS)");
    case PaymentMethod::Deposit:
        return PaymentsText::tr("Bank deposit slip");
    case PaymentMethod::Card:
        return PaymentsText::tr("Card to card");
    case PaymentMethod::Credit:
        return PaymentsText::tr("Credit promise");
    case PaymentMethod::Cheque:
        return PaymentsText::tr("Cheque");
    }
    return {};
}

QString displayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Settled:
        return PaymentsText::tr("Settled");
    case PaymentStatus::Pending:
        return PaymentsText::tr("Pending");
    case PaymentStatus::Kept:
        return PaymentsText::tr("Kept");
    case PaymentStatus::Failed:
        return PaymentsText::tr("Failed");
    case PaymentStatus::Void:
        return PaymentsText::tr("Void");
    }
    return {};
}

QString displayName(ChequeDirection direction)
{
    return direction == ChequeDirection::Received ? PaymentsText::tr("Received") : PaymentsText::tr("Issued");
}

QString displayName(ChequeStatus status)
{
    switch (status) {
    case ChequeStatus::Received:
        return PaymentsText::tr("In hand");
    case ChequeStatus::Deposited:
        return PaymentsText::tr("Deposited");
    case ChequeStatus::Cleared:
        return PaymentsText::tr("Cleared");
    case ChequeStatus::Bounced:
        return PaymentsText::tr("Bounced");
    case ChequeStatus::Returned:
        return PaymentsText::tr("Returned");
    case ChequeStatus::Redeposited:
        return PaymentsText::tr("Redeposited");
    case ChequeStatus::Transferred:
        return PaymentsText::tr("Endorsed to a third party");
    case ChequeStatus::Cancelled:
        return PaymentsText::tr("Cancelled");
    }
    return {};
}

QString displayName(AccountType type)
{
    switch (type) {
    case AccountType::Current:
        return PaymentsText::tr("Current account");
    case AccountType::Savings:
        return PaymentsText::tr("Savings account");
    case AccountType::Other:
        return PaymentsText::tr("Other account");
    }
    return {};
}

QString maskCardNumber(const QString& text)
{
    const QString ascii = text::toAsciiDigits(text);
    QString digits;
    QString stars;
    for (const QChar c : ascii) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == QLatin1Char('*'))
            digits += c;
    }
    if (digits.size() != 16)
        return {};
    for (int i = 0; i < 6; ++i) {
        if (!digits.at(i).isDigit())
            return {};
    }
    for (int i = 12; i < 16; ++i) {
        if (!digits.at(i).isDigit())
            return {};
    }
    return digits.left(6) + QString(6, QLatin1Char('*')) + digits.right(4);
}

namespace {
bool persianLocale() { return QLocale().language() == QLocale::Persian; }
} // namespace

QString localAmount(Money amount)
{
    return text::formatGrouped(amount.rial(), persianLocale() ? text::DigitScript::Persian : text::DigitScript::Latin);
}

QString localDate(QDate date)
{
    return text::jalali::formatLong(date, persianLocale() ? text::jalali::Language::Persian : text::jalali::Language::English);
}

} // namespace peyvand::payments
