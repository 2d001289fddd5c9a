#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace peyvand {

// Stable keys of enums (database, JSON, command line) from a table of
// { value, "key" } pairs.
template <typename Enum, size_t N>
std::optional<Enum> enumFromKey(QStringView key, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString keyOf(Enum value, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

} // namespace peyvand
