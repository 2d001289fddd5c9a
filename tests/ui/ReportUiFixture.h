#pragma once

// Report data for the GUI tests: the core report fixture (customers, products,
// invoices through the real services over two Jalali years) on an in-memory
// database, so the reports page runs reports inline.
#include "../core/reports/ReportFixture.h"

namespace peyvand::test {

struct ReportUiFixture : ReportFixture {
    explicit ReportUiFixture(int invoiceCount = 150)
    {
        setToday(jalali(1404, 8, 20));
        makeCustomers(16);
        makeProducts(9);
        makeInvoices(invoiceCount, jalali(1403, 1, 1), jalali(1404, 8, 20));
        makeQuotes(10, jalali(1404, 6, 1), jalali(1404, 8, 20));
    }
};

} // namespace peyvand::test
