#pragma once

#include "PaymentService.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

// An invoice's plan as users see it: instalments allocated from the money
// settled on the invoice since the plan was made, and whether it started.
// "Since the plan was made": payments recorded (created_at) at or after the
// plan's created_at, and cheques recorded before it that cleared (updated_at)
// at or after it (docs/payments.md, "Instalment plans").
class PlanBook final {
public:
    PlanBook(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    Result<std::optional<Plan>> plan(qint64 documentId);

private:
    Result<bool> started(const Plan& plan);
    Result<QList<SettledMoney>> settledSince(const Plan& plan);

    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::payments
