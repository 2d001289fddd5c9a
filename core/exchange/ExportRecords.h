#pragma once

// Internal to core/exchange: the customers an export writes, read in id order
// with their notes, and the cells of one customer per exported column.

#include "ImportField.h"
#include "common/Result.h"
#include "customers/Customer.h"
#include "customers/CustomerSearch.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace peyvand::storage {
class Database;
class SqlStatement;
}

namespace peyvand::exchange {

struct ExportRecord {
    customers::Customer customer;
    QStringList notes; // oldest first
};

// The columns of CSV and XLSX exports, as import fields (so that an export
// imports back unchanged).
QList<ImportField> exportColumns();
// The cells of one record in exportColumns() order, not yet escaped.
QStringList exportCells(const ExportRecord& record);
// Which columns hold free text (escaped against formula injection).
bool isFreeText(ImportField field);

class ExportScan final {
public:
    static Result<std::unique_ptr<ExportScan>> open(storage::Database& db, const customers::CustomerQuery& query);
    ~ExportScan();

    qint64 total() const { return m_total; }
    // The next record; nullopt at the end.
    Result<std::optional<ExportRecord>> next();
    // The next customer as one CSV line (UTF-8, CRLF, exportColumns() with
    // free text escaped) appended to `out`, straight from the stored bytes:
    // the same text as the cells of next() written with io::csvField, at a
    // fraction of the cost. False at the end.
    Result<bool> nextCsv(QByteArray& out);

private:
    ExportScan() = default;
    Result<bool> advance(); // puts m_rows on the next customer
    void done();            // after reading the row advance() found
    Status readNotes(qint64 id, QStringList& notes);

    std::unique_ptr<storage::SqlStatement> m_rows;
    std::unique_ptr<storage::SqlStatement> m_notes;
    QList<qint64> m_ids;     // filtered exports: the ids, fetched one by one
    bool m_filtered = false;
    qint64 m_position = 0;
    qint64 m_total = 0;
    bool m_noteRow = false;  // m_notes is on a row not yet consumed
    bool m_notesDone = false;
};

} // namespace peyvand::exchange
