#pragma once

#include <QStringList>

namespace peyvand::bench {

// peyvand-bench import [--rows N] [--db PATH] [--csv PATH] [--seed S] [--keep]
//                      [--feed-only [--digest]]
// (see bench/README.md). Returns the exit status: 3 when a target is missed.
int runImportBench(const QStringList& args);

} // namespace peyvand::bench
