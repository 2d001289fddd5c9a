#pragma once

// Internal to core/reports: the columns every sales report shares.

#include "Report.h"

namespace peyvand::reports {

// Invoiced sales: invoices issued or settled (drafts never count).
struct SalesTotals {
    qint64 invoices = 0;
    qint64 sales = 0;   // before VAT and duty: lines after discounts, plus additions
    qint64 tax = 0;     // VAT + municipal duty
    qint64 total = 0;   // what the invoices ask for
    SalesTotals& operator+=(const SalesTotals& other);
};

// A table whose first column is the group (`groupKind`, `groupKey`,
// `groupTitle`), then invoices, sales, tax, total and, when asked, each
// row's share of the sales (per mille).
ReportTable salesTable(ColumnKind groupKind, const QString& groupKey, const QString& groupTitle, bool withShare = false);
QList<ReportCell> salesRow(const ReportCell& group, const SalesTotals& totals, qint64 share = -1);
QList<ReportFigure> salesFigures(const SalesTotals& totals); // sales, invoices, average invoice
QString salesDefinitionNote();

} // namespace peyvand::reports
