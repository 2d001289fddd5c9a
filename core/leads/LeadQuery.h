#pragma once

#include "Lead.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::leads {

struct LeadFilter {
    QString text;                  // name, company, mobile, email contains (search keys)
    QList<LeadStatus> statuses;    // any of; empty: all but Converted and Lost
    bool includeClosed = false;    // with an empty statuses list, also Converted and Lost
    bool qualifiedOnly = false;
    std::optional<Band> band;
    std::optional<LeadSource> source;
    QString owner;
};

// Each order has its natural direction; page(reversed = true) turns it
// around. Status and source sort in the order of their lists (new first,
// website first), names and companies by their Persian sort keys.
enum class LeadSort {
    Priority, ScoreDesc, NameAsc, CreatedDesc, NextFollowUpAsc,
    CompanyAsc, StatusAsc, SourceAsc, OwnerAsc, BestTimeAsc,
};

// One row of the lead list / priority queue.
struct LeadRow {
    qint64 id = 0;
    QString name;
    QString company;
    QString mobile;
    LeadType type = LeadType::Sales;
    LeadSource source = LeadSource::Other;
    LeadStatus status = LeadStatus::New;
    QString owner;
    int score = 0;
    bool overridden = false;
    Band band = Band::Cold;
    bool qualified = false;
    QDateTime nextFollowUp;
    QString bestTimeToCall;
    QDateTime createdAt;
};

// Read-only paging over leads. Priority is the queue's order: score
// descending, then next follow-up (none last), then id; with qualifiedOnly
// it reads the leads_queue index.
class LeadQuery final {
public:
    explicit LeadQuery(storage::Database& db);

    Result<QList<LeadRow>> page(const LeadFilter& filter, LeadSort sort, int limit, int offset, bool reversed = false);
    Result<int> count(const LeadFilter& filter);

private:
    storage::Database& m_db;
};

} // namespace peyvand::leads
