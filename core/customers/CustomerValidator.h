#pragma once

#include "Customer.h"
#include "common/Error.h"

#include <QList>
#include <QString>

namespace peyvand::customers {

struct FieldIssue {
    enum class Severity { Error, Warning };
    QString field;   // stable identifier: "name", "mobile", "national_id", …
    Severity severity = Severity::Error;
    QString message; // translated, names the field
};

struct ValidationReport {
    QList<FieldIssue> issues;

    bool hasErrors() const;
    QList<FieldIssue> errors() const;
    QList<FieldIssue> warnings() const;
    // The first error as an Error value (InvalidInput with its field).
    Error firstError() const;
};

// Brings every field of a customer to its storage form (Persian text
// normalisation, ASCII digits, mobile as 09…, IDs left-padded, tags
// de-duplicated) and checks the domain rules of domain.md §1. Errors block
// saving; warnings (unknown mobile operator, unusual postal code) do not.
class CustomerValidator final {
public:
    static ValidationReport cleanAndValidate(Customer& customer);
    // Validates one field in isolation for inline feedback while typing;
    // `value` is what the user typed. Returns the issues for that field only.
    static QList<FieldIssue> checkField(const QString& field, const QString& value, CustomerKind kind);
    // Translated label of a field identifier, for messages ("Mobile", "موبایل").
    static QString fieldLabel(const QString& field);
};

} // namespace peyvand::customers
