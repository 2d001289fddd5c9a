#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

namespace peyvand::text {

// Every validator accepts digits in any script, ignores surrounding spaces and
// the usual separators (spaces, '-') and returns the canonical stored form, or
// an InvalidInput Error whose field is the given field name and whose message
// says what is wrong in words a user understands.

// کد ملی: 10 digits (8–9 digits are left-padded with zeros), checksum of domain.md.
Result<QString> normalizeNationalId(QStringView text, const QString& field = QStringLiteral("national_id"));
// شناسه ملی: 11 digits with the legal-entity checksum.
Result<QString> normalizeLegalId(QStringView text, const QString& field = QStringLiteral("legal_id"));
// Economic code: 10 (national-ID check), 11 (legal-ID check), 12 or 14 digits.
Result<QString> normalizeEconomicCode(QStringView text, const QString& field = QStringLiteral("economic_code"));

struct MobileNumber {
    QString canonical;       // "09XXXXXXXXX"
    bool knownOperator = true; // false: prefix not in the known operator list (a warning)
};
// Accepts +98, 0098, 98, 0 or no prefix before 9 + 9 digits.
Result<MobileNumber> normalizeMobile(QStringView text, const QString& field = QStringLiteral("mobile"));

struct PostalCode {
    QString digits;           // 10 digits
    bool matchesPattern = true; // false: does not match ^(?!(\d)\1{3})[13-9]{5}\d{5}$ (a warning)
};
Result<PostalCode> normalizePostalCode(QStringView text, const QString& field = QStringLiteral("postal_code"));

// Sheba: "IR" + 24 digits, mod-97 check. Returns "IR" followed by 24 digits.
Result<QString> normalizeSheba(QStringView text, const QString& field = QStringLiteral("sheba"));
// Card number: 16 digits, Luhn. Returns the 16 digits (callers store it masked).
Result<QString> normalizeCardNumber(QStringView text, const QString& field = QStringLiteral("card_number"));
// First 6 and last 4 digits, the rest as '*': "603799******1234".
QString maskCardNumber(QStringView digits16);
// A plain phone number (landline or other): digits only, 4 to 15 of them, an
// optional leading '+' kept. Returns the normalised digits.
Result<QString> normalizePhone(QStringView text, const QString& field = QStringLiteral("phone"));
// Email: trimmed, lower-cased domain, one '@', a dot in the domain, no spaces.
Result<QString> normalizeEmail(QStringView text, const QString& field = QStringLiteral("email"));

} // namespace peyvand::text
