#pragma once

#include "Report.h"
#include "common/Result.h"

#include <QString>

namespace peyvand::reports {

// How a report table is written to a file. Hidden columns (ids, keys) are
// left out; the totals row, when there is one, comes last.
struct TableExportOptions {
    text::jalali::Language language = text::jalali::Language::English; // dates, periods, headers as given
    bool rightToLeft = false;   // XLSX: a right-to-left sheet (Persian)
};

// CSV, UTF-8 with a BOM, CRLF lines. Numbers as plain ASCII numbers (Money in
// Rial, quantities and percents with a decimal point), dates and periods as
// Jalali text; text that a spreadsheet would run as a formula is escaped with
// a leading apostrophe. Written atomically (QSaveFile).
Status writeTableCsv(const ReportTable& table, const QString& path, const TableExportOptions& options = {});

// XLSX (libxlsxwriter): numbers as numbers with a number format (Money
// "#,##0", per mille as a percent, quantities with decimals), text as text,
// the header and the totals row bold. Appears at `path` only when complete.
Status writeTableXlsx(const ReportTable& table, const QString& path, const TableExportOptions& options = {});

} // namespace peyvand::reports
