#pragma once

#include "Product.h"
#include "common/Error.h"

#include <QList>

namespace peyvand::sales {

// Brings a product's text to the storage form (normalizeForStorage) and
// checks the catalog rules: a name is required and the unit price is not
// negative. Each problem is an InvalidInput error naming its field ("name",
// "unit_price"); uniqueness of the code needs the database and is checked by
// CatalogService.
class ProductValidator final {
public:
    static QList<Error> cleanAndValidate(Product& product);
};

} // namespace peyvand::sales
