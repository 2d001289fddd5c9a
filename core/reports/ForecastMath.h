#pragma once

// Internal to core/reports: the least-squares trend of the sales forecast
// (docs/reports.md, "Forecast"), pure so that tests can check it exactly.

#include <QList>

namespace peyvand::reports {

inline constexpr int kForecastMinHistory = 3;

struct TrendFit {
    bool valid = false;     // fewer than kForecastMinHistory points: no fit
    double intercept = 0;   // the line's value at x = 0 (the oldest month)
    double slope = 0;       // Rial per month
    double residualSd = 0;  // √(Σ residual² / (n − 2))

    // The line at month x (0: oldest), rounded to the Rial, never below 0.
    qint64 at(int x) const;
    // The band's half width, rounded to the Rial.
    qint64 band() const;
};

// y[i] is month i's sales in Rial, oldest first.
TrendFit fitTrend(const QList<qint64>& y);

} // namespace peyvand::reports
