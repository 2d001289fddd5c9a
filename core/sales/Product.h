#pragma once

#include "common/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace peyvand::sales {

enum class ProductKind { Product, Service };

// One entry of the catalog. Text fields hold the storage form once they have
// passed CatalogService.
struct Product {
    qint64 id = 0;
    QString code;          // optional, unique (compared by search key) when given
    QString name;          // required
    ProductKind kind = ProductKind::Product;
    QString unit;          // عدد, کیلوگرم, ساعت, …
    Money unitPrice;       // Rial, ≥ 0
    bool taxExempt = false;
    QString category;
    bool active = true;    // inactive products stay on old documents but are not offered
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC
};

QString toKey(ProductKind kind);                    // "product", "service"
std::optional<ProductKind> productKindFromKey(const QString& key);

} // namespace peyvand::sales
