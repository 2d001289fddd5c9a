#pragma once

#include "common/Result.h"
#include "customers/CustomerSearch.h"

#include <QString>

#include <functional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::exchange {

enum class ExportFormat { Csv, Xlsx, VCard };
QString exportFormatKey(ExportFormat format); // "csv", "xlsx", "vcf"
std::optional<ExportFormat> exportFormatFromKey(QStringView key);

struct ExportOptions {
    ExportFormat format = ExportFormat::Csv;
    customers::CustomerQuery query; // the current search/filter; default: all active
    bool persianHeaders = false;    // column titles in Persian (they map back on import)
};

// Text cells starting with = + - @ or a tab (or CR) get a leading apostrophe
// so that spreadsheet programs do not run them as formulas.
QString escapeFormula(const QString& cell);

// Writes the customers matching the query: CSV as UTF-8 with BOM, XLSX with
// IDs and phones as text, vCard 3.0 with FN, ORG, TEL, EMAIL, ADR, URL,
// NOTE. Columns use import field keys (or their Persian labels), so an export
// imports back unchanged. The file is written beside `path` and renamed into
// place: a failure or a cancel leaves no partial file. Returns the count.
class CustomerExporter final {
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CustomerExporter(storage::Database& db);
    Result<qint64> run(const QString& path, const ExportOptions& options, const Progress& progress = {});

private:
    storage::Database& m_db;
};

} // namespace peyvand::exchange
