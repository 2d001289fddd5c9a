#pragma once

#include "ImportField.h"
#include "customers/Customer.h"
#include "io/TableSource.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace peyvand::exchange {

enum class DuplicatePolicy {
    Skip,   // keep the existing customer, count the row as a skipped duplicate
    Update, // fill the existing customer's empty fields (all fields with overwrite)
    Create, // import as a new customer anyway
};
QString policyKey(DuplicatePolicy policy); // "skip", "update", "create"
std::optional<DuplicatePolicy> policyFromKey(QStringView key);

// Why a row is a duplicate, in the order checked.
enum class DuplicateReason { Mobile, NationalId, Email, NameAndCity };
QString duplicateReasonKey(DuplicateReason reason); // "mobile", "national_id", "email", "name_city"
QString duplicateReasonLabel(DuplicateReason reason); // translated

struct ImportOptions {
    io::SourceOptions source;
    ColumnMapping mapping;           // empty columns: autoMap(headers)
    QList<MappingOverride> overrides;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool overwrite = false;          // with Update: replace non-empty fields too
    bool dryRun = false;             // everything but the COMMIT
    // Whether the customers' indexes are updated row by row or rebuilt after
    // the rows (CustomerWriter's bulk mode). Automatic rebuilds them for a
    // file of kBulkFromBytes or more with at least as many rows as the book
    // has customers.
    enum class Indexing { Automatic, RowByRow, Rebuild };
    static constexpr qint64 kBulkFromBytes = 4ll * 1024 * 1024; // about 30,000 CSV rows
    Indexing indexing = Indexing::Automatic;
};

// A row that was not imported, and why. `field` is an import field key (or
// "row" for a row-wide problem); `reason` is translated.
struct RejectedRow {
    qint64 line = 0;
    QString field;
    QString value;
    QString reason;
};

// A row that matched an existing customer (or an earlier row of the file,
// existingId 0 then with existingLine set).
struct DuplicateMatch {
    qint64 line = 0;
    DuplicateReason reason = DuplicateReason::Mobile;
    qint64 existingId = 0;
    qint64 existingLine = 0;
    customers::Customer incoming;  // as it would be stored
    customers::Customer existing;  // as stored (or the earlier row)
};

struct ImportReport {
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skippedDuplicates = 0;
    QList<RejectedRow> rejected;
    QList<DuplicateMatch> duplicates;  // capped at kMaxDuplicateDetails
    qint64 duplicateCount = 0;         // all of them
    io::TextEncoding encoding = io::TextEncoding::Utf8;
    QStringList notices;               // from the reader
    bool dryRun = false;

    static constexpr int kMaxDuplicateDetails = 1000;
};

// One previewed row: the customer as it would be stored and its problems
// (field key → translated message), and whether it is a duplicate.
struct PreviewRow {
    qint64 line = 0;
    QStringList cells;               // as read
    customers::Customer customer;    // cleaned
    QList<RejectedRow> problems;     // empty: would import
    std::optional<DuplicateMatch> duplicate;
};

struct ImportPreview {
    QStringList headers;
    ColumnMapping mapping;           // after autoMap and overrides
    io::TextEncoding encoding = io::TextEncoding::Utf8;
    QChar delimiter;
    QStringList notices;
    QList<PreviewRow> rows;
};

// done/total in bytes of the input (for rows/s use rowsRead); return false
// to cancel.
struct ImportProgress {
    qint64 rowsRead = 0;
    qint64 position = 0;
    qint64 size = 0;
    // Every row is read: the indexes are being completed and the transaction
    // committed, which cannot be cancelled (the callback's answer is ignored).
    bool finishing = false;
};
using ImportProgressFn = std::function<bool(const ImportProgress&)>;

} // namespace peyvand::exchange
