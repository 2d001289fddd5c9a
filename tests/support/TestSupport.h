#pragma once

#include <catch2/catch.hpp>

#include <QString>

#include <ostream>

// Lets Catch2 print QStrings in failure messages.
std::ostream& operator<<(std::ostream& os, const QString& value);

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace peyvand::test {
// QString from a UTF-8 literal (the project builds with QT_NO_CAST_FROM_ASCII).
inline QString u8(const char* utf8) { return QString::fromUtf8(utf8); }
} // namespace peyvand::test

#include "common/Result.h"

namespace Catch {
// Shows the error of a failed Result in assertion output.
template <typename T>
struct StringMaker<peyvand::Result<T>> {
    static std::string convert(const peyvand::Result<T>& r)
    {
        if (r)
            return "{ok}";
        return "{error " + r.error().codeName().toStdString() + ": " + r.error().message.toStdString() + " | "
            + r.error().detail.toStdString() + "}";
    }
};
} // namespace Catch
