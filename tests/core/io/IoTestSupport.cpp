#include "IoTestSupport.h"

#include "TestSupport.h"
#include "io/Windows1256.h"

#include <QBuffer>

#include <algorithm>
#include <cstring>

namespace peyvand::test {

TrickleDevice::TrickleDevice(QByteArray data, bool sequential)
    : m_data(std::move(data))
    , m_sequential(sequential)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool TrickleDevice::seek(qint64 pos)
{
    if (m_sequential || pos < 0 || pos > m_data.size())
        return false;
    m_offset = pos;
    return QIODevice::seek(pos);
}

qint64 TrickleDevice::readData(char* data, qint64 maxSize)
{
    const qint64 step = 1 + (m_reads++ % 7);
    const qint64 n = std::min({ step, maxSize, qint64(m_data.size()) - m_offset });
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

ReadTable readAllRows(io::TableSource& source)
{
    ReadTable table;
    table.headers = source.headers();
    for (;;) {
        auto row = source.next();
        REQUIRE(row);
        if (!*row)
            break;
        table.rows.append(**row);
    }
    return table;
}

namespace {

Result<ReadTable> readDevice(QIODevice& device, const io::SourceOptions& options)
{
    auto source = io::openTableSource(device, options);
    if (!source)
        return source.error();
    ReadTable table;
    table.headers = (*source)->headers();
    for (;;) {
        auto row = (*source)->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        table.rows.append(**row);
    }
    // The end stays the end.
    auto after = (*source)->next();
    REQUIRE(after);
    CHECK_FALSE(after->has_value());
    return table;
}

} // namespace

Result<ReadTable> readBytes(const QByteArray& data, const io::SourceOptions& options)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, options);
}

Result<ReadTable> readBytesTrickled(const QByteArray& data, const io::SourceOptions& options, bool sequential)
{
    TrickleDevice device(data, sequential);
    return readDevice(device, options);
}

ReadTable read(const QByteArray& data, const io::SourceOptions& options)
{
    auto table = readBytes(data, options);
    REQUIRE(table);
    auto trickled = readBytesTrickled(data, options);
    REQUIRE(trickled);
    CHECK(trickled->headers == table->headers);
    REQUIRE(trickled->rows.size() == table->rows.size());
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        CHECK(trickled->rows.at(i).cells == table->rows.at(i).cells);
        CHECK(trickled->rows.at(i).line == table->rows.at(i).line);
    }
    return *table;
}

Error failure(const QByteArray& data, const io::SourceOptions& options)
{
    auto table = readBytes(data, options);
    REQUIRE_FALSE(table);
    auto trickled = readBytesTrickled(data, options);
    REQUIRE_FALSE(trickled);
    CHECK(trickled.error().message == table.error().message);
    CHECK(trickled.error().detail == table.error().detail);
    return table.error();
}

std::unique_ptr<io::TableSource> openBuffer(QBuffer& buffer, const io::SourceOptions& options)
{
    buffer.open(QIODevice::ReadOnly);
    auto source = io::openTableSource(buffer, options);
    REQUIRE(source);
    return std::move(*source);
}

QStringList list(std::initializer_list<const char*> utf8Values)
{
    QStringList out;
    for (const char* v : utf8Values)
        out << QString::fromUtf8(v);
    return out;
}

QByteArray utf16le(const QString& text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (const QChar c : text)
        out.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    return out;
}

QByteArray utf16be(const QString& text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFE\xFF", 2) : QByteArray();
    for (const QChar c : text)
        out.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    return out;
}

QByteArray windows1256(const QString& text)
{
    QByteArray out;
    for (const QChar c : text) {
        unsigned char byte = 0;
        // Windows writes Arabic Yeh for the Persian one the code page lacks.
        const char16_t u = c.unicode() == 0x06CC ? char16_t(0x064A) : c.unicode();
        REQUIRE(io::unicodeToWindows1256(u, byte));
        out.append(char(byte));
    }
    return out;
}

} // namespace peyvand::test
