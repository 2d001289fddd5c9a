#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace peyvand::bench {

// peyvand-bench render [--lines N] [--runs R] [--long-lines M] [--long-runs K]
//                      [--lang fa|en] [--paper a4|a5] [--out DIR]
struct RenderBenchOptions {
    int lines = 50;        // the quote timed --runs times
    int runs = 20;
    int longLines = 1000;  // the long document, timed --long-runs times
    int longRuns = 3;
    bool english = false;
    bool a5 = false;
    QString outDir;        // when set, the two PDFs are written there

    // Parses the arguments after "render"; nullopt and a one-line reason in
    // *error on bad usage.
    static std::optional<RenderBenchOptions> parse(const QStringList& args, QString* error);
    static QString usage();
};

// "peyvand-bench render": renders generated documents to PDF through
// DocumentRenderer::pdf() and prints JSON lines (per document: median, p95,
// pages, bytes; then a summary with pass/fail per target). Needs a
// QGuiApplication. Returns 0 when the run completed, 1 when it could not run.
int runRenderBench(const RenderBenchOptions& options);

} // namespace peyvand::bench
