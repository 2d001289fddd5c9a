#include "Dashboard.h"

#include "text/Jalali.h"

#include <algorithm>

namespace peyvand::reports {

namespace {

namespace jalali = text::jalali;

// The first `day` days of a Jalali month, capped at its length.
DateRange firstDaysOf(int year, int month, int day)
{
    const int last = std::min(day, jalali::daysInMonth(year, month));
    return { jalali::toGregorian({ year, month, 1 }), jalali::toGregorian({ year, month, last }) };
}

} // namespace

DateRange monthToDate(QDate today)
{
    const auto j = jalali::fromGregorian(today);
    if (!j)
        return {};
    return firstDaysOf(j->year, j->month, j->day);
}

DateRange lastMonthToDate(QDate today)
{
    const auto j = jalali::fromGregorian(today);
    if (!j)
        return {};
    const int year = j->month == 1 ? j->year - 1 : j->year;
    const int month = j->month == 1 ? 12 : j->month - 1;
    return firstDaysOf(year, month, j->day);
}

DateRange sameMonthLastYearToDate(QDate today)
{
    const auto j = jalali::fromGregorian(today);
    if (!j)
        return {};
    return firstDaysOf(j->year - 1, j->month, j->day);
}

const DashboardTile* Dashboard::tile(const QString& key) const
{
    for (const DashboardTile& t : tiles) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

} // namespace peyvand::reports
