#include "ProductValidator.h"

#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::sales {

namespace {

struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

} // namespace

QList<Error> ProductValidator::cleanAndValidate(Product& product)
{
    for (QString* field : { &product.code, &product.name, &product.unit, &product.category })
        *field = text::normalizeForStorage(*field);

    QList<Error> errors;
    if (product.name.isEmpty())
        errors << Error::invalid(QStringLiteral("name"), CatalogText::tr("Enter the name of the product or service."));
    if (product.unitPrice.isNegative())
        errors << Error::invalid(QStringLiteral("unit_price"), CatalogText::tr("The unit price cannot be negative."));
    if (!productKindFromKey(toKey(product.kind)))
        errors << Error::invalid(QStringLiteral("kind"), CatalogText::tr("Choose whether this is a product or a service."));
    return errors;
}

} // namespace peyvand::sales
