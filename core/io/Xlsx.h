#pragma once

#include "TableSource.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace peyvand::io {

// Limits against zip bombs and oversized sheets; any crossed limit is a clear
// InvalidInput error, never a crash or unbounded memory.
struct XlsxLimits {
    qint64 maxEntryBytes = 2048ll * 1024 * 1024;  // one uncompressed part (1,000,000 exported customers: ~1 GB)
    // Memory of the shared string table: its text (UTF-16) and an offset per
    // string, so that neither long strings nor millions of empty ones pass.
    // A million-row workbook from a spreadsheet program, every text cell its
    // own string, takes about 160 MB.
    qint64 maxSharedStringBytes = 256ll * 1024 * 1024;
    int maxColumns = 1024;
    qint64 maxRows = 5'000'000;
    double maxCompressionRatio = 200.0;            // uncompressed / compressed per part
};

// Sheet names in workbook order.
Result<QStringList> xlsxSheetNames(const QString& path);
Result<QStringList> xlsxSheetNames(QIODevice& device);

// Reads the first (or named) sheet: shared strings, inline strings, numbers
// (written without exponent or trailing zeros: 9121234567, 12.5), booleans,
// and cells styled as dates turned into ISO dates (1900 and 1904 systems).
// Rows are padded to the header's width; gaps in a row become empty cells.
// DTDs and entities are refused.
Result<std::unique_ptr<TableSource>> openXlsx(const QString& path, const QString& sheet = {}, const XlsxLimits& limits = {});
Result<std::unique_ptr<TableSource>> openXlsx(QIODevice& device, const QString& sheet = {}, const XlsxLimits& limits = {});

// Writes one sheet with libxlsxwriter. Every cell is written as text (IDs and
// phones keep their leading zeros); the first row is bold and frozen. The
// file appears at `path` only on close() (written beside it, then renamed).
class XlsxWriter final {
public:
    static Result<std::unique_ptr<XlsxWriter>> create(const QString& path, const QString& sheetName);
    ~XlsxWriter(); // without close(): nothing is left at path
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    Status writeRow(const QStringList& cells);
    // Right-to-left sheet (Persian exports).
    void setRightToLeft(bool rtl);
    Status close();

private:
    struct State;
    explicit XlsxWriter(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace peyvand::io
