#pragma once

#include <QStringList>

namespace peyvand::bench {

// peyvand-bench reports [--lines N] [--customers C] [--db PATH] [--keep] [--reuse] [--runs R]
// Writes a realistic sales database (bench/ReportsData.h: N invoice lines,
// default 1,000,000, over about three Jalali years, C customers, default
// 100,000), then times the dashboard (DashboardQuery::compute, target
// ≤ 500 ms) and every report through ReportRunner (target ≤ 300 ms) with
// typical requests: this Jalali year by month and the whole three years by
// month. R runs each (default 5): the first (cold) apart, median and max.
int runReportsBench(const QStringList& args);

} // namespace peyvand::bench
