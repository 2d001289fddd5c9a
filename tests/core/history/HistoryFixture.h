#pragma once

#include "../payments/PaymentFixture.h"

#include "history/RecordHistory.h"
#include "leads/LeadService.h"

namespace peyvand::test {

// Customers, documents and payments (PaymentFixture) plus leads, on one
// in-memory database, with the history of any record.
struct HistoryFixture : PaymentFixture {
    std::unique_ptr<leads::LeadService> leads;

    HistoryFixture() { leads = std::make_unique<leads::LeadService>(*db, clock); }

    QList<history::HistoryRow> historyOf(history::RecordKind kind, qint64 id)
    {
        auto rows = history::RecordHistory(*db).of(kind, id);
        REQUIRE(rows);
        return *rows;
    }

    static QList<history::HistoryRow> withField(const QList<history::HistoryRow>& rows, const QString& qualified,
                                                history::RecordKind kind)
    {
        QList<history::HistoryRow> found;
        for (const auto& r : rows) {
            if (r.qualifiedField(kind) == qualified)
                found << r;
        }
        return found;
    }

    int auditRows(const QString& entity)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ?"), { entity });
    }

    void exec(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto q = storage::run(db->connection(), sql, values);
        REQUIRE(q);
    }

    // The error of a raw statement that must fail, or "" when it succeeded.
    QString refusal(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto q = storage::run(db->connection(), sql, values);
        return q ? QString() : q.error().message + u' ' + q.error().detail;
    }
};

} // namespace peyvand::test
