#include "Product.h"

#include "common/EnumKeys.h"

namespace peyvand::sales {

namespace {
const std::pair<ProductKind, const char*> kKinds[] = {
    { ProductKind::Product, "product" },
    { ProductKind::Service, "service" },
};
} // namespace

QString toKey(ProductKind kind) { return keyOf(kind, kKinds); }
std::optional<ProductKind> productKindFromKey(const QString& key) { return enumFromKey(key, kKinds); }

} // namespace peyvand::sales
