#pragma once

#include "Document.h"
#include "common/Result.h"

#include <QJsonObject>

namespace peyvand::storage {
class Database;
}

namespace peyvand::sales {

// Maps documents and their lines to rows (documents, document_lines,
// number_sequences). Knows nothing of the state rules: DocumentService checks
// them and runs these calls inside its transaction.
class DocumentStore final {
public:
    explicit DocumentStore(storage::Database& db) : m_db(db) { }

    // The document with lines and additions; seller and buyer come from the
    // frozen snapshots (empty while a draft).
    Result<Document> load(qint64 id);
    // Inserts the row (which must be a draft) and its lines; returns the id.
    Result<qint64> insert(const Document& document);
    // Rewrites the lines, then every column of the row (a draft, or a draft
    // becoming issued in this call).
    Status update(const Document& document);
    // Moves a locked document to another state.
    Status setState(qint64 id, DocumentState state, const QDateTime& at);
    Status remove(qint64 id);

    // The next counter of the type in the Jalali year (1 for the first).
    Result<qint64> nextSequence(DocumentType type, int jalaliYear);
    Result<bool> numberTaken(DocumentType type, const QString& number);

private:
    Status writeLines(const Document& document);
    Status readLines(Document& document);

    storage::Database& m_db;
};

// The audit shape of a document: its fields, totals and lines.
QJsonObject toAuditJson(const Document& document);

} // namespace peyvand::sales
