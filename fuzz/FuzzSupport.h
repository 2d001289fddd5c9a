#pragma once

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace peyvand::fuzz {

// The first byte chooses how the rest is read: even = UTF-8 (invalid
// sequences become U+FFFD), odd = raw UTF-16 code units, so lone surrogates
// and every BMP code point are reachable.
inline QString textFrom(const uint8_t* data, size_t size)
{
    if (size == 0)
        return {};
    const bool utf16 = data[0] & 1;
    const char* bytes = reinterpret_cast<const char*>(data + 1);
    const qsizetype n = qsizetype(size - 1);
    if (!utf16)
        return QString::fromUtf8(bytes, n);
    QString s(n / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < n / 2; ++i)
        s[i] = QChar(char16_t(uint8_t(bytes[2 * i]) | (uint8_t(bytes[2 * i + 1]) << 8)));
    return s;
}

// A violated property is a crash, so libFuzzer records the input.
inline void require(bool condition, const char* what, const QString& input)
{
    if (condition)
        return;
    std::fprintf(stderr, "property violated: %s\ninput (UTF-8): %s\n", what, input.toUtf8().constData());
    std::abort();
}

} // namespace peyvand::fuzz
