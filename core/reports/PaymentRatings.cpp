#include "ReportBuilders.h"
#include "payments/PlanStream.h"

#include "payments/PaymentRecord.h"
#include "payments/InstalmentSchedule.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <array>

namespace peyvand::reports {

namespace {

struct RatingsText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

using ItemsByCustomer = QHash<qint64, QList<payments::DueItem>>;

// The same items PaymentRecordReader reads for one customer, for every
// customer at once, in a few queries streamed in order.
Status readInstalments(BuildContext& context, ItemsByCustomer& out)
{
    auto bounced = storage::run(context.db.connection(), QStringLiteral(
        "SELECT DISTINCT ch.instalment_id FROM cheques ch WHERE ch.instalment_id IS NOT NULL AND EXISTS "
        "(SELECT 1 FROM cheque_events e WHERE e.cheque_id = ch.id AND e.to_status = 'bounced')"));
    if (!bounced)
        return bounced.error();
    QSet<qint64> bouncedInstalments;
    while (bounced->next())
        bouncedInstalments.insert(bounced->value(0).toLongLong());

    return payments::forEachAllocatedPlan(context.db, payments::PlanInvoices::NotDraft, [&](const payments::AllocatedPlan& plan) {
        for (const payments::Instalment& instalment : plan.instalments) {
            if (instalment.amount.isZero())
                continue; // a down payment of 0 Rial is nothing to pay
            payments::DueItem item;
            item.kind = payments::DueItem::Kind::Instalment;
            item.due = instalment.dueDate;
            item.paidOn = instalment.isPaid() ? instalment.paidOn : QDate();
            item.bounced = bouncedInstalments.contains(instalment.id);
            out[plan.customerId] << item;
        }
    });
}

Status readCheques(BuildContext& context, ItemsByCustomer& out)
{
    auto q = storage::run(context.db.connection(), QStringLiteral(
        "SELECT ch.customer_id, ch.due_date, ch.status, ch.status_date, "
        "EXISTS (SELECT 1 FROM cheque_events e WHERE e.cheque_id = ch.id AND e.to_status = 'bounced') "
        "FROM cheques ch INDEXED BY cheques_received_by_customer WHERE ch.customer_id IS NOT NULL AND ch.direction = 'received' "
        "AND ch.instalment_id IS NULL AND ch.status NOT IN ('cancelled', 'transferred')"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString status = q->value(2).toString();
        const bool bounced = q->value(4).toInt() != 0;
        if (status == QLatin1String("returned") && !bounced)
            continue;
        payments::DueItem item;
        item.kind = payments::DueItem::Kind::Cheque;
        item.due = storage::dateFromIso(q->value(1));
        if (status == QLatin1String("cleared"))
            item.paidOn = storage::dateFromIso(q->value(3));
        item.bounced = bounced;
        out[q->value(0).toLongLong()] << item;
    }
    return {};
}

Status readPromises(BuildContext& context, ItemsByCustomer& out)
{
    auto q = storage::run(context.db.connection(), QStringLiteral(
        "SELECT customer_id, due_date, status, coalesce(settled_on, substr(updated_at, 1, 10)) FROM payments "
        "WHERE method = 'credit' AND instalment_id IS NULL AND status IN ('pending', 'kept') AND due_date IS NOT NULL"));
    if (!q)
        return q.error();
    while (q->next()) {
        payments::DueItem item;
        item.kind = payments::DueItem::Kind::Promise;
        item.due = storage::dateFromIso(q->value(1));
        if (q->value(2).toString() == QLatin1String("kept"))
            item.paidOn = storage::dateFromIso(q->value(3));
        out[q->value(0).toLongLong()] << item;
    }
    return {};
}

} // namespace

Result<Report> buildPaymentRatings(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::PaymentRatings, context, request);
    ItemsByCustomer items;
    for (auto read : { readInstalments, readCheques, readPromises }) {
        if (Status s = read(context, items); !s)
            return s.error();
    }
    // Rows 0..3: grades A..D; row 4: not rated yet.
    constexpr int kNotRated = 4;
    QHash<qint64, int> gradeOf;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const payments::PaymentRecord record = payments::computeRecord(it.value(), context.today);
        if (record.grade)
            gradeOf.insert(it.key(), int(*record.grade));
    }
    std::array<qint64, 5> customers {};
    std::array<qint64, 5> sales {};
    for (int grade : gradeOf)
        ++customers[grade];

    auto allCustomers = storage::scalar(context.db.connection(), QStringLiteral("SELECT count(*) FROM customers"));
    if (!allCustomers)
        return allCustomers.error();
    customers[kNotRated] = allCustomers->toLongLong() - gradeOf.size();

    auto perCustomer = storage::run(context.db.connection(), QStringLiteral("SELECT customer_id, sales FROM customer_lifetime"));
    if (!perCustomer)
        return perCustomer.error();
    qint64 totalSales = 0;
    while (perCustomer->next()) {
        const qint64 value = perCustomer->value(1).toLongLong();
        sales[gradeOf.value(perCustomer->value(0).toLongLong(), kNotRated)] += value;
        totalSales += value;
    }

    ReportTable table;
    table.key = QStringLiteral("grades");
    table.title = RatingsText::tr("Payment ratings");
    table.columns = {
        { QStringLiteral("grade"), RatingsText::tr("Grade key"), ColumnKind::Key, true },
        { QStringLiteral("name"), RatingsText::tr("Grade"), ColumnKind::Text },
        { QStringLiteral("customers"), RatingsText::tr("Customers"), ColumnKind::Count },
        { QStringLiteral("share"), RatingsText::tr("Share of customers"), ColumnKind::PerMille },
        { QStringLiteral("sales"), RatingsText::tr("Sales before tax"), ColumnKind::Money },
        { QStringLiteral("sales_share"), RatingsText::tr("Share of sales"), ColumnKind::PerMille },
    };
    const qint64 customerCount = allCustomers->toLongLong();
    auto perMille = [](qint64 part, qint64 whole) { return whole > 0 ? part * 1000 / whole : qint64(0); };
    for (int g = 0; g < 5; ++g) {
        const QString key = g == kNotRated ? QStringLiteral("not_rated") : payments::toKey(payments::PaymentGrade(g));
        const QString name = g == kNotRated ? RatingsText::tr("Not rated yet") : key;
        table.rows << QList<ReportCell> { key, name, customers[g], perMille(customers[g], customerCount), sales[g],
                                          perMille(sales[g], totalSales) };
    }
    table.totals = QList<ReportCell> { ReportCell {}, RatingsText::tr("All customers"), customerCount,
                                       qint64(customerCount > 0 ? 1000 : 0), totalSales, qint64(totalSales > 0 ? 1000 : 0) };
    report.tables << table;
    report.figures << ReportFigure { QStringLiteral("rated"), RatingsText::tr("Customers rated"), ColumnKind::Count,
                                     qint64(gradeOf.size()) }
                   << ReportFigure { QStringLiteral("grade_a_share"), RatingsText::tr("Rated customers with grade A"),
                                     ColumnKind::PerMille, perMille(customers[0], qint64(gradeOf.size())) };
    ReportChart chart;
    chart.kind = ChartKind::Bar;
    chart.title = RatingsText::tr("Customers by payment rating");
    chart.categoryColumn = 1;
    chart.valueColumns = { 2 };
    report.charts << chart;
    report.notes << RatingsText::tr(
        "Each customer's grade is computed as on their page, from the instalments, cheques and credit promises that have "
        "fallen due by today. Customers with nothing due yet are not rated. Sales are every invoice issued or settled, "
        "before tax.");
    return report;
}

} // namespace peyvand::reports
