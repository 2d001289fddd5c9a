#pragma once

#include "BenchOptions.h"

namespace peyvand::bench {

// "peyvand-bench search": generation, search latency against the raw FTS5
// baseline, cold start of the GUI and peak memory, as JSON lines on stdout,
// ending with a summary object with pass/fail per target. Returns the exit
// status: 0 when the run completed (targets may still fail: see "pass"),
// 1 when it could not run.
int runSearchBench(const BenchOptions& options);

} // namespace peyvand::bench
