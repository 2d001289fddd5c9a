#include "Latency.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace peyvand::bench {

namespace {

double percentile(const QList<qint64>& sorted, int percent)
{
    if (sorted.isEmpty())
        return 0;
    // Nearest rank: the smallest sample with at least percent % of samples at or below it.
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return double(sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1)) / 1e6;
}

} // namespace

LatencyStats summarize(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    LatencyStats s;
    s.count = int(nanoseconds.size());
    if (nanoseconds.isEmpty())
        return s;
    s.p50 = percentile(nanoseconds, 50);
    s.p95 = percentile(nanoseconds, 95);
    s.max = double(nanoseconds.constLast()) / 1e6;
    s.mean = double(std::accumulate(nanoseconds.cbegin(), nanoseconds.cend(), qint64(0))) / 1e6 / double(s.count);
    return s;
}

double roundMs(double ms) { return std::round(ms * 1000.0) / 1000.0; }

void putStats(QJsonObject& object, const QString& prefix, const LatencyStats& stats)
{
    object.insert(prefix + QStringLiteral("p50_ms"), roundMs(stats.p50));
    object.insert(prefix + QStringLiteral("p95_ms"), roundMs(stats.p95));
    object.insert(prefix + QStringLiteral("max_ms"), roundMs(stats.max));
    object.insert(prefix + QStringLiteral("mean_ms"), roundMs(stats.mean));
}

} // namespace peyvand::bench
