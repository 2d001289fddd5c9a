#include "SearchBench.h"

#include "ColdStart.h"
#include "JsonLine.h"
#include "Latency.h"
#include "PeakMemory.h"
#include "QueryMix.h"
#include "RawFts.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "customers/DemoData.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>
#include <memory>

namespace peyvand::bench {

namespace {

// Targets (docs/performance.md).
constexpr double kSearchP95TargetMs = 16.0;
constexpr double kSearchVsFtsFactor = 3.0;
constexpr qint64 kColdStartTargetMs = 1000;
constexpr qint64 kPeakRssTargetKb = 200 * 1024;
constexpr int kPageSize = 50; // the GUI list's first page

QJsonObject line(const QString& phase)
{
    return QJsonObject { { QStringLiteral("bench"), QStringLiteral("search") }, { QStringLiteral("phase"), phase } };
}

// The 1-minute load average (Linux), so that figures from a busy machine read as such.
QJsonValue loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonValue::Null;
    bool ok = false;
    const double load = file.readAll().split(' ').constFirst().toDouble(&ok);
    return ok ? QJsonValue(load) : QJsonValue(QJsonValue::Null);
}

QJsonValue kbToMb(std::optional<qint64> kb)
{
    return kb ? QJsonValue(double(*kb) / 1024.0) : QJsonValue(QJsonValue::Null);
}

int fail(const QString& what, const Error& error)
{
    QJsonObject o = line(QStringLiteral("error"));
    o.insert(QStringLiteral("what"), what);
    o.insert(QStringLiteral("message"), error.message);
    o.insert(QStringLiteral("detail"), error.detail);
    printJsonLine(o);
    return 1;
}

Result<std::unique_ptr<storage::Database>> openDb(const QString& path)
{
    storage::Database::Options options;
    options.createIfMissing = false;
    return storage::Database::open(path, options);
}

// Generates the customers into a new file; prints the insert line.
Status generate(const QString& path, const BenchOptions& options)
{
    auto db = storage::Database::open(path);
    if (!db)
        return db.error();
    customers::DemoDataOptions demo;
    demo.customers = options.customers;
    demo.seed = options.seed;
    demo.withNotesAndInteractions = false;
    const qint64 step = std::max<qint64>(1, options.customers / 10);
    qint64 nextReport = step;
    demo.progress = [&](qint64 done) {
        if (done >= nextReport) {
            progress(QStringLiteral("generated %1 / %2").arg(done).arg(options.customers));
            nextReport = (done / step + 1) * step;
        }
        return true;
    };
    QElapsedTimer clock;
    clock.start();
    auto created = customers::generateDemoCustomers(**db, demo);
    const qint64 ms = clock.elapsed();
    if (!created)
        return created.error();
    QJsonObject o = line(QStringLiteral("insert"));
    o.insert(QStringLiteral("customers"), *created);
    o.insert(QStringLiteral("total_ms"), ms);
    o.insert(QStringLiteral("per_1000_ms"), roundMs(double(ms) * 1000.0 / double(std::max<qint64>(1, *created))));
    printJsonLine(o);
    return {};
}

// Customers to draw queries from, read through the service like any client.
Result<QList<customers::Customer>> sampleCustomers(storage::Database& db, int count)
{
    QList<qint64> ids;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM customers ORDER BY random() LIMIT ?"));
        q.addBindValue(count);
        if (!q.exec())
            return Error::make(ErrorCode::Database, QStringLiteral("cannot sample customers"));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    customers::CustomerService service(db);
    QList<customers::Customer> sample;
    for (const qint64 id : ids) {
        auto c = service.get(id);
        if (!c)
            return c.error();
        sample << *c;
    }
    return sample;
}

struct ClassResult {
    QString name;
    LatencyStats page;
    LatencyStats fts;
    double averageRows = 0;
    QJsonArray slowest; // the slowest page() queries, for diagnosis
};

QJsonArray slowestQueries(const QStringList& queries, const QList<qint64>& pageNs, const QList<qint64>& ftsNs, int count)
{
    QList<qsizetype> order(queries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return pageNs.at(a) > pageNs.at(b); });
    QJsonArray out;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, order.size()); ++i) {
        const qsizetype k = order.at(i);
        out.append(QJsonObject { { QStringLiteral("query"), queries.at(k) },
                                 { QStringLiteral("page_ms"), roundMs(double(pageNs.at(k)) / 1e6) },
                                 { QStringLiteral("fts_ms"), roundMs(double(ftsNs.at(k)) / 1e6) } });
    }
    return out;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at((values.size() - 1) / 2);
}

