#include "DocumentQuery.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace peyvand::sales {

namespace {

// The WHERE clause of a filter with its bound values (never user text in SQL).
struct Where {
    QString sql;
    QVariantList values;
    bool needsCustomer = false;
};

Where whereOf(const DocumentFilter& f)
{
    Where w;
    QStringList terms;
    if (f.type) {
        terms << QStringLiteral("d.type = ?");
        w.values << toKey(*f.type);
    }
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (DocumentState state : f.states) {
            marks << QStringLiteral("?");
            w.values << toKey(state);
        }
        // Without a type, documents_by_state cannot give the date order: the
        // unary + keeps the planner on documents_by_issue_date, which finds a
        // page of the common states at once instead of sorting them all.
        terms << QStringLiteral("%1d.state IN (%2)").arg(f.type ? QString() : QStringLiteral("+"), marks.join(QStringLiteral(", ")));
    }
    if (f.from.isValid()) {
        terms << QStringLiteral("d.issue_date >= ?");
        w.values << storage::isoDate(f.from);
    }
    if (f.to.isValid()) {
        terms << QStringLiteral("d.issue_date <= ?");
        w.values << storage::isoDate(f.to);
    }
    if (f.customerId) {
        terms << QStringLiteral("d.customer_id = ?");
        w.values << *f.customerId;
    }
    if (const QString marketer = text::searchKey(f.marketer); !marketer.isEmpty()) {
        terms << QStringLiteral("d.marketer_key = ? AND d.marketer_key <> ''"); // the partial index's condition
        w.values << marketer;
    }
    if (const QString key = text::searchKey(f.text); !key.isEmpty()) {
        // customers.name_sort maps each character of the name's search key to
        // one or two characters, so containment carries over to sortKey().
        terms << QStringLiteral("(instr(d.search_text, ?) > 0 OR instr(c.name_sort, ?) > 0)");
        w.values << key << text::sortKey(f.text);
        w.needsCustomer = true;
    }
    if (!terms.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return w;
}

QString orderBy(DocumentSort sort)
{
    switch (sort) {
    case DocumentSort::IssueDateDesc:
        break;
    case DocumentSort::IssueDateAsc:
        return QStringLiteral(" ORDER BY d.issue_date, d.id");
    case DocumentSort::NumberAsc:
        return QStringLiteral(" ORDER BY d.number, d.id");
    case DocumentSort::TotalDesc:
        return QStringLiteral(" ORDER BY d.grand_total DESC, d.id DESC");
    case DocumentSort::CustomerAsc:
        return QStringLiteral(" ORDER BY c.name_sort, c.id, d.issue_date DESC, d.id DESC");
    }
    return QStringLiteral(" ORDER BY d.issue_date DESC, d.id DESC");
}

Result<QSqlQuery> runWith(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    return q;
}

} // namespace

DocumentQuery::DocumentQuery(storage::Database& db)
    : m_db(db)
{
}

Result<QList<DocumentRow>> DocumentQuery::page(const DocumentFilter& filter, DocumentSort sort, int limit, int offset)
{
    const Where where = whereOf(filter);
    const QString sql = QStringLiteral(
        "SELECT d.id, d.type, d.state, d.number, d.issue_date, d.valid_until, d.customer_id, c.name, d.marketer, d.title, "
        "d.grand_total FROM documents d JOIN customers c ON c.id = d.customer_id")
        + where.sql + orderBy(sort) + QStringLiteral(" LIMIT ? OFFSET ?");
    auto q = runWith(m_db.connection(), sql, QVariantList(where.values) << std::max(limit, 0) << std::max(offset, 0));
    if (!q)
        return q.error();
    QList<DocumentRow> rows;
    while (q->next()) {
        DocumentRow r;
        r.id = q->value(0).toLongLong();
        r.type = documentTypeFromKey(q->value(1).toString()).value_or(DocumentType::Quote);
        r.state = documentStateFromKey(q->value(2).toString()).value_or(DocumentState::Draft);
        r.number = q->value(3).toString();
        r.issueDate = storage::dateFromIso(q->value(4));
        r.validUntil = storage::dateFromIso(q->value(5));
        r.customerId = q->value(6).toLongLong();
        r.customerName = q->value(7).toString();
        r.marketer = q->value(8).toString();
        r.title = q->value(9).toString();
        r.grandTotal = Money::fromRial(q->value(10).toLongLong());
        rows << r;
    }
    return rows;
}

Result<DocumentListTotals> DocumentQuery::totals(const DocumentFilter& filter)
{
    const Where where = whereOf(filter);
    QString sql = QStringLiteral("SELECT count(*), coalesce(sum(d.grand_total), 0), coalesce(sum(d.vat_total), 0), "
                                 "coalesce(sum(d.duty_total), 0) FROM documents d");
    if (where.needsCustomer)
        sql += QStringLiteral(" JOIN customers c ON c.id = d.customer_id");
    auto q = runWith(m_db.connection(), sql + where.sql, where.values);
    if (!q)
        return q.error();
    DocumentListTotals t;
    if (q->next()) {
        t.count = q->value(0).toInt();
        t.grandTotal = Money::fromRial(q->value(1).toLongLong());
        t.vatTotal = Money::fromRial(q->value(2).toLongLong());
        t.dutyTotal = Money::fromRial(q->value(3).toLongLong());
    }
    return t;
}

Result<QStringList> DocumentQuery::marketers()
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT min(marketer) FROM documents WHERE marketer_key <> '' GROUP BY marketer_key"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    QCollator collator(QLocale(QLocale::Persian, QLocale::Iran));
    std::sort(out.begin(), out.end(), [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return out;
}

} // namespace peyvand::sales
