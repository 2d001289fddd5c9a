#pragma once

#include "common/Clock.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "history/RecordHistory.h"
#include "payments/PaymentRecord.h"
#include "payments/PaymentService.h"
#include "sales/CatalogService.h"
#include "sales/CompanyProfileService.h"
#include "sales/DocumentQuery.h"
#include "sales/DocumentService.h"

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

// The core services of the sales area, for one database: the document list,
// the editor, printing, the payment screens and the customer page share them. The clock gives
// "today" (issue dates, expiry) so tests can fix it.
class DocumentServices final {
public:
    explicit DocumentServices(storage::Database& db, const Clock& clock = SystemClock::instance());
    Q_DISABLE_COPY_MOVE(DocumentServices)

    QDate today() const { return clock.today(); }

    const Clock& clock;
    sales::DocumentService documents;
    sales::DocumentQuery query;
    sales::CatalogService catalog;
    sales::CompanyProfileService profile;
    customers::CustomerService customers;
    customers::CustomerSearch customerSearch;
    payments::PaymentService payments;
    payments::PaymentRecordReader paymentRecords;
    history::RecordHistory history;
};

} // namespace peyvand::ui
