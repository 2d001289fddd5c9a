#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peyvand::exchange {

// Where an imported column goes. `Ignore` drops it; `Notes` columns are
// joined into one note per customer ("Header: value" lines).
enum class ImportField {
    Ignore,
    Name, FirstName, LastName, // first + last are joined when name is not mapped
    Kind, Company, NationalId, LegalId, EconomicCode, RegistrationNumber,
    Mobile, Phone, Email, Website, Instagram, Telegram, WhatsApp, Linkedin,
    Address, City, Province, PostalCode, Source, Tags, Since, Notes,
};

// Stable keys used by --map and the report: "name", "first_name", "mobile",
// "phone" (other phones), "national_id", "postal_code", "tags", "notes", …
QString fieldKey(ImportField field);
std::optional<ImportField> fieldFromKey(QStringView key);
// Translated label for the wizard ("Mobile", "موبایل").
QString fieldLabel(ImportField field);
// Every field but Ignore, in the order the wizard lists them.
QList<ImportField> importableFields();

// Which field each source column goes to (index = column).
struct ColumnMapping {
    QList<ImportField> columns;
    bool unmappedToNotes = false; // Ignore columns go into the note instead

    bool maps(ImportField field) const { return columns.contains(field); }
};

// Guesses from English and Persian headers after normalisation (case, ZWNJ,
// Arabic letters, spaces/underscores): name/نام/نام و نام خانوادگی,
// company/شرکت, mobile/موبایل/تلفن همراه, phone/تلفن, email/ایمیل,
// national_id/کد ملی, city/شهر, province/استان, address/آدرس/نشانی,
// postal_code/کد پستی, tags/برچسب, notes/یادداشت, source/منبع, and more.
// A field is given to one column only (the first that matches).
ColumnMapping autoMap(const QStringList& headers);

// Applies "COLUMN=FIELD" overrides (COLUMN is a header text or a 1-based
// column number; FIELD a key or "ignore"). Errors name the bad override.
struct MappingOverride {
    QString column;
    QString field;
};
// Errors: InvalidInput with field "map" and a message naming the override.
// A field other than phone, tags and notes moves to the overriding column.
Result<ColumnMapping> applyOverrides(ColumnMapping mapping, const QStringList& headers,
                                     const QList<MappingOverride>& overrides);
// "COLUMN=FIELD" as typed after --map (split at the last '=').
Result<MappingOverride> parseOverride(const QString& text);

} // namespace peyvand::exchange
