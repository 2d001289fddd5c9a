// CSV reader of core/io: no crash on any bytes; records start on increasing
// lines; and whatever parses, written back with csvField, parses to the same
// fields (records of one empty field excepted: they are written as empty
// lines, which the reader skips).
#include "FuzzSupport.h"
#include "io/Csv.h"

using namespace peyvand;
using peyvand::fuzz::require;

namespace {

void checkLines(const QList<io::CsvRecord>& records, const QString& input)
{
    int previous = 0;
    for (const io::CsvRecord& r : records) {
        require(r.line > previous, "records start on increasing lines", input);
        require(!r.fields.isEmpty(), "a record has at least one field", input);
        previous = r.line;
    }
}

bool isBlankRecord(const io::CsvRecord& r)
{
    return r.fields.size() == 1 && r.fields.constFirst().isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString input = QString::fromUtf8(bytes);

    if (const auto detected = io::parseCsv(bytes))
        checkLines(*detected, input);

    for (const QChar delimiter : { QChar(u','), QChar(u';'), QChar(u'\t') }) {
        io::CsvOptions options;
        options.delimiter = delimiter;
        const auto records = io::parseCsv(bytes, options);
        if (!records)
            continue;
        checkLines(*records, input);
        QList<QStringList> expected;
        // A writer starts with a BOM, so that a first value starting with
        // U+FEFF is not mistaken for one.
        QString written = QChar(0xFEFF);
        for (const io::CsvRecord& r : *records) {
            if (isBlankRecord(r))
                continue;
            expected << r.fields;
            QStringList row;
            for (const QString& f : r.fields)
                row << io::csvField(f, delimiter);
            written += row.join(delimiter) + QStringLiteral("\r\n");
        }
        const auto again = io::parseCsv(written.toUtf8(), options);
        require(again.hasValue(), "written CSV parses", input);
        require(again->size() == expected.size(), "written CSV has the same number of records", input);
        for (qsizetype i = 0; i < expected.size(); ++i)
            require(again->at(i).fields == expected.at(i), "written CSV has the same fields", input);
    }
    return 0;
}
