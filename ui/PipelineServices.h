#pragma once

#include "common/Clock.h"
#include "customers/CustomerSearch.h"
#include "leads/LeadQuery.h"
#include "pipeline/DealService.h"
#include "sales/CompanyProfileService.h"
#include "tasks/TaskService.h"

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

// The core services of the pipeline and the tasks area, for one database:
// the board, the deal and task dialogs, the Today panel and the reminders
// share them. The clock gives "now" so tests can fix it.
class PipelineServices final {
public:
    explicit PipelineServices(storage::Database& db, const Clock& clock = SystemClock::instance());
    Q_DISABLE_COPY_MOVE(PipelineServices)

    // Whether amounts are shown in Toman (the company profile's display option).
    bool displayToman();

    const Clock& clock;
    pipeline::DealService deals;
    tasks::TaskService tasks;
    leads::LeadQuery leads;
    customers::CustomerSearch customerSearch;
    sales::CompanyProfileService profile;
};

} // namespace peyvand::ui
