#include "CompanyProfile.h"

#include "common/EnumKeys.h"

namespace peyvand::sales {

namespace {
const std::pair<Rounding, const char*> kRoundings[] = {
    { Rounding::TowardZero, "toward_zero" },
    { Rounding::HalfUp, "half_up" },
    { Rounding::Floor, "floor" },
    { Rounding::Ceiling, "ceiling" },
};
} // namespace

QString toKey(Rounding rounding) { return keyOf(rounding, kRoundings); }
std::optional<Rounding> roundingFromKey(const QString& key) { return enumFromKey(key, kRoundings); }

} // namespace peyvand::sales
