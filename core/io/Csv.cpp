#include "Csv.h"

#include "CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>

namespace peyvand::io {

namespace {

struct CsvText {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// UTF-16 by its BOM, else UTF-8 that must be valid throughout (a BOM
// does not excuse invalid bytes after it).
Result<TextEncoding> strictEncoding(const QByteArray& data)
{
    const EncodingGuess guess = detectEncoding(data);
    if (guess.encoding == TextEncoding::Utf16)
        return TextEncoding::Utf16;
    const EncodingGuess body = guess.bomBytes > 0 ? detectEncoding(QByteArrayView(data).sliced(guess.bomBytes)) : guess;
    if (body.fellBack) {
        const qint64 line = body.firstInvalidLine;
        return fileError(CsvText::tr("Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and try again.").arg(line),
                         line);
    }
    return TextEncoding::Utf8;
}

} // namespace

Result<QList<CsvRecord>> parseCsv(const QByteArray& input, const CsvOptions& options)
{
    if (!options.delimiter.isNull() && !isUsableDelimiter(options.delimiter))
        return Error::invalid(QStringLiteral("delimiter"), CsvText::tr("“%1” cannot separate CSV values.").arg(options.delimiter));
    if (input.size() > options.maxBytes) {
        return fileError(CsvText::tr("The file is too large (%1 MB); at most %2 MB can be read.")
                             .arg((input.size() + 1024 * 1024 - 1) / (1024 * 1024))
                             .arg(options.maxBytes / (1024 * 1024)));
    }
    const auto encoding = strictEncoding(input);
    if (!encoding)
        return encoding.error();

    QByteArray data = input;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options readerOptions;
    readerOptions.encoding = *encoding;
    readerOptions.delimiter = options.delimiter;
    readerOptions.maxBytes = options.maxBytes;
    CsvReader reader(buffer, readerOptions);
    if (auto s = reader.open(); !s)
        return s.error();
    QList<CsvRecord> records;
    for (;;) {
        CsvRecord record;
        qint64 line = 0;
        auto more = reader.next(record.fields, line);
        if (!more)
            return more.error();
        if (!*more)
            return records;
        record.line = int(line);
        records.append(std::move(record));
    }
}

QString csvField(const QString& value, QChar delimiter)
{
    bool needsQuotes = false;
    for (const QChar c : value) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace peyvand::io
