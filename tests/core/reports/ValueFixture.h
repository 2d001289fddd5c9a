#pragma once

#include "ReportFixture.h"

#include <QMap>
#include <algorithm>

namespace peyvand::test {

// ReportFixture plus hand-made sales: one invoice of `rial` before tax
// (tax-exempt line, so total = sales) for a customer on a day.
struct ValueFixture : ReportFixture {
    sales::Document sale(qint64 customerId, QDate day, qint64 rial = 1'000'000)
    {
        sales::Document d = draftFor(customerId, sales::DocumentType::Invoice, day);
        d.lines.first().unitPrice = Money::fromRial(rial);
        d.lines.first().taxable = false;
        auto draft = documents->createDraft(d);
        REQUIRE(draft);
        auto issued = documents->issue(draft->id);
        REQUIRE(issued);
        invoices << *issued;
        return *issued;
    }

    qint64 namedCustomer(const QString& name)
    {
        const qint64 id = customer(name);
        customerInfo << CustomerInfo { id, {}, {} };
        return id;
    }
};

// Per-customer truth from the fixture's issued invoices (all of them, also
// those dated after today: they are issued sales).
struct CustomerTruth {
    qint64 id = 0;
    QDate first;
    QDate last;
    qint64 invoices = 0;
    qint64 sales = 0;
};

inline QMap<qint64, CustomerTruth> customerTruth(const QList<sales::Document>& invoices)
{
    QMap<qint64, CustomerTruth> out;
    for (const auto& d : invoices) {
        CustomerTruth& t = out[d.customerId];
        t.id = d.customerId;
        if (!t.first.isValid() || d.issueDate < t.first)
            t.first = d.issueDate;
        if (!t.last.isValid() || d.issueDate > t.last)
            t.last = d.issueDate;
        t.invoices += 1;
        t.sales += d.grandTotal.rial() - d.vatTotal.rial() - d.dutyTotal.rial();
    }
    return out;
}

// SQL's NTILE(5) over rows ordered by `less`: the first n % 5 tiles get one row more.
template<typename Less>
QMap<qint64, int> ntile5(QList<CustomerTruth> rows, Less less)
{
    std::sort(rows.begin(), rows.end(), less);
    QMap<qint64, int> out;
    const int n = int(rows.size());
    int index = 0;
    for (int tile = 1; tile <= 5; ++tile) {
        const int size = n / 5 + (tile <= n % 5 ? 1 : 0);
        for (int k = 0; k < size; ++k)
            out.insert(rows.at(index++).id, tile);
    }
    return out;
}

inline const QList<reports::ReportCell>& rowWithKey(const reports::ReportTable& table, const QString& columnKey, const QString& key)
{
    const int c = column(table, columnKey);
    for (const auto& row : table.rows) {
        if (reports::cellText(row.at(c)) == key)
            return row;
    }
    FAIL("no row " << key.toStdString());
    return table.rows.first();
}

} // namespace peyvand::test
