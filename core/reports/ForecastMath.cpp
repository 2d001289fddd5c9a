#include "ForecastMath.h"

#include <algorithm>
#include <cmath>

namespace peyvand::reports {

qint64 TrendFit::at(int x) const
{
    return std::max<qint64>(0, std::llround(intercept + slope * x));
}

qint64 TrendFit::band() const
{
    return std::llround(residualSd);
}

TrendFit fitTrend(const QList<qint64>& y)
{
    TrendFit fit;
    const int n = int(y.size());
    if (n < kForecastMinHistory)
        return fit;
    const double meanX = (n - 1) / 2.0;
    double meanY = 0;
    for (qint64 v : y)
        meanY += double(v);
    meanY /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; ++i) {
        sxy += (i - meanX) * (double(y.at(i)) - meanY);
        sxx += (i - meanX) * (i - meanX);
    }
    fit.valid = true;
    fit.slope = sxy / sxx;
    fit.intercept = meanY - fit.slope * meanX;
    double ssr = 0;
    for (int i = 0; i < n; ++i) {
        const double r = double(y.at(i)) - (fit.intercept + fit.slope * i);
        ssr += r * r;
    }
    fit.residualSd = std::sqrt(ssr / (n - 2));
    return fit;
}

} // namespace peyvand::reports
