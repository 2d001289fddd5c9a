#include "ReportsBench.h"

#include "JsonLine.h"
#include "Latency.h"
#include "PeakMemory.h"
#include "ReportsData.h"
#include "common/Clock.h"
#include "reports/Dashboard.h"
#include "reports/ReportCatalog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Jalali.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

namespace peyvand::bench {

namespace {

constexpr double kReportBudgetMs = 300;
constexpr double kDashboardBudgetMs = 500;

struct Options {
    qint64 lines = 1'000'000;
    qint64 customers = -1;   // default: 100,000, fewer for small N
    QString databasePath;
    bool keep = false;
    bool reuse = false;
    int runs = 5;
};

std::optional<Options> parse(const QStringList& args, QString* error)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--lines"))
            o.lines = next().toLongLong();
        else if (a == QLatin1String("--customers"))
            o.customers = next().toLongLong();
        else if (a == QLatin1String("--db"))
            o.databasePath = next();
        else if (a == QLatin1String("--keep"))
            o.keep = true;
        else if (a == QLatin1String("--reuse"))
            o.reuse = true;
        else if (a == QLatin1String("--runs"))
            o.runs = next().toInt();
        else {
            *error = QStringLiteral("unknown option ") + a;
            return std::nullopt;
        }
    }
    if (o.customers < 0)
        o.customers = std::clamp<qint64>(o.lines / 10, 1000, 100'000);
    if ((!o.reuse && (o.lines <= 0 || o.customers <= 0)) || o.runs <= 1 || (o.reuse && o.databasePath.isEmpty())) {
        *error = QStringLiteral("need --lines N > 0 (or --reuse --db PATH) and --runs R > 1");
        return std::nullopt;
    }
    return o;
}

struct Timing {
    double firstMs = 0;
    LatencyStats rest;
    QString error;
};

// The first run apart (cold caches), then the others.
Timing time(int runs, const std::function<QString()>& step)
{
    Timing t;
    QList<qint64> samples;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const QString error = step();
        const qint64 ns = timer.nsecsElapsed();
        if (!error.isEmpty()) {
            t.error = error;
            return t;
        }
        if (i == 0)
            t.firstMs = ns / 1e6;
        else
            samples << ns;
    }
    t.rest = summarize(samples);
    return t;
}

void putTiming(QJsonObject& line, const Timing& t, double budget)
{
    if (!t.error.isEmpty()) {
        line.insert(QStringLiteral("error"), t.error);
        line.insert(QStringLiteral("met"), false);
        return;
    }
    line.insert(QStringLiteral("first_ms"), roundMs(t.firstMs));
    line.insert(QStringLiteral("p50_ms"), roundMs(t.rest.p50));
    line.insert(QStringLiteral("max_ms"), roundMs(t.rest.max));
    line.insert(QStringLiteral("target_ms"), budget);
    line.insert(QStringLiteral("met"), t.rest.p50 <= budget);
}

} // namespace

