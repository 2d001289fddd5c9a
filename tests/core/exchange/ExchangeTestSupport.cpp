#include "ExchangeTestSupport.h"

#include "customers/CustomerRepository.h"
#include "customers/CustomerSearch.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QSqlRecord>

namespace peyvand::test {

ExchangeFixture::ExchangeFixture()
{
    REQUIRE(dir.isValid());
}

QString ExchangeFixture::write(const QString& name, const QByteArray& bytes) const
{
    const QString p = path(name);
    QFile f(p);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return p;
}

Result<exchange::ImportReport> ExchangeFixture::import(const QString& path, exchange::ImportOptions options,
                                                       const exchange::ImportProgressFn& progress,
                                                       exchange::ImportReport* report)
{
    bool known = false;
    const io::SourceFormat format = io::formatFromPath(path, &known);
    if (known && options.source.format == io::SourceFormat::Csv)
        options.source.format = format;
    return exchange::CustomerImporter(*db, clock).run(path, options, progress, report);
}

QList<customers::Customer> ExchangeFixture::customers()
{
    QList<customers::Customer> out;
    auto q = storage::run(db->connection(), QStringLiteral("SELECT id FROM customers ORDER BY id"));
    REQUIRE(q);
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    for (qint64 id : ids)
        out << customer(id);
    return out;
}

customers::Customer ExchangeFixture::customer(qint64 id)
{
    auto c = customers::CustomerRepository(*db).find(id);
    REQUIRE(c);
    return *c;
}

QStringList ExchangeFixture::notes(qint64 customerId)
{
    auto q = storage::run(db->connection(), QStringLiteral("SELECT text FROM customer_notes WHERE customer_id = ? ORDER BY id"),
                          { customerId });
    REQUIRE(q);
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QStringList ExchangeFixture::dump(const char* table)
{
    QStringList rows = rowsOf(*db, QStringLiteral("SELECT * FROM ") + QLatin1String(table));
    rows.sort();
    return rows;
}

QStringList rowsOf(storage::Database& db, const QString& sql)
{
    auto q = storage::run(db.connection(), sql);
    REQUIRE(q);
    QStringList rows;
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i)
            cells << q->value(i).toString();
        rows << cells.join(QChar(31));
    }
    return rows;
}

QList<qint64> searchIds(storage::Database& db, const QString& text)
{
    customers::CustomerQuery q;
    q.text = text;
    auto ids = customers::CustomerSearch(db).ids(q);
    REQUIRE(ids);
    return *ids;
}

QStringList ExchangeFixture::snapshot()
{
    QStringList all;
    for (const char* table : { "customers", "customer_tags", "customer_notes", "customer_facets", "customer_counts",
                               "audit_log", "customer_fts_data", "customer_fts_idx", "sqlite_master" }) {
        all << QString::fromLatin1(table);
        all << dump(table);
    }
    return all;
}

} // namespace peyvand::test
