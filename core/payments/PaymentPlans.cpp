// PaymentService: instalment plans.
#include "PaymentService.h"

#include "InvoiceSync.h"
#include "PlanBook.h"
#include "PlanRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace peyvand::payments {

namespace {

struct PlansText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

const QString kPlan = QStringLiteral("instalment_plan");

Error conflict(const QString& message)
{
    return Error::make(ErrorCode::Conflict, message);
}

// The open invoice a plan may split; the request's balance set to its balance.
Result<InvoiceHead> planTarget(InvoiceSync& invoices, qint64 invoiceId, PlanRequest& request)
{
    auto h = invoices.head(invoiceId);
    if (!h)
        return h.error();
    if (h->type != sales::DocumentType::Invoice)
        return conflict(PlansText::tr("Payments are received against invoices; %1 is a pre-invoice.").arg(h->account.number));
    if (!h->account.issued)
        return conflict(PlansText::tr("This invoice is still a draft; issue it before planning its instalments."));
    if (h->account.settled)
        return conflict(PlansText::tr("This invoice is settled; there is nothing left to split into instalments."));
    request.balance = h->account.balance;
    return h;
}

Result<Plan> planOf(const InvoiceHead& h, const PlanRequest& request, const QDateTime& now)
{
    auto schedule = makeSchedule(request);
    if (!schedule)
        return schedule.error();
    Plan p;
    p.documentId = h.account.documentId;
    p.amount = h.account.balance;
    p.basePaid = h.account.paid;
    p.every = request.every;
    p.start = request.start;
    p.instalments = *schedule;
    p.createdAt = p.updatedAt = now;
    return p;
}

Error noPlan()
{
    return Error::make(ErrorCode::NotFound, PlansText::tr("This invoice has no instalment plan."));
}

Error planStarted()
{
    return conflict(PlansText::tr("The instalment plan has started (money came in or its first date has passed); it can no longer be changed."));
}

} // namespace

Result<Plan> PaymentService::createPlan(qint64 invoiceId, PlanRequest request)
{
    return m_db.writeValue<Plan>([&]() -> Result<Plan> {
        InvoiceSync invoices(m_db, m_clock);
        auto h = planTarget(invoices, invoiceId, request);
        if (!h)
            return h.error();
        PlanRepository plans(m_db);
        auto existing = plans.ofInvoice(invoiceId);
        if (!existing)
            return existing.error();
        if (*existing)
            return conflict(PlansText::tr("This invoice already has an instalment plan; change that one instead."));
        auto p = planOf(*h, request, m_clock.nowUtc());
        if (!p)
            return p.error();
        auto stored = plans.insert(*p);
        if (!stored)
            return stored.error();
        if (auto s = storage::AuditLog(m_db).record(stored->createdAt, kPlan, stored->id, QStringLiteral("create"), {},
                                                    PlanRepository::auditValues(*stored));
            !s)
            return s.error();
        auto shown = PlanBook(m_db, m_clock).plan(invoiceId);
        if (!shown)
            return shown.error();
        return **shown;
    });
}

Result<Plan> PaymentService::replacePlan(qint64 invoiceId, PlanRequest request)
{
    return m_db.writeValue<Plan>([&]() -> Result<Plan> {
        auto current = PlanBook(m_db, m_clock).plan(invoiceId);
        if (!current)
            return current.error();
        if (!*current)
            return noPlan();
        if ((*current)->started)
            return planStarted();
        InvoiceSync invoices(m_db, m_clock);
        auto h = planTarget(invoices, invoiceId, request);
        if (!h)
            return h.error();
        auto p = planOf(*h, request, m_clock.nowUtc());
        if (!p)
            return p.error();
        p->id = (*current)->id;
        p->createdAt = (*current)->createdAt;
        auto stored = PlanRepository(m_db).replace(*p);
        if (!stored)
            return stored.error();
        if (auto s = storage::AuditLog(m_db).record(stored->updatedAt, kPlan, stored->id, QStringLiteral("update"),
                                                    PlanRepository::auditValues(**current), PlanRepository::auditValues(*stored));
            !s)
            return s.error();
        auto shown = PlanBook(m_db, m_clock).plan(invoiceId);
        if (!shown)
            return shown.error();
        return **shown;
    });
}

Status PaymentService::removePlan(qint64 invoiceId)
{
    return m_db.write([&]() -> Status {
        auto current = PlanBook(m_db, m_clock).plan(invoiceId);
        if (!current)
            return current.error();
        if (!*current)
            return noPlan();
        if ((*current)->started)
            return planStarted();
        if (auto s = PlanRepository(m_db).remove((*current)->id); !s)
            return s;
        return storage::AuditLog(m_db).record(m_clock.nowUtc(), kPlan, (*current)->id, QStringLiteral("delete"),
                                              PlanRepository::auditValues(**current), {});
    });
}

Result<std::optional<Plan>> PaymentService::plan(qint64 invoiceId)
{
    auto h = InvoiceSync(m_db, m_clock).head(invoiceId);
    if (!h)
        return h.error();
    return PlanBook(m_db, m_clock).plan(invoiceId);
}

} // namespace peyvand::payments
