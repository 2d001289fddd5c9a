#pragma once

#include "Report.h"
#include "ReportCatalog.h"
#include "ReportPeriod.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::reports {

// One number on the home screen (issue 8 item 1), with the report it opens.
struct DashboardTile {
    QString key;        // stable: "sales", "invoices", "new_customers", "collected", "open_pre_invoices",
                        // "qualified_leads", "cheques_due", "overdue_receivables"
    QString title;      // translated
    ColumnKind kind = ColumnKind::Money;  // how `value` reads: Money (Rial) or Count
    qint64 value = 0;
    // Month tiles only: the same days of the previous Jalali month and of
    // the same month last year (see Dashboard::lastMonth / sameMonthLastYear).
    std::optional<qint64> lastMonth;
    std::optional<qint64> sameMonthLastYear;
    qint64 count = -1;  // a secondary count when it has one, e.g. number of open pre-invoices next to their value
    QString countTitle; // translated meaning of `count` ("Pre-invoices", "Customers"); empty when count < 0
    QString note;       // translated one line: what is counted and what it is compared with
    ReportId report = ReportId::SalesByPeriod;
    PeriodPreset preset = PeriodPreset::ThisMonth;
};

struct Dashboard {
    QDate asOf;                   // today
    PeriodBucket month;           // this Jalali month (whole)
    // Month to date compared with the previous month and the same month a year
    // earlier up to the same day of the month (capped at that month's last
    // day): "1–12 Mehr" against "1–12 Shahrivar" and "1–12 Mehr last year".
    DateRange monthToDate;
    DateRange lastMonth;
    DateRange sameMonthLastYear;
    DateRange week;               // today to the end of this Jalali week (Friday): cheques due
    QList<DashboardTile> tiles;

    const DashboardTile* tile(const QString& key) const;
};

// The comparison ranges of the dashboard on `today`.
DateRange monthToDate(QDate today);
DateRange lastMonthToDate(QDate today);
DateRange sameMonthLastYearToDate(QDate today);

// Computes the dashboard from SQL aggregates (≤ 500 ms at 1,000,000 invoice
// lines, docs/performance.md).
class DashboardQuery final {
public:
    explicit DashboardQuery(storage::Database& db, const Clock& clock = SystemClock::instance());
    Result<Dashboard> compute();

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::reports
