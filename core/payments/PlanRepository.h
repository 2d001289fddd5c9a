#pragma once

#include "PaymentService.h"
#include "common/Result.h"

#include <QJsonObject>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

// SQL for instalment_plans and instalments. Reads return the stored plan:
// instalments not allocated, started not computed (PlanBook does both).
class PlanRepository final {
public:
    explicit PlanRepository(storage::Database& db) : m_db(db) { }

    Result<std::optional<Plan>> ofInvoice(qint64 documentId);
    // Inserts the plan and its instalments; returns it with the new ids.
    Result<Plan> insert(Plan plan);
    // Rewrites the plan's row (keeping id and created_at) and its instalments.
    Result<Plan> replace(Plan plan);
    Status remove(qint64 planId);           // its instalments go with it
    // The instalment's invoice, none when there is no such instalment.
    Result<std::optional<qint64>> invoiceOfInstalment(qint64 instalmentId);

    static QJsonObject auditValues(const Plan& plan);

private:
    Result<Plan> insertInstalments(Plan plan);

    storage::Database& m_db;
};

} // namespace peyvand::payments
