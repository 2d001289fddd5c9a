#include "SalesTestSupport.h"

#include "customers/CustomerService.h"
#include "storage/SqlHelpers.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

namespace peyvand::test {

sales::Product addProduct(sales::CatalogService& catalog, const QString& name, const QString& code,
                          qint64 priceRial, const QString& category, bool active)
{
    sales::Product draft;
    draft.name = name;
    draft.code = code;
    draft.unitPrice = Money::fromRial(priceRial);
    draft.category = category;
    draft.unit = QStringLiteral("piece");
    draft.active = active;
    Result<sales::Product> created = catalog.create(draft);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.hasValue());
    return *created;
}

void putOnDocument(storage::Database& db, qint64 productId)
{
    customers::CustomerService customers(db);
    customers::Customer buyer;
    buyer.name = QStringLiteral("Buyer %1").arg(productId);
    const Result<customers::Customer> customer = customers.create(buyer);
    REQUIRE(customer.hasValue());
    auto document = storage::run(db.connection(),
        QStringLiteral("INSERT INTO documents (type, state, customer_id, issue_date, vat_bp, duty_bp, created_at, "
                       "updated_at, state_changed_at) VALUES ('quote', 'draft', ?, '2025-03-21', 700, 300, 'x', 'x', 'x')"),
        { customer->id });
    REQUIRE(document.hasValue());
    auto line = storage::run(db.connection(),
        QStringLiteral("INSERT INTO document_lines (document_id, position, product_id, quantity_milli, unit_price) "
                       "VALUES (?, 1, ?, 1000, 5000)"),
        { document->lastInsertId(), productId });
    REQUIRE(line.hasValue());
}

void writeTextFile(const QString& path, const QString& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text.toUtf8()) >= 0);
}

QByteArray pngBytes(int width, int height, Qt::GlobalColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

} // namespace peyvand::test
