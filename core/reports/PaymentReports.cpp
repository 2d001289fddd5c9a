#include "ReportBuilders.h"

#include "payments/Receivables.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace peyvand::reports {

namespace {

struct PaymentsText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

constexpr int kDefaultLimit = 50;

QString ageKey(int bucket)
{
    static const char* const keys[] = { "not_due", "days_0_30", "days_31_60", "days_61_90", "over_90" };
    return QLatin1String(keys[bucket]);
}

QList<ReportCell> bucketCells(const std::array<Money, payments::kAgeBucketCount>& buckets)
{
    QList<ReportCell> cells(buckets.size());
    for (int b = 0; b < int(buckets.size()); ++b)
        cells[b] = buckets[b].rial();
    return cells;
}

} // namespace

Result<Report> buildReceivables(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::Receivables, context, request);
    const int limit = request.limit > 0 ? request.limit : kDefaultLimit;
    auto ageing = payments::Receivables(context.db, context.clock).ageing();
    if (!ageing)
        return ageing.error();

    ReportTable table;
    table.key = QStringLiteral("customers");
    table.title = PaymentsText::tr("What customers owe");
    table.columns << ReportColumn { QStringLiteral("customer_id"), PaymentsText::tr("Customer number"), ColumnKind::Count, true }
                  << ReportColumn { QStringLiteral("customer"), PaymentsText::tr("Customer"), ColumnKind::Text };
    for (int b = 0; b < payments::kAgeBucketCount; ++b)
        table.columns << ReportColumn { ageKey(b), payments::displayName(payments::AgeBucket(b)), ColumnKind::Money };
    table.columns << ReportColumn { QStringLiteral("total"), PaymentsText::tr("Total owed"), ColumnKind::Money }
                  << ReportColumn { QStringLiteral("open_invoices"), PaymentsText::tr("Open invoices"), ColumnKind::Count }
                  << ReportColumn { QStringLiteral("pending_cheques"), PaymentsText::tr("Uncleared cheques"), ColumnKind::Money };
    qint64 openInvoices = 0;
    qint64 pendingCheques = 0;
    for (const payments::AgeingRow& row : ageing->rows) {
        openInvoices += row.openInvoices;
        pendingCheques += row.pendingCheques.rial();
        if (table.rows.size() >= limit)
            continue;
        table.rows << (QList<ReportCell> { row.customerId, row.customerName } + bucketCells(row.buckets)
                       + QList<ReportCell> { row.total.rial(), qint64(row.openInvoices), row.pendingCheques.rial() });
    }
    table.totals = QList<ReportCell> { qint64(ageing->rows.size()), PaymentsText::tr("All customers") } + bucketCells(ageing->totals)
        + QList<ReportCell> { ageing->total.rial(), openInvoices, pendingCheques };

    ReportTable buckets;
    buckets.key = QStringLiteral("buckets");
    buckets.title = PaymentsText::tr("Owed by age");
    buckets.columns << ReportColumn { QStringLiteral("label"), PaymentsText::tr("Receivables"), ColumnKind::Text };
    for (int b = 0; b < payments::kAgeBucketCount; ++b)
        buckets.columns << ReportColumn { ageKey(b), payments::displayName(payments::AgeBucket(b)), ColumnKind::Money };
    buckets.rows << (QList<ReportCell> { PaymentsText::tr("All customers") } + bucketCells(ageing->totals));
    report.tables << table << buckets;

    report.figures << ReportFigure { QStringLiteral("total"), PaymentsText::tr("Total owed"), ColumnKind::Money, ageing->total.rial() }
                   << ReportFigure { QStringLiteral("overdue"), PaymentsText::tr("Overdue"), ColumnKind::Money,
                                     ageing->total.rial() - ageing->totals[0].rial() }
                   << ReportFigure { QStringLiteral("customers"), PaymentsText::tr("Customers who owe"), ColumnKind::Count,
                                     qint64(ageing->rows.size()) };
    ReportChart chart;
    chart.kind = ChartKind::StackedBar;
    chart.title = PaymentsText::tr("Owed by age");
    chart.table = 1;
    chart.valueColumns = { 1, 2, 3, 4, 5 };
    report.charts << chart;
    report.notes << PaymentsText::tr(
        "Each open invoice's balance is aged by what falls due when: with an instalment plan, each unpaid instalment by "
        "its own due date; without one, the whole balance by the invoice's issue date. The list shows the %1 customers "
        "who owe the most; totals cover everyone.").arg(limit);
    return report;
}