// Warm-up pass, then every query `repeat` times through both paths; each
// query counts with its median time.
Result<ClassResult> measureClass(storage::Database& db, const QueryClass& queries, int repeat)
{
    customers::CustomerSearch search(db);
    RawFts raw(db.connection());
    customers::CustomerQuery query; // what the GUI list sends: relevance, active customers
    for (const QString& text : queries.queries) {
        query.text = text;
        if (auto r = search.page(query, 0, kPageSize); !r)
            return r.error();
        if (auto r = raw.firstPage(text, kPageSize); !r)
            return r.error();
    }
    QList<qint64> pageNs;
    QList<qint64> ftsNs;
    qint64 rows = 0;
    QElapsedTimer clock;
    for (const QString& text : queries.queries) {
        query.text = text;
        QList<qint64> pageRuns;
        QList<qint64> ftsRuns;
        for (int run = 0; run < repeat; ++run) {
            clock.start();
            auto page = search.page(query, 0, kPageSize);
            pageRuns << clock.nsecsElapsed();
            if (!page)
                return page.error();
            if (run == 0)
                rows += page->size();

            clock.start();
            auto bare = raw.firstPage(text, kPageSize);
            ftsRuns << clock.nsecsElapsed();
            if (!bare)
                return bare.error();
        }
        pageNs << median(pageRuns);
        ftsNs << median(ftsRuns);
    }
    ClassResult result;
    result.name = queries.name;
    result.page = summarize(pageNs);
    result.fts = summarize(ftsNs);
    result.averageRows = queries.queries.isEmpty() ? 0 : double(rows) / double(queries.queries.size());
    result.slowest = slowestQueries(queries.queries, pageNs, ftsNs, 5);
    return result;
}

struct StartupResult {
    QString binary;
    QList<StartupRun> runs;
};

StartupResult coldStart(const BenchOptions& options, const QString& path)
{
    StartupResult result;
    result.binary = findGui(options.guiPath);
    if (result.binary.isEmpty() || options.startupRuns == 0)
        return result;
    for (int i = 0; i < options.startupRuns; ++i) {
        progress(QStringLiteral("starting %1 (%2/%3)").arg(result.binary).arg(i + 1).arg(options.startupRuns));
        result.runs << measureStartup(result.binary, path);
    }
    return result;
}

qint64 medianWall(const QList<StartupRun>& runs)
{
    QList<qint64> ms;
    for (const StartupRun& r : runs) {
        if (r.ok)
            ms << r.wallMs;
    }
    if (ms.isEmpty())
        return -1;
    std::sort(ms.begin(), ms.end());
    return ms.at((ms.size() - 1) / 2);
}

QJsonObject target(const QString& metric, const QJsonValue& value, const QString& limit, std::optional<bool> pass)
{
    return QJsonObject { { QStringLiteral("metric"), metric },
                         { QStringLiteral("value"), value },
                         { QStringLiteral("target"), limit },
                         { QStringLiteral("pass"), pass ? QJsonValue(*pass) : QJsonValue(QJsonValue::Null) } };
}

} // namespace

