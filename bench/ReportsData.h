#pragma once

#include "common/Result.h"

#include <QDate>

namespace peyvand::storage {
class Database;
}

namespace peyvand::bench {

// What `peyvand-bench reports` writes (bench/README.md): straight through
// SQL for speed, but through the states the app uses (invoices inserted as
// drafts with their lines, then issued, then settled), so that the schema's
// CHECKs and triggers, and the summary tables triggers keep, hold.
struct ReportsDataSpec {
    qint64 invoiceLines = 1'000'000;
    qint64 customers = 100'000;
    int products = 400;
    int leads = 20'000;
    int deals = 5'000;
    QDate today;              // the last day with invoices
    quint32 seed = 1404;
};

struct ReportsDataCounts {
    qint64 customers = 0;
    qint64 invoices = 0;
    qint64 invoiceLines = 0;
    qint64 quotes = 0;
    qint64 payments = 0;
    qint64 cheques = 0;
    qint64 leads = 0;
    qint64 deals = 0;
};

Result<ReportsDataCounts> generateReportsData(storage::Database& db, const ReportsDataSpec& spec);

} // namespace peyvand::bench
