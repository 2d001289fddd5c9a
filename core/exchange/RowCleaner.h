#pragma once

// Internal to core/exchange: one source row to one customer as it would be
// stored (used by CustomerImporter for the preview and the import).

#include "ImportField.h"
#include "ImportTypes.h"
#include "customers/Customer.h"
#include "io/TableSource.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace peyvand::exchange {

struct CleanedRow {
    qint64 line = 0;
    customers::Customer customer; // storage form (since may be invalid: the day of import)
    QString note;                 // normalised; empty: none
    QList<RejectedRow> problems;  // errors, each naming an import field key
    bool blank = false;           // every cell empty: not a customer, not an error

    bool ok() const { return !blank && problems.isEmpty(); }
};

// Maps, cleans and validates rows by the rules of a customer typed into the
// form (CustomerValidator): Persian/Arabic digits, mobiles as 09… (also
// 9…, +98…, 0098…), national IDs left-padded, letter variants, first and
// last name joined, tags split at , ، and ;. Thread-safe for const use.
class RowCleaner final {
public:
    RowCleaner(QStringList headers, ColumnMapping mapping);

    CleanedRow clean(const io::SourceRow& row) const;

    const ColumnMapping& mapping() const { return m_mapping; }
    const QStringList& headers() const { return m_headers; }

private:
    QString joined(const QStringList& cells, ImportField field, QChar separator) const;

    QStringList m_headers;
    ColumnMapping m_mapping;
    QList<QList<int>> m_columnsOf; // by ImportField value
    QList<int> m_noteColumns;      // Notes columns, then Ignore columns when unmappedToNotes
};

// Undoes escapeFormula: "'=x" → "=x" (only before = + - @ tab CR).
QString unescapeFormula(const QString& cell);

// The import field key for a CustomerValidator field id ("other_phones" →
// "phone").
QString importKeyForValidatorField(const QString& field);

} // namespace peyvand::exchange
