#pragma once

#include "common/Money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace peyvand::payments {

// domain.md §4; the rules we chose where it is silent are in docs/payments.md.
enum class PaymentMethod { Cash, Pos, Deposit, Card, Credit, Cheque };
enum class PaymentStatus { Settled, Pending, Kept, Failed, Void };

enum class ChequeDirection { Received, Issued };
enum class ChequeStatus { Received, Deposited, Cleared, Bounced, Returned, Redeposited, Transferred, Cancelled };
enum class AccountType { Current, Savings, Other };

struct Cheque {
    qint64 id = 0;
    ChequeDirection direction = ChequeDirection::Received;
    ChequeStatus status = ChequeStatus::Received;
    QString sayadId;               // 16 ASCII digits (normalised on write)
    QString serial;
    Money amount;
    QString bank;
    QString branchName;
    QString branchCode;
    AccountType accountType = AccountType::Current;
    QString accountNumber;
    QString drawerName;            // issued cheques: the payee
    QString drawerId;              // national or legal ID, checked when given
    QDate dueDate;                 // سررسید
    QDate entryDate;
    QDate statusDate;              // the day of the last transition
    std::optional<qint64> customerId;
    std::optional<qint64> documentId;
    std::optional<qint64> instalmentId;
    QByteArray image;              // the scan; empty in listings unless asked for
    QString imageMime;
    bool hasImage = false;         // filled on reads, also when image is not loaded
    QString note;
    QString customerName;          // filled on reads
    QString documentNumber;        // filled on reads
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ChequeEvent {
    qint64 id = 0;
    qint64 chequeId = 0;
    std::optional<ChequeStatus> from; // none for the entry itself
    ChequeStatus to = ChequeStatus::Received;
    QDate date;
    QString note;
    QDateTime recordedAt;
};

struct Payment {
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> documentId;   // none: on account
    std::optional<qint64> instalmentId;
    std::optional<qint64> chequeId;
    PaymentMethod method = PaymentMethod::Cash;
    PaymentStatus status = PaymentStatus::Settled;
    Money amount;
    QDate paidOn;                       // received or promised on
    QDate dueDate;                      // credit promises and cheques
    QDate settledOn;                    // invalid until it is money
    QString terminal;                   // POS
    QString traceNumber;                // POS
    QString maskedCard;                 // POS, card-to-card: "603799******1234"
    QString bank;                       // deposit slip
    QString account;                    // deposit slip / card-to-card destination
    QString reference;                  // slip or tracking number
    QString payerName;
    QString note;
    QString documentNumber;             // filled on reads
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOnAccount() const { return !documentId.has_value(); }
};

QString toKey(PaymentMethod method);      // "cash", "pos", "deposit", "card", "credit", "cheque"
QString toKey(PaymentStatus status);      // "settled", "pending", "kept", "failed", "void"
QString toKey(ChequeDirection direction); // "received", "issued"
QString toKey(ChequeStatus status);       // "received", "deposited", "cleared", …
QString toKey(AccountType type);          // "current", "savings", "other"
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);
std::optional<PaymentStatus> paymentStatusFromKey(const QString& key);
std::optional<ChequeDirection> chequeDirectionFromKey(const QString& key);
std::optional<ChequeStatus> chequeStatusFromKey(const QString& key);
std::optional<AccountType> accountTypeFromKey(const QString& key);

// Translated names for lists, dialogs and the CLI's human output.
QString displayName(PaymentMethod method);
QString displayName(PaymentStatus status);
QString displayName(ChequeDirection direction);
QString displayName(ChequeStatus status);
QString displayName(AccountType type);

// "6037991234561234" or "6037-99**-****-1234" → "603799******1234": the
// first six and last four digits of a 16-digit card number (any digit
// script, separators ignored). Empty when the text has no 16 digits.
QString maskCardNumber(const QString& text);

// For messages: "2,750,000" and "3 Dey 1405" in the current locale's
// digits and calendar language (Persian digits and month names in fa).
QString localAmount(Money amount);
QString localDate(QDate date);

} // namespace peyvand::payments