int runReportsBench(const QStringList& args)
{
    QString error;
    const std::optional<Options> options = parse(args, &error);
    if (!options) {
        progress(QStringLiteral("error: ") + error + u'\n');
        return 2;
    }
    QTemporaryDir scratch;
    const QString path = options->databasePath.isEmpty() ? scratch.filePath(QStringLiteral("reports.sqlite")) : options->databasePath;
    if (!options->reuse)
        QFile::remove(path);
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(path);
    if (!opened) {
        progress(QStringLiteral("error: ") + opened.error().message + u'\n');
        return 1;
    }
    storage::Database& db = **opened;
    auto fail = [](const Error& e) {
        progress(QStringLiteral("error: ") + e.message + u' ' + e.field + u' ' + e.detail + u'\n');
        return 1;
    };

    // "Today" is the day the data was written up to (its last invoice), so
    // that a kept file measures the same months again later.
    QDate today = QDate::currentDate();
    if (!options->reuse) {
        ReportsDataSpec spec;
        spec.invoiceLines = options->lines;
        spec.customers = options->customers;
        spec.leads = int(std::clamp<qint64>(options->customers / 5, 200, 20'000));
        spec.deals = int(std::clamp<qint64>(options->customers / 20, 50, 5'000));
        spec.today = today;
        QElapsedTimer timer;
        timer.start();
        const Result<ReportsDataCounts> counts = generateReportsData(db, spec);
        if (!counts)
            return fail(counts.error());
        printJsonLine(QJsonObject { { QStringLiteral("phase"), QStringLiteral("generate") },
                                    { QStringLiteral("customers"), counts->customers },
                                    { QStringLiteral("invoices"), counts->invoices },
                                    { QStringLiteral("invoice_lines"), counts->invoiceLines },
                                    { QStringLiteral("pre_invoices"), counts->quotes },
                                    { QStringLiteral("payments"), counts->payments },
                                    { QStringLiteral("cheques"), counts->cheques },
                                    { QStringLiteral("leads"), counts->leads },
                                    { QStringLiteral("deals"), counts->deals },
                                    { QStringLiteral("seconds"), timer.elapsed() / 1000.0 },
                                    { QStringLiteral("file_mb"), QFileInfo(path).size() / 1e6 } });
        auto kept = storage::run(db.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('bench_reports_today', ?)"),
                                 { storage::isoDate(today) });
        if (!kept)
            return fail(kept.error());
    } else {
        const auto kept = storage::scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'bench_reports_today'"));
        if (kept && storage::dateFromIso(*kept).isValid())
            today = storage::dateFromIso(*kept);
    }
    const qint64 lines = storage::scalar(db.connection(), QStringLiteral(
        "SELECT count(*) FROM document_lines l JOIN documents d ON d.id = l.document_id WHERE d.type = 'invoice' AND l.kind = 'item'")).valueOr({}).toLongLong();
    const qint64 customers = storage::scalar(db.connection(), QStringLiteral("SELECT sum(n) FROM customer_counts")).valueOr({}).toLongLong();
    resetPeakRss();

    const FixedClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    QStringList over;
    QStringList failed;   // errors, e.g. a report not built yet
    bool allMet = true;

    reports::DashboardQuery dashboard(db, clock);
    const Timing dash = time(options->runs, [&]() -> QString {
        auto d = dashboard.compute();
        return d ? QString() : d.error().message;
    });
    QJsonObject dashLine { { QStringLiteral("phase"), QStringLiteral("dashboard") },
                           { QStringLiteral("invoice_lines"), lines },
                           { QStringLiteral("customers"), customers },
                           { QStringLiteral("today"), today.toString(Qt::ISODate) } };
    putTiming(dashLine, dash, kDashboardBudgetMs);
    printJsonLine(dashLine);
    if (!dashLine.value(QStringLiteral("met")).toBool()) {
        allMet = false;
        over << QStringLiteral("dashboard");
    }

    const auto j = text::jalali::fromGregorian(today);
    const reports::DateRange thisYear = reports::presetRange(reports::PeriodPreset::ThisYear, today);
    const reports::DateRange threeYears { text::jalali::toGregorian({ j->year - 2, 1, 1 }), today };
    reports::ReportRunner runner(db, clock);
    for (reports::ReportId id : reports::allReports()) {
        struct Case {
            const char* name;
            reports::DateRange range;
        };
        QList<Case> cases;
        if (reports::usesPeriod(id))
            cases = { { "this_year_by_month", thisYear }, { "three_years_by_month", threeYears } };
        else
            cases = { { "as_of_today", thisYear } };
        for (const Case& c : cases) {
            reports::ReportRequest request;
            request.range = c.range;
            request.grouping = reports::Grouping::Month;
            int rows = 0;
            const Timing t = time(options->runs, [&]() -> QString {
                auto report = runner.run(id, request);
                if (!report)
                    return report.error().message;
                rows = 0;
                for (const reports::ReportTable& table : report->tables)
                    rows += int(table.rows.size());
                return {};
            });
            QJsonObject line { { QStringLiteral("phase"), QStringLiteral("report") },
                               { QStringLiteral("report"), reports::toKey(id) },
                               { QStringLiteral("request"), QString::fromLatin1(c.name) },
                               { QStringLiteral("rows"), rows } };
            putTiming(line, t, kReportBudgetMs);
            printJsonLine(line);
            if (!t.error.isEmpty()) {
                allMet = false;
                failed << reports::toKey(id) + u'/' + QString::fromLatin1(c.name);
            } else if (!line.value(QStringLiteral("met")).toBool()) {
                allMet = false;
                over << reports::toKey(id) + u'/' + QString::fromLatin1(c.name);
            }
        }
    }

    QJsonObject summary { { QStringLiteral("phase"), QStringLiteral("summary") },
                          { QStringLiteral("invoice_lines"), lines },
                          { QStringLiteral("customers"), customers },
                          { QStringLiteral("runs"), options->runs },
                          { QStringLiteral("over_budget"), QJsonArray::fromStringList(over) },
                          { QStringLiteral("failed"), QJsonArray::fromStringList(failed) },
                          { QStringLiteral("met"), allMet } };
    if (const auto peak = highWaterMarkKb())
        summary.insert(QStringLiteral("peak_rss_mb"), *peak / 1024.0);
    if (const auto peak = selfPeakRssKb())
        summary.insert(QStringLiteral("process_peak_rss_mb"), *peak / 1024.0);
    printJsonLine(summary);
    if (options->keep || !options->databasePath.isEmpty())
        progress(QStringLiteral("database kept at %1\n").arg(path));
    return allMet ? 0 : 3;
}

} // namespace peyvand::bench
