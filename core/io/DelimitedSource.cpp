#include "CsvReader.h"
#include "TextSources.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <limits>

namespace peyvand::io {

namespace {

struct DelimitedText {
    Q_DECLARE_TR_FUNCTIONS(DelimitedSource)
};

// CSV or TSV: the first record is the header; shorter rows are padded to
// its width (longer ones keep their extra cells).
class DelimitedSource final : public TableSource {
public:
    DelimitedSource(QIODevice& device, const CsvReader::Options& options, std::unique_ptr<QIODevice> owned)
        : m_owned(std::move(owned))
        , m_reader(device, options)
    {
    }

    Status open()
    {
        if (auto s = m_reader.open(); !s)
            return s;
        if (auto zip = refuseZip(m_reader.input()))
            return *zip;
        qint64 line = 0;
        auto first = m_reader.next(m_headers, line);
        if (!first)
            return first.error();
        if (!*first)
            return fileError(DelimitedText::tr("The file is empty."));
        return {};
    }

    QStringList headers() const override { return m_headers; }

    Result<std::optional<SourceRow>> next() override
    {
        SourceRow row;
        auto more = m_reader.next(row.cells, row.line);
        if (!more)
            return more.error();
        if (!*more)
            return std::optional<SourceRow>();
        while (row.cells.size() < m_headers.size())
            row.cells.append(QString());
        return std::optional<SourceRow>(std::move(row));
    }

    qint64 position() const override { return m_reader.input().position(); }
    qint64 size() const override { return m_reader.input().size(); }
    TextEncoding encoding() const override { return m_reader.input().encoding(); }
    QChar delimiter() const override { return m_reader.delimiter(); }
    QStringList notices() const override { return decodingNotices(m_reader.input()); }

private:
    std::unique_ptr<QIODevice> m_owned;
    CsvReader m_reader;
    QStringList m_headers;
};

} // namespace

QStringList decodingNotices(const TextInput& input)
{
    QStringList notices;
    const EncodingGuess& guess = input.guess();
    if (guess.fellBack) {
        notices << DelimitedText::tr("The file is not valid UTF-8 (line %1); it was read as Windows-1256.")
                       .arg(guess.firstInvalidLine);
    }
    if (const qint64 invalid = input.invalidSequences()) {
        notices << DelimitedText::tr("%n character(s) could not be read as %1 and were replaced with “�”.", "",
                                     int(std::min<qint64>(invalid, std::numeric_limits<int>::max())))
                       .arg(encodingLabel(input.encoding()));
    }
    return notices;
}

std::optional<Error> refuseZip(const TextInput& input)
{
    if (!input.head().startsWith("PK\x03\x04"))
        return std::nullopt;
    return fileError(DelimitedText::tr("The file is a ZIP archive, perhaps an Excel workbook: choose the XLSX format."));
}

Result<std::unique_ptr<TableSource>> openDelimitedSource(QIODevice& device, const SourceOptions& options,
                                                         std::unique_ptr<QIODevice> owned)
{
    CsvReader::Options csv;
    csv.encoding = options.encoding;
    csv.maxBytes = options.maxBytes;
    csv.delimiter = options.format == SourceFormat::Tsv ? QChar(u'\t') : options.delimiter;
    if (!csv.delimiter.isNull() && !isUsableDelimiter(csv.delimiter)) {
        return Error::invalid(QStringLiteral("delimiter"),
                              DelimitedText::tr("“%1” cannot separate values.").arg(csv.delimiter));
    }
    auto source = std::make_unique<DelimitedSource>(device, csv, std::move(owned));
    if (auto s = source->open(); !s)
        return s.error();
    return std::unique_ptr<TableSource>(std::move(source));
}

} // namespace peyvand::io
