#pragma once

#include "ImportTypes.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QString>

namespace peyvand::storage {
class Database;
}

namespace peyvand::exchange {

// Imports customers from a CSV, TSV, XLSX or vCard file (docs: issue 5).
// Each row is mapped, cleaned and validated like a customer typed into the
// form (CustomerValidator); a row with an invalid value is rejected and
// reported (line, field, value, reason), never imported half. Duplicates are
// looked for within the file and in the database (same mobile, national ID,
// email, or normalised name and city) and handled by the policy.
// The whole import is one transaction: a cancel, an error or a crash leaves
// the database exactly as it was.
class CustomerImporter final {
public:
    explicit CustomerImporter(storage::Database& db, const Clock& clock = SystemClock::instance());

    // The first `rows` rows as they would be stored, with problems and
    // duplicates; reads only as much of the file as it needs.
    Result<ImportPreview> preview(const QString& path, const ImportOptions& options, int rows = 50);

    // Errors: InvalidInput "file" when the file cannot be parsed (the message
    // says where; nothing imported), "map" for a bad override, Cancelled.
    // `report` (optional) is filled as far as the import got, also on error.
    Result<ImportReport> run(const QString& path, const ImportOptions& options,
                             const ImportProgressFn& progress = {}, ImportReport* report = nullptr);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

// The rejected rows as CSV (UTF-8 with BOM): line, field, value, reason.
Status saveRejectedRowsCsv(const ImportReport& report, const QString& path);

} // namespace peyvand::exchange
