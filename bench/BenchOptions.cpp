#include "BenchOptions.h"

#include "RenderBench.h"

namespace peyvand::bench {

namespace {

bool takeNumber(const QStringList& args, qsizetype& i, qint64 min, qint64 max, qint64* out, QString* error)
{
    const QString name = args.at(i);
    if (i + 1 >= args.size()) {
        *error = name + QStringLiteral(" needs a value");
        return false;
    }
    bool ok = false;
    const qint64 value = args.at(++i).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = name + QStringLiteral(" must be a whole number from ") + QString::number(min) + QStringLiteral(" to ")
            + QString::number(max);
        return false;
    }
    *out = value;
    return true;
}

bool takeText(const QStringList& args, qsizetype& i, QString* out, QString* error)
{
    if (i + 1 >= args.size() || args.at(i + 1).isEmpty()) {
        *error = args.at(i) + QStringLiteral(" needs a value");
        return false;
    }
    *out = args.at(++i);
    return true;
}

} // namespace

std::optional<BenchOptions> BenchOptions::parse(const QStringList& args, QString* error)
{
    if (args.isEmpty() || args.constFirst() != QLatin1String("search")) {
        *error = QStringLiteral("the benchmarks are \"search\" and \"render\"");
        return std::nullopt;
    }
    BenchOptions o;
    bool haveCustomers = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        qint64 n = 0;
        if (a == QLatin1String("--customers")) {
            if (!takeNumber(args, i, 1, 100'000'000, &o.customers, error))
                return std::nullopt;
            haveCustomers = true;
        } else if (a == QLatin1String("--queries")) {
            if (!takeNumber(args, i, 1, 100'000, &n, error))
                return std::nullopt;
            o.queriesPerClass = int(n);
        } else if (a == QLatin1String("--seed")) {
            if (!takeNumber(args, i, 0, 0xFFFFFFFFLL, &n, error))
                return std::nullopt;
            o.seed = quint32(n);
        } else if (a == QLatin1String("--startup-runs")) {
            if (!takeNumber(args, i, 0, 100, &n, error))
                return std::nullopt;
            o.startupRuns = int(n);
        } else if (a == QLatin1String("--repeat")) {
            if (!takeNumber(args, i, 1, 100, &n, error))
                return std::nullopt;
            o.repeat = int(n);
        } else if (a == QLatin1String("--db")) {
            if (!takeText(args, i, &o.databasePath, error))
                return std::nullopt;
        } else if (a == QLatin1String("--gui")) {
            if (!takeText(args, i, &o.guiPath, error))
                return std::nullopt;
        } else if (a == QLatin1String("--keep")) {
            o.keep = true;
        } else if (a == QLatin1String("--reuse")) {
            o.reuse = true;
        } else {
            *error = QStringLiteral("unknown option ") + a;
            return std::nullopt;
        }
    }
    if (o.reuse && o.databasePath.isEmpty()) {
        *error = QStringLiteral("--reuse needs --db PATH of an existing database");
        return std::nullopt;
    }
    if (!o.reuse && !haveCustomers) {
        *error = QStringLiteral("--customers N is required (or --reuse with --db)");
        return std::nullopt;
    }
    return o;
}

QString BenchOptions::usage()
{
    return QStringLiteral(
        "Usage: peyvand-bench search --customers N [--db PATH] [--queries K] [--seed S] [--keep]\n"
        "       peyvand-bench search --db PATH --reuse [--queries K] [--seed S]\n"
        "       peyvand-bench documents --documents N [--db PATH] [--keep] [--reuse] [--runs R]\n"
        "       peyvand-bench leads [--leads N] [--db PATH] [--keep] [--reuse] [--runs R] [--page-runs P]\n"
        "Options: --gui PATH (the peyvand binary; default: next to peyvand-bench or ../app/peyvand),\n"
        "         --startup-runs R (default 3; 0 skips the cold-start measurement),\n"
        "         --repeat R (time each query R times and keep the median; default 3).\n"
        "Generates N synthetic Persian customers into a fresh database (--db must not exist; a\n"
        "temporary file by default; removed afterwards unless --keep), then prints JSON lines:\n"
        "insert time, first-page search latency through CustomerSearch::page(query, 0, 50) for\n"
        "1-, 2- and 3+-character queries next to the bare FTS5 MATCH, cold start of peyvand\n"
        "(--measure-startup) and peak RSS, and a final summary with pass/fail per target.\n")
        + RenderBenchOptions::usage();
}

} // namespace peyvand::bench
