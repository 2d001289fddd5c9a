// The streaming text readers of core/io (CSV, TSV, vCard) in every encoding.
// The first byte chooses the format, the encoding and the delimiter; the
// rest is the file. Properties: no crash; the same rows, lines and errors
// whether the device gives everything at once or 1-7 bytes per read; rows
// start on increasing lines; CSV rows are at least as wide as the header
// and vCard rows exactly as wide as vCardColumns(); decoding and encoding
// detection do not depend on where the data is cut; and a CSV table that
// reads, written back with csvField, reads the same.
#include "FuzzSupport.h"
#include "io/Csv.h"
#include "io/TableSource.h"

#include <QBuffer>

#include <algorithm>
#include <cstring>

using namespace peyvand;
using peyvand::fuzz::require;

namespace {

class TrickleDevice final : public QIODevice {
public:
    explicit TrickleDevice(const QByteArray& data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override
    {
        m_offset = pos;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min({ qint64(1 + m_reads++ % 7), maxSize, qint64(m_data.size()) - m_offset });
        if (n <= 0)
            return 0;
        std::memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    qint64 m_reads = 0;
};

struct Outcome {
    bool ok = true;
    QString error;
    QStringList headers;
    QList<io::SourceRow> rows;
};

Outcome readAll(QIODevice& device, const io::SourceOptions& options)
{
    Outcome out;
    auto source = io::openTableSource(device, options);
    if (!source) {
        out.ok = false;
        out.error = source.error().message + u'|' + source.error().detail;
        return out;
    }
    out.headers = (*source)->headers();
    for (;;) {
        auto row = (*source)->next();
        if (!row) {
            out.ok = false;
            out.error = row.error().message + u'|' + row.error().detail;
            return out;
        }
        if (!*row)
            break;
        out.rows.append(**row);
    }
    require((*source)->position() <= (*source)->size(), "position within size", out.error);
    return out;
}

bool same(const Outcome& a, const Outcome& b)
{
    if (a.ok != b.ok || a.error != b.error || a.headers != b.headers || a.rows.size() != b.rows.size())
        return false;
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        if (a.rows[i].line != b.rows[i].line || a.rows[i].cells != b.rows[i].cells)
            return false;
    }
    return true;
}

void checkDecoding(io::TextEncoding encoding, QByteArrayView bytes, const QString& input)
{
    io::TextDecoder whole(encoding);
    const QString expected = whole.decode(bytes) + whole.finish();
    io::TextDecoder pieces(encoding);
    QString text;
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(uint8_t(bytes[0])) % (bytes.size() + 1);
    text += pieces.decode(bytes.first(cut));
    for (qsizetype i = cut; i < bytes.size(); i += 3)
        text += pieces.decode(bytes.sliced(i, std::min<qsizetype>(3, bytes.size() - i)));
    text += pieces.finish();
    require(text == expected, "decoding does not depend on the cut", input);
    require(pieces.invalidSequences() == whole.invalidSequences(), "the same invalid count", input);

    io::EncodingSniffer sniffer;
    sniffer.feed(bytes.first(cut));
    for (qsizetype i = cut; i < bytes.size(); i += 5)
        sniffer.feed(bytes.sliced(i, std::min<qsizetype>(5, bytes.size() - i)));
    const io::EncodingGuess a = sniffer.result();
    const io::EncodingGuess b = io::detectEncoding(bytes);
    require(a.encoding == b.encoding && a.bomBytes == b.bomBytes && a.fellBack == b.fellBack
                && a.firstInvalidLine == b.firstInvalidLine,
            "sniffing does not depend on the cut", input);
}

// A table written back as UTF-8 CSV with the same delimiter reads the same
// (rows of one empty cell become empty lines, which are skipped).
void checkRoundTrip(const Outcome& read, QChar delimiter, const QString& input)
{
    if (read.headers.size() == 1 && read.headers.first().isEmpty())
        return;
    auto line = [delimiter](const QStringList& cells) {
        QStringList out;
        for (const QString& c : cells)
            out << io::csvField(c, delimiter);
        return out.join(delimiter) + QStringLiteral("\r\n");
    };
    QString written = QChar(0xFEFF) + line(read.headers);
    QList<QStringList> expected;
    for (const io::SourceRow& r : read.rows) {
        if (r.cells.size() == 1 && r.cells.first().isEmpty())
            continue;
        expected << r.cells;
        written += line(r.cells);
    }
    QByteArray bytes = written.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    io::SourceOptions options;
    options.encoding = io::TextEncoding::Utf8;
    options.delimiter = delimiter;
    const Outcome again = readAll(buffer, options);
    require(again.ok, "written CSV reads", input);
    require(again.headers == read.headers, "written CSV has the same header", input);
    require(again.rows.size() == expected.size(), "written CSV has the same number of rows", input);
    for (qsizetype i = 0; i < expected.size(); ++i)
        require(again.rows[i].cells == expected[i], "written CSV has the same cells", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString input = QString::fromUtf8(bytes);

    constexpr io::SourceFormat formats[] = { io::SourceFormat::Csv, io::SourceFormat::Tsv, io::SourceFormat::VCard };
    constexpr io::TextEncoding encodings[] = { io::TextEncoding::Auto, io::TextEncoding::Utf8, io::TextEncoding::Utf16,
                                               io::TextEncoding::Windows1256 };
    const QChar delimiters[] = { QChar(), QChar(u','), QChar(u';'), QChar(u'\t'), QChar(0x060C), QChar(u'|') };
    io::SourceOptions options;
    options.format = formats[mode % 3];
    options.encoding = encodings[(mode / 3) % 4];
    options.delimiter = delimiters[(mode / 12) % 6];

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const Outcome whole = readAll(buffer, options);
    TrickleDevice trickle(bytes);
    const Outcome trickled = readAll(trickle, options);
    require(same(whole, trickled), "the same result whatever the reads", input);

    qint64 previous = 0;
    for (const io::SourceRow& r : whole.rows) {
        require(r.line > previous, "rows start on increasing lines", input);
        previous = r.line;
        if (options.format == io::SourceFormat::VCard)
            require(r.cells.size() == io::vCardColumns().size(), "vCard rows have every column", input);
        else
            require(r.cells.size() >= whole.headers.size(), "rows are padded to the header", input);
    }
    if (whole.ok && options.format != io::SourceFormat::VCard) {
        const QChar delimiter = options.format == io::SourceFormat::Tsv ? QChar(u'\t') : options.delimiter;
        if (!delimiter.isNull())
            checkRoundTrip(whole, delimiter, input);
    }
    const io::TextEncoding decoding = options.encoding == io::TextEncoding::Auto ? io::TextEncoding::Utf8 : options.encoding;
    checkDecoding(decoding, bytes, input);
    return 0;
}
