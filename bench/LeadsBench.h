#pragma once

#include <QStringList>

namespace peyvand::bench {

// peyvand-bench leads [--leads N] [--db PATH] [--keep] [--reuse] [--runs R] [--page-runs P]
// Generates N leads (default 100,000) with varied criteria, 0–5 interactions
// each and open follow-up tasks on some, straight through SQL in one
// transaction, then times LeadRescorer::rescoreAll (the median of R runs,
// alternating two profiles so that scores really move), countQualifying
// (the settings' live preview) and the priority queue's first page
// (LeadQuery::page of the qualified leads in priority order, 50 rows, and
// LeadQuery::count), and checks that the page reads the leads_queue index. Targets (issue 4):
// rescoring ≤ 2 s, the first page ≤ 100 ms.
int runLeadsBench(const QStringList& args);

} // namespace peyvand::bench
