#include "ImportBench.h"

#include "ImportData.h"
#include "JsonLine.h"
#include "PeakMemory.h"
#include "exchange/CustomerExporter.h"
#include "exchange/CustomerImporter.h"
#include "exchange/RowFeed.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <ctime>
#include <optional>

namespace peyvand::bench {

namespace {

struct Options {
    qint64 rows = 100000;
    QString databasePath;
    QString csvPath;
    bool rowsGiven = false;
    quint32 seed = 1404;
    bool keep = false;
    bool feedOnly = false; // only what the import's worker thread does
    bool digest = false;   // feed-only: a SHA-1 of everything the feed produced
};

std::optional<Options> parse(const QStringList& args, QString* error)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--rows")) {
            o.rows = next().toLongLong();
            o.rowsGiven = true;
        }
        else if (a == QLatin1String("--db"))
            o.databasePath = next();
        else if (a == QLatin1String("--csv"))
            o.csvPath = next();
        else if (a == QLatin1String("--seed"))
            o.seed = next().toUInt();
        else if (a == QLatin1String("--keep"))
            o.keep = true;
        else if (a == QLatin1String("--feed-only"))
            o.feedOnly = true;
        else if (a == QLatin1String("--digest"))
            o.digest = true;
        else {
            *error = QStringLiteral("unknown option ") + a;
            return std::nullopt;
        }
    }
    if (o.rows <= 0) {
        *error = QStringLiteral("need --rows N > 0");
        return std::nullopt;
    }
    return o;
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

double mb(std::optional<qint64> kb)
{
    return kb ? double(*kb) / 1024.0 : -1.0;
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

// sqlite3's .import of the same CSV into a plain table: the floor.
std::optional<qint64> timeFloor(const QString& csv, const QString& db, QString* error)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        *error = QStringLiteral("sqlite3 is not installed (scripts/install-deps.sh installs it)");
        return std::nullopt;
    }
    removeDatabase(db);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, { db });
    if (!process.waitForStarted()) {
        *error = QStringLiteral("sqlite3 did not start");
        return std::nullopt;
    }
    QString script = QStringLiteral(".import --csv '%1' plain\n").arg(QString(csv).replace(u'\'', QStringLiteral("''")));
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const qint64 ms = timer.elapsed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("sqlite3 .import failed: ") + QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return ms;
}

// The CSV to import: an existing --csv file as it is when --rows is not
// given, otherwise a newly generated one.
bool prepareCsv(const Options& options, const QString& csv, ImportDataStats* data, QString* error)
{
    if (!options.rowsGiven && !options.csvPath.isEmpty() && QFileInfo::exists(csv)) {
        progress(QStringLiteral("reading %1 as it is").arg(csv));
        data->bytes = QFileInfo(csv).size();
        data->duplicates = -1;
        data->invalid = -1;
        return true;
    }
    progress(QStringLiteral("writing %1 rows to %2").arg(options.rows).arg(csv));
    return writeImportCsv(csv, options.rows, options.seed, data, error);
}

void addToDigest(QCryptographicHash& hash, const QString& text)
{
    const qsizetype size = text.isNull() ? -1 : text.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(text.constData()), text.size() * 2));
}

// Everything a row of the feed hands to the writer, so that two builds can be
// compared for identical output.
void addToDigest(QCryptographicHash& hash, const exchange::FeedRow& row)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&row.line), sizeof row.line));
    hash.addData(row.blank ? "b" : "-");
    for (const exchange::RejectedRow& problem : row.problems) {
        for (const QString* t : { &problem.field, &problem.value, &problem.reason })
            addToDigest(hash, *t);
    }
    const exchange::PreparedCustomer& p = row.prepared;
    for (const QString* t : { &p.note, &p.nameSort, &p.cityKey, &p.sourceKey })
        addToDigest(hash, *t);
    for (const QStringList* list : { &p.tagKeys, &p.customer.otherPhones, &p.customer.tags }) {
        hash.addData(QByteArray::number(list->size()));
        for (const QString& text : *list)
            addToDigest(hash, text);
    }
    const customers::Customer& c = p.customer;
    for (const QString* t : { &c.name, &c.company, &c.nationalId, &c.legalId, &c.economicCode,
                              &c.registrationNumber, &c.mobile, &c.email, &c.website, &c.instagram,
                              &c.telegram, &c.whatsapp, &c.linkedin, &c.address, &c.city, &c.province,
                              &c.postalCode, &c.source })
        addToDigest(hash, *t);
    hash.addData(QByteArray::number(int(c.kind)) + c.since.toString(Qt::ISODate).toLatin1());
    for (const QByteArray& column : p.columns) {
        const qsizetype size = column.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
        hash.addData(column);
    }
}

