#pragma once

#include "UiTestSupport.h"

#include "DocumentServices.h"
#include "common/Clock.h"
#include "sales/Document.h"
#include "text/Jalali.h"

#include <memory>

namespace peyvand::test {

inline QDate jalaliDate(int y, int m, int d)
{
    return text::jalali::toGregorian({ y, m, d });
}

// An in-memory database with the UI's sales services on a fixed clock:
// today is 1404/08/20 (2025-11-11), when VAT + duty are 7 % + 3 %.
struct DocumentFixture {
    std::unique_ptr<storage::Database> db = memoryDatabase();
    FixedClock clock { QDateTime(jalaliDate(1404, 8, 20), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<ui::DocumentServices> services = std::make_unique<ui::DocumentServices>(*db, clock);

    qint64 customer(const QString& name);
    qint64 product(const QString& code, const QString& name, qint64 price, const QString& unit = {},
                   bool taxExempt = false);
    // A saved draft pre-invoice with the given lines (or one line of 1,000,000 Rial).
    sales::Document quote(qint64 customerId, QList<sales::DocumentLine> lines = {}, QDate issueDate = {},
                          const QString& marketer = {});
    sales::Document issue(qint64 documentId);
};

sales::DocumentLine documentLine(const QString& description, qint64 unitPrice, qint64 quantityMilli = 1000);

} // namespace peyvand::test
