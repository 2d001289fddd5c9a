#pragma once

#include "TextEncoding.h"
#include "common/Result.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace peyvand::io {

enum class SourceFormat { Csv, Tsv, Xlsx, VCard };

// "csv", "tsv", "xlsx", "vcf"; from a path's suffix (.txt is TSV, .vcard is
// vCard); ok=false when unknown.
SourceFormat formatFromKey(QStringView key, bool* ok = nullptr);
SourceFormat formatFromPath(const QString& path, bool* ok = nullptr);
QString formatKey(SourceFormat format);

struct SourceOptions {
    SourceFormat format = SourceFormat::Csv;
    TextEncoding encoding = TextEncoding::Auto; // CSV, TSV and vCard
    QChar delimiter;                             // CSV: null detects among , ; tab ،
    QString sheet;                               // XLSX: empty is the first sheet
    qint64 maxBytes = 2ll * 1024 * 1024 * 1024;  // refuse bigger inputs
};

// One record as read: cells in column order (vCard: in the order of
// vCardColumns()), and the 1-based line of the file it started on (XLSX: the
// sheet's row number; vCard: the BEGIN:VCARD line).
struct SourceRow {
    qint64 line = 0;
    QStringList cells;
};

// A table read one row at a time, never all in memory (1,000,000-row files
// are read in ~constant memory). Errors are InvalidInput with field "file"
// and a translated message that says where ("line 3: quote never closed");
// detail holds "line N".
class TableSource {
public:
    virtual ~TableSource() = default;
    // Column titles: the first row of a CSV/TSV/XLSX, vCardColumns() for vCard.
    virtual QStringList headers() const = 0;
    // The next data row; nullopt at the end.
    virtual Result<std::optional<SourceRow>> next() = 0;
    // For progress: how far into the input (bytes; XLSX: of the sheet's XML).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    // What the text was read as (Auto resolved), and the delimiter used.
    virtual TextEncoding encoding() const { return TextEncoding::Utf8; }
    virtual QChar delimiter() const { return {}; }
    // Translated remarks for the preview, e.g. "The file is not valid UTF-8
    // (line 12); it was read as Windows-1256."
    virtual QStringList notices() const { return {}; }
};

// Opens a file for reading in the given format. XLSX sheets: xlsxSheetNames.
Result<std::unique_ptr<TableSource>> openTableSource(const QString& path, const SourceOptions& options);
// The same over a device the caller keeps alive (tests, fuzzing); must be
// seekable for Auto encoding (detection reads it through first).
Result<std::unique_ptr<TableSource>> openTableSource(QIODevice& device, const SourceOptions& options);

// Columns a vCard reader yields, named by import field keys so that they map
// themselves: name, company, mobile, phone, email, website, address, city,
// province, postal_code, notes.
QStringList vCardColumns();

} // namespace peyvand::io