int runSearchBench(const BenchOptions& options)
{
    // Where the database lives and whether it is ours to remove.
    std::unique_ptr<QTemporaryDir> tempDir;
    QString path = options.databasePath;
    if (path.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>();
        if (!tempDir->isValid())
            return fail(QStringLiteral("temporary folder"), Error::make(ErrorCode::Io, tempDir->errorString()));
        tempDir->setAutoRemove(!options.keep);
        path = tempDir->filePath(QStringLiteral("bench.sqlite"));
    }
    path = QFileInfo(path).absoluteFilePath();
    if (options.reuse && !QFileInfo::exists(path))
        return fail(QStringLiteral("--reuse"), Error::make(ErrorCode::Io, QStringLiteral("no database at ") + path));
    if (!options.reuse && QFileInfo::exists(path)) {
        return fail(QStringLiteral("--db"), Error::make(ErrorCode::InvalidInput,
                                                          QStringLiteral("the file exists; remove it or pass --reuse: ") + path));
    }
    const bool removeAfterwards = !options.reuse && !options.keep && !options.databasePath.isEmpty();

    QJsonObject start = line(QStringLiteral("start"));
    start.insert(QStringLiteral("database"), path);
    start.insert(QStringLiteral("reuse"), options.reuse);
    start.insert(QStringLiteral("seed"), qint64(options.seed));
    start.insert(QStringLiteral("queries_per_class"), options.queriesPerClass);
    start.insert(QStringLiteral("repeat"), options.repeat);
    start.insert(QStringLiteral("load_average"), loadAverage());
    start.insert(QStringLiteral("qt_qpa_platform"), qEnvironmentVariable("QT_QPA_PLATFORM"));
    printJsonLine(start);

    if (!options.reuse) {
        if (Status s = generate(path, options); !s)
            return fail(QStringLiteral("generate"), s.error());
    }
    // From here on the search phase is measured on its own (Linux).
    const bool phaseReset = resetPeakRss();

    QElapsedTimer openClock;
    openClock.start();
    auto db = openDb(path);
    if (!db)
        return fail(QStringLiteral("open"), db.error());
    const qint64 openMs = openClock.elapsed();
    customers::CustomerSearch search(**db);
    auto total = search.count(customers::CustomerQuery {});
    if (!total)
        return fail(QStringLiteral("count"), total.error());
    QJsonObject opened = line(QStringLiteral("open"));
    opened.insert(QStringLiteral("open_ms"), openMs);
    opened.insert(QStringLiteral("customers"), *total);
    printJsonLine(opened);

    auto sample = sampleCustomers(**db, 500);
    if (!sample)
        return fail(QStringLiteral("sample"), sample.error());
    const QList<QueryClass> mix = buildQueryMix(*sample, options.queriesPerClass, options.seed);

    QList<ClassResult> results;
    QList<qint64> allPage;
    for (const QueryClass& queries : mix) {
        progress(QStringLiteral("searching: %1 (%2 queries)").arg(queries.name).arg(queries.queries.size()));
        auto r = measureClass(**db, queries, options.repeat);
        if (!r)
            return fail(QStringLiteral("search ") + queries.name, r.error());
        QJsonObject o = line(QStringLiteral("search"));
        o.insert(QStringLiteral("class"), r->name);
        o.insert(QStringLiteral("queries"), r->page.count);
        o.insert(QStringLiteral("examples"), QJsonArray::fromStringList(queries.queries.mid(0, 5)));
        putStats(o, QStringLiteral("page_"), r->page);
        putStats(o, QStringLiteral("fts_"), r->fts);
        o.insert(QStringLiteral("page_vs_fts_p95"), r->fts.p95 > 0 ? roundMs(r->page.p95 / r->fts.p95) : 0.0);
        o.insert(QStringLiteral("average_rows"), roundMs(r->averageRows));
        o.insert(QStringLiteral("slowest"), r->slowest);
        printJsonLine(o);
        results << *r;
    }
    const std::optional<qint64> searchPeakKb = phaseReset ? highWaterMarkKb() : std::nullopt;
    db->reset(); // the GUI gets the file to itself

    const StartupResult startup = coldStart(options, path);
    QJsonObject startupLine = line(QStringLiteral("startup"));
    startupLine.insert(QStringLiteral("binary"), startup.binary.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(startup.binary));
    QJsonArray runs;
    for (const StartupRun& r : startup.runs) {
        QJsonObject o { { QStringLiteral("ok"), r.ok } };
        if (r.ok) {
            o.insert(QStringLiteral("wall_ms"), r.wallMs);
            o.insert(QStringLiteral("startup_ms"), r.reportedMs ? QJsonValue(*r.reportedMs) : QJsonValue(QJsonValue::Null));
        } else {
            o.insert(QStringLiteral("error"), r.error);
        }
        runs.append(o);
    }
    startupLine.insert(QStringLiteral("runs"), runs);
    const bool haveStartup = !startup.runs.isEmpty() && startup.runs.constFirst().ok;
    startupLine.insert(QStringLiteral("cold_wall_ms"), haveStartup ? QJsonValue(startup.runs.constFirst().wallMs) : QJsonValue(QJsonValue::Null));
    const qint64 median = medianWall(startup.runs);
    startupLine.insert(QStringLiteral("median_wall_ms"), median >= 0 ? QJsonValue(median) : QJsonValue(QJsonValue::Null));
    printJsonLine(startupLine);

    const std::optional<qint64> selfPeakKb = selfPeakRssKb();
    const std::optional<qint64> childPeakKb = startup.runs.isEmpty() ? std::nullopt : childrenPeakRssKb();
    QJsonObject memory = line(QStringLiteral("memory"));
    memory.insert(QStringLiteral("bench_peak_rss_mb"), kbToMb(selfPeakKb));
    memory.insert(QStringLiteral("search_phase_peak_rss_mb"), kbToMb(searchPeakKb));
    memory.insert(QStringLiteral("gui_peak_rss_mb"), kbToMb(childPeakKb));
    printJsonLine(memory);

    // Summary with a verdict per target.
    QJsonArray targets;
    bool allPass = true;
    QJsonArray unmeasured; // a target not measured is not a pass
    const auto record = [&](QJsonObject t) {
        const QJsonValue pass = t.value(QStringLiteral("pass"));
        if (pass.isBool() && !pass.toBool())
            allPass = false;
        if (!pass.isBool())
            unmeasured.append(t.value(QStringLiteral("metric")));
        targets.append(t);
    };
    for (const ClassResult& r : results) {
        record(target(QStringLiteral("search_p95_ms_") + r.name, roundMs(r.page.p95), QStringLiteral("<= 16"),
                      r.page.count > 0 ? std::optional<bool>(r.page.p95 <= kSearchP95TargetMs) : std::nullopt));
        const double factor = r.fts.p95 > 0 ? r.page.p95 / r.fts.p95 : 0;
        record(target(QStringLiteral("search_vs_fts_p95_") + r.name, roundMs(factor), QStringLiteral("<= 3x"),
                      r.page.count > 0 ? std::optional<bool>(factor <= kSearchVsFtsFactor) : std::nullopt));
    }
    record(target(QStringLiteral("cold_start_ms"),
                  haveStartup ? QJsonValue(startup.runs.constFirst().wallMs) : QJsonValue(QJsonValue::Null),
                  QStringLiteral("<= 1000"),
                  haveStartup ? std::optional<bool>(startup.runs.constFirst().wallMs <= kColdStartTargetMs) : std::nullopt));
    // The application's memory: the GUI child when it ran, and the search
    // phase of this process (what the GUI's core does).
    std::optional<qint64> appPeakKb = searchPeakKb;
    if (childPeakKb)
        appPeakKb = std::max(childPeakKb.value(), appPeakKb.value_or(0));
    record(target(QStringLiteral("peak_rss_mb"), kbToMb(appPeakKb), QStringLiteral("<= 200"),
                  appPeakKb ? std::optional<bool>(*appPeakKb <= kPeakRssTargetKb) : std::nullopt));

    QJsonObject summary = line(QStringLiteral("summary"));
    summary.insert(QStringLiteral("customers"), *total);
    summary.insert(QStringLiteral("targets"), targets);
    summary.insert(QStringLiteral("pass"),
                   !allPass ? QJsonValue(false) : unmeasured.isEmpty() ? QJsonValue(true) : QJsonValue(QJsonValue::Null));
    summary.insert(QStringLiteral("unmeasured"), unmeasured);
    printJsonLine(summary);

    if (removeAfterwards) {
        const QFileInfo info(path);
        QDir dir = info.absoluteDir();
        for (const QString& name : dir.entryList({ info.fileName() + QStringLiteral("*") }, QDir::Files))
            dir.remove(name);
    }
    if (options.keep && tempDir)
        progress(QStringLiteral("kept the database: ") + path);
    return 0;
}

} // namespace peyvand::bench
