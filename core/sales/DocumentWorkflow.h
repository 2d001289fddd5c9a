#pragma once

#include "CompanyProfile.h"
#include "Document.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QJsonObject>

namespace peyvand::storage {
class Database;
}

namespace peyvand::sales {

// The steps DocumentService combines; each runs inside the caller's
// transaction and leaves the audit rows of what it changed.
class DocumentWorkflow final {
public:
    DocumentWorkflow(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    Result<CompanyProfile> profile();
    // Normalises, fills the validity of a quote, checks every field (the
    // customer and products must exist), takes the rates in force on the
    // issue date unless overridden and computes the totals.
    Status prepareDraft(Document& document, const CompanyProfile& profile);
    // Stores a prepared draft (audit "create"); returns it with its id.
    Result<Document> insertDraft(Document document, const QJsonObject& auditExtra = {});
    // Draft → issued: re-prepares, numbers, freezes the parties.
    Result<Document> issue(Document document);
    // Moves a locked document to `to` and records old and new state.
    Status moveState(Document& document, DocumentState to, const QJsonObject& auditExtra = {});
    // Drafts show the live seller and buyer; locked documents keep their snapshots.
    Result<Document> withParties(Document document);
    Result<Party> buyerOf(qint64 customerId);

private:
    Status checkReferences(const Document& document);

    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::sales
