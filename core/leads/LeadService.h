#pragma once

#include "Lead.h"
#include "ScoringProfile.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "customers/CustomerValidator.h"

#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::leads {

struct Industry {
    QString key;
    QString name;  // what is shown: the user's name, or the built-in's translated name
    bool builtin = false;
};

struct ConversionOptions {
    bool createDeal = false;
    QString dealTitle;        // defaults to the lead's name
    std::optional<Money> dealAmount; // defaults to the lead's budget
};

struct ConversionResult {
    qint64 customerId = 0;
    qint64 dealId = 0;        // 0 when no deal was made
    int notesCopied = 0;
    int interactionsCopied = 0;
};

// Everything a user does to leads. Every write validates, normalises, runs in
// one transaction, rescoring the lead under the stored profile and recording
// a score change when the score moved, and leaves an audit row.
class LeadService final {
public:
    LeadService(storage::Database& db, const Clock& clock = SystemClock::instance());

    // Contact fields through CustomerValidator (field ids as for customers);
    // lead fields: "lost_reason" (required when lost), "budget" (>= 0),
    // "industry" (must be in the list), "custom.<key>" (known criterion and option).
    Result<Lead> create(Lead draft, customers::ValidationReport* report = nullptr);
    Result<Lead> update(Lead changed, customers::ValidationReport* report = nullptr);
    Result<Lead> get(qint64 id);
    Status remove(qint64 id);

    // The manual override: the score shown and queued is `score`; reason required.
    Result<Lead> setOverride(qint64 id, int score, const QString& reason);
    Result<Lead> clearOverride(qint64 id);
    Result<QList<ScoreChange>> scoreHistory(qint64 id); // newest first

    Result<LeadNote> addNote(qint64 leadId, const QString& text, QDateTime at = {});
    Result<QList<LeadNote>> notes(qint64 leadId);  // newest first
    Status removeNote(qint64 noteId);
    // Logging an interaction rescored the lead (engagement); a status of New moves to Contacted.
    Result<LeadInteraction> logInteraction(LeadInteraction interaction);
    Result<QList<LeadInteraction>> interactions(qint64 leadId); // newest first
    Status removeInteraction(qint64 interactionId);

    // Makes a customer from the lead's contact fields (source from the lead's),
    // copies its notes and interactions, moves its open tasks to the customer,
    // optionally opens a deal in the first pipeline stage, and marks the lead
    // Converted. A lead already converted is a Conflict.
    Result<ConversionResult> convert(qint64 leadId, const ConversionOptions& options = {});

    // The scoring profile in use (the default one until the user saves another).
    Result<ScoringProfile> profile();
    // Validates and stores the profile; does not rescore (see LeadRescorer).
    Status saveProfile(const ScoringProfile& profile);

    Result<QList<Industry>> industries();   // in the user's order
    Result<Industry> addIndustry(const QString& name);
    Status renameIndustry(const QString& key, const QString& name);
    // Leads in a removed industry keep its key and get no industry points.
    Status removeIndustry(const QString& key);
    Result<QStringList> owners();           // distinct owners in use, for completion

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::leads