// What the import's worker thread does (CustomerImporter's source and
// mapping, RowCleaner, readChunk with derive), on this thread and without a
// database: its CPU time alone.
int runFeedOnly(const Options& options, const QString& csv)
{
    const exchange::ImportOptions importOptions;
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    auto source = io::openTableSource(csv, importOptions.source);
    if (!source) {
        progress(QStringLiteral("error: ") + source.error().message);
        return 1;
    }
    const QStringList headers = (*source)->headers();
    exchange::ColumnMapping mapping = exchange::autoMap(headers);
    mapping.unmappedToNotes = importOptions.mapping.unmappedToNotes;
    auto overridden = exchange::applyOverrides(mapping, headers, importOptions.overrides);
    if (!overridden) {
        progress(QStringLiteral("error: ") + overridden.error().message);
        return 1;
    }
    const exchange::RowCleaner cleaner(headers, *overridden);
    const QDate today = QDate::currentDate();
    const double openCpu = cpuSeconds() - cpu0;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    qint64 rows = 0;
    qint64 rejected = 0;
    double chunkCpu = 0; // inside readChunk: what the import's worker thread does
    for (;;) {
        const double before = cpuSeconds();
        const exchange::FeedChunk chunk =
            exchange::readChunk(**source, cleaner, today, exchange::RowFeed::kChunkRows, false);
        chunkCpu += cpuSeconds() - before;
        for (const exchange::FeedRow& row : chunk.rows) {
            rejected += row.problems.isEmpty() ? 0 : 1;
            if (options.digest)
                addToDigest(hash, row);
        }
        rows += qint64(chunk.rows.size());
        if (chunk.error) {
            progress(QStringLiteral("error: ") + chunk.error->message);
            return 1;
        }
        if (chunk.end)
            break;
    }
    const qint64 ms = timer.elapsed();
    const double cpu = cpuSeconds() - cpu0;
    QJsonObject line {
        { QStringLiteral("bench"), QStringLiteral("import_feed") },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("wall_ms"), ms },
        { QStringLiteral("cpu_ms"), qint64(cpu * 1000) },
        { QStringLiteral("cpu_us_per_row"), cpu * 1e6 / double(std::max<qint64>(rows, 1)) },
        // Of cpu_ms: opening the source (Auto encoding reads the file through
        // once) and the chunks; the rest is freeing the chunks' rows.
        { QStringLiteral("open_cpu_ms"), qint64(openCpu * 1000) },
        { QStringLiteral("chunks_cpu_ms"), qint64(chunkCpu * 1000) },
        { QStringLiteral("peak_rss_mb"), mb(highWaterMarkKb()) },
    };
    if (options.digest)
        line.insert(QStringLiteral("sha1"), QString::fromLatin1(hash.result().toHex()));
    printJsonLine(line);
    return 0;
}

} // namespace

