#pragma once

#include <QtGlobal>

#include <optional>

namespace peyvand::bench {

// Peak resident set sizes in KiB (getrusage ru_maxrss; null where the
// platform has no such figure).
std::optional<qint64> selfPeakRssKb();
// The largest peak among terminated, waited-for children (RUSAGE_CHILDREN).
std::optional<qint64> childrenPeakRssKb();

// Linux: resets this process's high-water mark (VmHWM) so that a later phase
// can be measured on its own; false where that is not possible.
bool resetPeakRss();
// Linux: VmHWM of this process since start or the last reset.
std::optional<qint64> highWaterMarkKb();

} // namespace peyvand::bench
