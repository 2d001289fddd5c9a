#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace peyvand::bench {

// Milliseconds (as reals: they are timings, not money) of a set of samples.
struct LatencyStats {
    int count = 0;
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    double mean = 0;
};

// Nearest-rank percentiles of samples given in nanoseconds.
LatencyStats summarize(QList<qint64> nanoseconds);
// {"<prefix>p50_ms": …, "<prefix>p95_ms": …, "<prefix>max_ms": …, "<prefix>mean_ms": …}
void putStats(QJsonObject& object, const QString& prefix, const LatencyStats& stats);
// Rounded to microseconds for printing.
double roundMs(double ms);

} // namespace peyvand::bench