int runImportBench(const QStringList& args)
{
    QString error;
    const auto options = parse(args, &error);
    if (!options) {
        progress(QStringLiteral("error: ") + error
                 + QStringLiteral("\nusage: peyvand-bench import [--rows N] [--db PATH] [--csv PATH]"
                                  " [--seed S] [--keep]\n       peyvand-bench import --feed-only [--rows N]"
                                  " [--csv PATH] [--digest]"));
        return 2;
    }
    QTemporaryDir temp;
    const QString csv = options->csvPath.isEmpty() ? temp.filePath(QStringLiteral("customers.csv")) : options->csvPath;
    const QString dbPath = options->databasePath.isEmpty() ? temp.filePath(QStringLiteral("import.sqlite")) : options->databasePath;

    ImportDataStats data;
    if (!prepareCsv(*options, csv, &data, &error)) {
        progress(QStringLiteral("error: ") + error);
        return 1;
    }
    if (options->feedOnly)
        return runFeedOnly(*options, csv);

    progress(QStringLiteral("floor: sqlite3 .import"));
    const auto floorMs = timeFloor(csv, temp.filePath(QStringLiteral("floor.sqlite")), &error);
    if (!floorMs) {
        progress(QStringLiteral("error: ") + error);
        return 1;
    }
    removeDatabase(temp.filePath(QStringLiteral("floor.sqlite")));

    removeDatabase(dbPath);
    auto db = storage::Database::open(dbPath);
    if (!db) {
        progress(QStringLiteral("error: ") + db.error().message);
        return 1;
    }
    progress(QStringLiteral("import"));
    resetPeakRss();
    exchange::ImportOptions importOptions;
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    const auto report = exchange::CustomerImporter(**db).run(csv, importOptions);
    const qint64 importMs = timer.elapsed();
    const double importCpu = cpuSeconds() - cpu0;
    const auto importRss = highWaterMarkKb();
    if (!report) {
        progress(QStringLiteral("error: ") + report.error().message + u' ' + report.error().detail);
        return 1;
    }
    const double ratio = double(importMs) / double(std::max<qint64>(*floorMs, 1));
    const bool importMet = importMs <= 15000 && ratio <= 3.0 && mb(importRss) <= 300.0;
    printJsonLine(QJsonObject {
        { QStringLiteral("bench"), QStringLiteral("import") },
        { QStringLiteral("rows"), report->rowsRead },
        { QStringLiteral("csv_mb"), double(data.bytes) / 1048576.0 },
        { QStringLiteral("generated_duplicates"), data.duplicates },
        { QStringLiteral("generated_invalid"), data.invalid },
        { QStringLiteral("floor_ms"), *floorMs },
        { QStringLiteral("import_ms"), importMs },
        { QStringLiteral("import_cpu_ms"), qint64(importCpu * 1000) },
        { QStringLiteral("rows_per_s"),
          qint64(double(report->rowsRead) * 1000.0 / double(std::max<qint64>(importMs, 1))) },
        { QStringLiteral("ratio_to_floor"), ratio },
        { QStringLiteral("imported"), report->imported },
        { QStringLiteral("skipped_duplicates"), report->skippedDuplicates },
        { QStringLiteral("rejected"), qint64(report->rejected.size()) },
        { QStringLiteral("peak_rss_mb"), mb(importRss) },
        { QStringLiteral("met"), importMet },
    });

    progress(QStringLiteral("export"));
    resetPeakRss();
    const QString exported = temp.filePath(QStringLiteral("export.csv"));
    timer.restart();
    const double cpu1 = cpuSeconds();
    const auto written = exchange::CustomerExporter(**db).run(exported, {});
    const qint64 exportMs = timer.elapsed();
    const double exportCpu = cpuSeconds() - cpu1;
    const auto exportRss = highWaterMarkKb();
    if (!written) {
        progress(QStringLiteral("error: ") + written.error().message);
        return 1;
    }
    const bool exportMet = exportMs <= 10000;
    printJsonLine(QJsonObject {
        { QStringLiteral("bench"), QStringLiteral("export") },
        { QStringLiteral("customers"), *written },
        { QStringLiteral("csv_mb"), double(QFileInfo(exported).size()) / 1048576.0 },
        { QStringLiteral("export_ms"), exportMs },
        { QStringLiteral("export_cpu_ms"), qint64(exportCpu * 1000) },
        { QStringLiteral("peak_rss_mb"), mb(exportRss) },
        { QStringLiteral("met"), exportMet },
    });
    db->reset();
    if (!options->keep && !options->databasePath.isEmpty())
        removeDatabase(dbPath);
    return importMet && exportMet ? 0 : 3;
}

} // namespace peyvand::bench
