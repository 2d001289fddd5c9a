#include "CustomerExporter.h"

#include "ExportRecords.h"
#include "FieldNames.h"
#include "VCardWriter.h"
#include "io/Csv.h"
#include "io/Xlsx.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace peyvand::exchange {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

Error cancelled()
{
    return Error::make(ErrorCode::Cancelled, ExportText::tr("The export was cancelled; no file was written."));
}

Error writeError(const QString& path, const QString& reason)
{
    return Error::make(ErrorCode::Io, ExportText::tr("The file “%1” cannot be written: %2").arg(path, reason));
}

QStringList headerRow(const ExportOptions& options)
{
    QStringList out;
    for (ImportField f : exportColumns())
        out << (options.persianHeaders ? persianHeader(f) : fieldKey(f));
    return out;
}

QStringList escapedCells(const ExportRecord& record)
{
    QStringList cells = exportCells(record);
    const QList<ImportField> columns = exportColumns();
    for (int i = 0; i < cells.size(); ++i) {
        if (isFreeText(columns.at(i)))
            cells[i] = escapeFormula(cells.at(i));
    }
    return cells;
}

// Calls progress every so often; false: cancelled.
class Ticker {
public:
    Ticker(const CustomerExporter::Progress& progress, qint64 total) : m_progress(progress), m_total(total) { }
    bool tick(qint64 done)
    {
        if (!m_progress || (done % 1000 != 0 && done != m_total))
            return true;
        return m_progress(done, m_total);
    }

private:
    const CustomerExporter::Progress& m_progress;
    qint64 m_total;
};

// CSV and vCard: text written through QSaveFile (renamed into place on commit).
Result<qint64> writeText(ExportScan& scan, const QString& path, const ExportOptions& options,
                         const CustomerExporter::Progress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    Ticker ticker(progress, scan.total());
    QByteArray buffer;
    const auto drain = [&](bool force) {
        if (!force && buffer.size() < (1 << 20))
            return true;
        const bool ok = file.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    if (options.format == ExportFormat::Csv) {
        buffer += "\xEF\xBB\xBF";
        QStringList header;
        for (const QString& h : headerRow(options))
            header << io::csvField(h);
        buffer += header.join(u',').toUtf8() + "\r\n";
    }
    qint64 done = 0;
    for (;;) {
        bool more = false;
        if (options.format == ExportFormat::Csv) {
            auto row = scan.nextCsv(buffer);
            if (!row) {
                file.cancelWriting();
                return row.error();
            }
            more = *row;
        } else {
            auto next = scan.next();
            if (!next) {
                file.cancelWriting();
                return next.error();
            }
            more = next->has_value();
            if (more)
                buffer += vCardOf(**next);
        }
        if (!more)
            break;
        ++done;
        if (!drain(false)) {
            file.cancelWriting();
            return writeError(path, file.errorString());
        }
        if (!ticker.tick(done)) {
            file.cancelWriting();
            return cancelled();
        }
    }
    if (!drain(true) || !file.commit())
        return writeError(path, file.errorString());
    return done;
}

Result<qint64> writeXlsx(ExportScan& scan, const QString& path, const ExportOptions& options,
                         const CustomerExporter::Progress& progress)
{
    auto writer = io::XlsxWriter::create(path, options.persianHeaders ? QStringLiteral("مشتریان") : QStringLiteral("Customers"));
    if (!writer)
        return writer.error();
    (*writer)->setRightToLeft(options.persianHeaders);
    if (auto s = (*writer)->writeRow(headerRow(options)); !s)
        return s.error();
    Ticker ticker(progress, scan.total());
    qint64 done = 0;
    for (;;) {
        auto next = scan.next();
        if (!next)
            return next.error();
        if (!*next)
            break;
        if (auto s = (*writer)->writeRow(escapedCells(**next)); !s)
            return s.error();
        ++done;
        if (!ticker.tick(done))
            return cancelled(); // the writer's destructor leaves nothing at path
    }
    if (auto s = (*writer)->close(); !s)
        return s.error();
    return done;
}

} // namespace

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::VCard: return QStringLiteral("vcf");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromKey(QStringView key)
{
    for (ExportFormat f : { ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::VCard }) {
        if (key.compare(exportFormatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    if (key.compare(QLatin1String("vcard"), Qt::CaseInsensitive) == 0)
        return ExportFormat::VCard;
    return std::nullopt;
}

QString escapeFormula(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + cell;
    return cell;
}

CustomerExporter::CustomerExporter(storage::Database& db)
    : m_db(db)
{
}

Result<qint64> CustomerExporter::run(const QString& path, const ExportOptions& options, const Progress& progress)
{
    auto scan = ExportScan::open(m_db, options.query);
    if (!scan)
        return scan.error();
    if (options.format == ExportFormat::Xlsx)
        return writeXlsx(**scan, path, options, progress);
    return writeText(**scan, path, options, progress);
}

} // namespace peyvand::exchange
