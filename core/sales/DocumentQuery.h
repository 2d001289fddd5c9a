#pragma once

#include "Document.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::sales {

struct DocumentFilter {
    std::optional<DocumentType> type;
    QList<DocumentState> states;      // any of; empty for all
    QDate from;                       // issue date, inclusive; invalid for open-ended
    QDate to;
    std::optional<qint64> customerId;
    QString marketer;                 // normalised match on the marketer
    QString text;                     // number, customer name or title contains
};

enum class DocumentSort { IssueDateDesc, IssueDateAsc, NumberAsc, TotalDesc, CustomerAsc };

// One row of the document list: what the list shows, without lines.
struct DocumentRow {
    qint64 id = 0;
    DocumentType type = DocumentType::Quote;
    DocumentState state = DocumentState::Draft;
    QString number;
    QDate issueDate;
    QDate validUntil;
    qint64 customerId = 0;
    QString customerName;
    QString marketer;
    QString title;
    Money grandTotal;
};

struct DocumentListTotals {
    int count = 0;
    Money grandTotal;
    Money vatTotal;
    Money dutyTotal;
};

// Read-only paging over the documents table (keyset-friendly indexes on
// type/state/date/customer/marketer), for the document list and the CLI.
class DocumentQuery final {
public:
    explicit DocumentQuery(storage::Database& db);

    Result<QList<DocumentRow>> page(const DocumentFilter& filter, DocumentSort sort, int limit, int offset);
    Result<DocumentListTotals> totals(const DocumentFilter& filter);
    Result<QStringList> marketers();  // distinct, for the filter's completion

private:
    storage::Database& m_db;
};

} // namespace peyvand::sales
