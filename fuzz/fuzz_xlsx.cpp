// XLSX reader of core/io: no crash and bounded memory on any bytes; every
// failure is an InvalidInput error on "file" with a message; sheet names
// listed can be opened or fail cleanly; rows come on increasing sheet row
// numbers within the row limit, at least as wide as the header and never
// wider than the column limit; progress stays within the size.
#include "FuzzSupport.h"
#include "io/Xlsx.h"

#include <QBuffer>

using namespace peyvand;
using peyvand::fuzz::require;

namespace {

void quiet(QtMsgType, const QMessageLogContext&, const QString&) { }

void requireFileError(const Error& e, const QString& input)
{
    require(e.code == ErrorCode::InvalidInput, "errors are InvalidInput", input);
    require(e.field == u"file", "errors name the file", input);
    require(!e.message.isEmpty(), "errors say what is wrong", input);
}

void readSheet(QBuffer& buffer, const QString& sheet, const io::XlsxLimits& limits, const QString& input)
{
    auto source = io::openXlsx(buffer, sheet, limits);
    if (!source) {
        requireFileError(source.error(), input);
        return;
    }
    io::TableSource& table = **source;
    const qsizetype width = table.headers().size();
    require(width <= limits.maxColumns, "the header is within the column limit", input);
    qint64 previous = 0;
    for (;;) {
        require(table.position() >= 0 && table.position() <= table.size(), "progress within the size", input);
        auto row = table.next();
        if (!row) {
            requireFileError(row.error(), input);
            auto again = table.next();
            require(!again, "an error stays", input);
            return;
        }
        if (!*row)
            return;
        const io::SourceRow& r = **row;
        require(r.line > previous, "rows come on increasing lines", input);
        require(r.line <= limits.maxRows, "rows within the row limit", input);
        require(r.cells.size() >= width, "rows are padded to the header", input);
        require(r.cells.size() <= qMax<qsizetype>(width, limits.maxColumns), "rows within the column limit",
            input);
        previous = r.line;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool silenced = [] {
        qInstallMessageHandler(quiet); // QBuffer warns of seeks past the end
        return true;
    }();
    (void)silenced;

    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString input = QString::fromLatin1(bytes.toHex());
    QBuffer buffer(&bytes);

    io::XlsxLimits limits;
    limits.maxEntryBytes = 4 * 1024 * 1024;
    limits.maxSharedStringBytes = 1024 * 1024;
    limits.maxColumns = 64;
    limits.maxRows = 100'000;

    auto names = io::xlsxSheetNames(buffer);
    if (!names) {
        requireFileError(names.error(), input);
        readSheet(buffer, {}, limits, input); // fails the same way
        return 0;
    }
    readSheet(buffer, {}, limits, input);
    for (qsizetype i = 0; i < names->size() && i < 3; ++i)
        readSheet(buffer, names->at(i), limits, input);
    return 0;
}
