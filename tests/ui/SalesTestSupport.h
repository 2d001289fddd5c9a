#pragma once

#include "TestSupport.h"

#include "sales/CatalogService.h"
#include "storage/Database.h"

#include <QString>

namespace peyvand::test {

// Creates a product through the service; fails the test when core refuses it.
sales::Product addProduct(sales::CatalogService& catalog, const QString& name, const QString& code = {},
                          qint64 priceRial = 10000, const QString& category = {}, bool active = true);

// Puts the product on a draft pre-invoice (straight SQL: the document
// service is not what these tests are about), so it counts as used.
void putOnDocument(storage::Database& db, qint64 productId);

// Writes UTF-8 text to a file; fails the test when it cannot.
void writeTextFile(const QString& path, const QString& text);

// A small PNG of the given colour, as file bytes.
QByteArray pngBytes(int width, int height, Qt::GlobalColor colour);

} // namespace peyvand::test
