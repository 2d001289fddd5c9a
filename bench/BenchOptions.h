#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace peyvand::bench {

// peyvand-bench search --customers N [--db PATH] [--queries K] [--seed S]
//                      [--keep] [--reuse] [--gui PATH] [--startup-runs R] [--repeat R]
struct BenchOptions {
    qint64 customers = 0;   // to generate (required unless --reuse)
    QString databasePath;   // empty: a temporary file
    int queriesPerClass = 200;
    quint32 seed = 1403;
    bool keep = false;      // keep the generated database afterwards
    bool reuse = false;     // measure an existing --db, generate nothing
    QString guiPath;        // empty: look for "peyvand" next to peyvand-bench
    int startupRuns = 3;
    int repeat = 3;         // timings per query; the median counts (filters out preemption on busy machines)

    // Parses the arguments after the program name; nullopt and a one-line
    // reason in *error on bad usage.
    static std::optional<BenchOptions> parse(const QStringList& args, QString* error);
    static QString usage();
};

} // namespace peyvand::bench