Result<Report> buildChequesDue(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::ChequesDue, context, request);
    auto cheques = payments::Receivables(context.db, context.clock).chequesDue(request.range.from, request.range.to);
    if (!cheques)
        return cheques.error();
    const QList<PeriodBucket> periods = bucketsOf(request.range, request.grouping);
    QHash<QString, int> index;
    for (int i = 0; i < periods.size(); ++i)
        index.insert(bucketKey(periods.at(i)), i);
    struct Sums {
        qint64 receivedCount = 0, receivedSum = 0, issuedCount = 0, issuedSum = 0;
    };
    QList<Sums> sums(periods.size());
    Sums all;

    ReportTable list;
    list.key = QStringLiteral("cheques");
    list.title = PaymentsText::tr("Cheques");
    list.columns = {
        { QStringLiteral("cheque_id"), PaymentsText::tr("Cheque number in Peyvand"), ColumnKind::Count, true },
        { QStringLiteral("due_date"), PaymentsText::tr("Due date"), ColumnKind::Date },
        { QStringLiteral("direction"), PaymentsText::tr("Direction key"), ColumnKind::Key, true },
        { QStringLiteral("direction_name"), PaymentsText::tr("Direction"), ColumnKind::Text },
        { QStringLiteral("status"), PaymentsText::tr("Status"), ColumnKind::Text },
        { QStringLiteral("amount"), PaymentsText::tr("Amount"), ColumnKind::Money },
        { QStringLiteral("party"), PaymentsText::tr("Customer or payee"), ColumnKind::Text },
        { QStringLiteral("bank"), PaymentsText::tr("Bank"), ColumnKind::Text },
        { QStringLiteral("serial"), PaymentsText::tr("Serial"), ColumnKind::Text },
        { QStringLiteral("document"), PaymentsText::tr("Invoice"), ColumnKind::Text },
    };
    for (const payments::Cheque& cheque : *cheques) {
        const bool received = cheque.direction == payments::ChequeDirection::Received;
        const int i = index.value(bucketKey(bucketOf(cheque.dueDate, request.grouping)), -1);
        for (Sums* s : { i >= 0 ? &sums[i] : nullptr, &all }) {
            if (!s)
                continue;
            (received ? s->receivedCount : s->issuedCount) += 1;
            (received ? s->receivedSum : s->issuedSum) += cheque.amount.rial();
        }
        list.rows << QList<ReportCell> { cheque.id, cheque.dueDate, payments::toKey(cheque.direction),
                                         payments::displayName(cheque.direction), payments::displayName(cheque.status),
                                         cheque.amount.rial(), received || cheque.drawerName.isEmpty() ? cheque.customerName : cheque.drawerName,
                                         cheque.bank, cheque.serial, cheque.documentNumber };
    }

    ReportTable byPeriod;
    byPeriod.key = QStringLiteral("by_period");
    byPeriod.title = PaymentsText::tr("Cheques by due date");
    byPeriod.columns = {
        { QStringLiteral("period"), PaymentsText::tr("Period"), ColumnKind::Period },
        { QStringLiteral("received_count"), PaymentsText::tr("Received cheques"), ColumnKind::Count },
        { QStringLiteral("received_sum"), PaymentsText::tr("To collect"), ColumnKind::Money },
        { QStringLiteral("issued_count"), PaymentsText::tr("Issued cheques"), ColumnKind::Count },
        { QStringLiteral("issued_sum"), PaymentsText::tr("To pay"), ColumnKind::Money },
    };
    auto cells = [](const ReportCell& group, const Sums& s) {
        return QList<ReportCell> { group, s.receivedCount, s.receivedSum, s.issuedCount, s.issuedSum };
    };
    for (int i = 0; i < periods.size(); ++i)
        byPeriod.rows << cells(periods.at(i), sums.at(i));
    byPeriod.totals = cells(PaymentsText::tr("Total"), all);
    list.totals = QList<ReportCell> { ReportCell {}, ReportCell {}, ReportCell {}, PaymentsText::tr("Total"), ReportCell {},
                                      all.receivedSum + all.issuedSum, ReportCell {}, ReportCell {}, ReportCell {}, ReportCell {} };
    report.tables << byPeriod << list;

    report.figures << ReportFigure { QStringLiteral("to_collect"), PaymentsText::tr("To collect"), ColumnKind::Money, all.receivedSum }
                   << ReportFigure { QStringLiteral("to_pay"), PaymentsText::tr("To pay"), ColumnKind::Money, all.issuedSum }
                   << ReportFigure { QStringLiteral("cheques"), PaymentsText::tr("Cheques"), ColumnKind::Count,
                                     all.receivedCount + all.issuedCount };
    ReportChart chart;
    chart.kind = ChartKind::Bar;
    chart.title = PaymentsText::tr("Cheques by due date");
    chart.valueColumns = { 2, 4 };
    report.charts << chart;
    report.notes << PaymentsText::tr(
        "Cheques received and issued whose due date is in the period and whose status can still change (not yet "
        "cleared, cancelled or otherwise closed), by due date.");
    return report;
}

} // namespace peyvand::reports
