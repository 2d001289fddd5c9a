// peyvand-bench: benchmark program (not a test). See BenchOptions::usage().
#include "BenchOptions.h"
#include "DocumentListBench.h"
#include "ImportBench.h"
#include "JsonLine.h"
#include "LeadsBench.h"
#include "RenderBench.h"
#include "ReportsBench.h"
#include "SearchBench.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

namespace {

// "render" needs fonts, hence a QGuiApplication; no display is needed.
int runRender(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(2);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(peyvand::bench::BenchOptions::usage().toUtf8().constData(), stdout);
        return 0;
    }
    QString error;
    const auto options = peyvand::bench::RenderBenchOptions::parse(args, &error);
    if (!options) {
        peyvand::bench::progress(QStringLiteral("error: ") + error + QStringLiteral("\n")
                                 + peyvand::bench::BenchOptions::usage());
        return 2;
    }
    return peyvand::bench::runRenderBench(*options);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "render") == 0)
        return runRender(argc, argv);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("documents"))
        return peyvand::bench::runDocumentListBench(args.mid(1));
    if (args.value(0) == QLatin1String("import"))
        return peyvand::bench::runImportBench(args.mid(1));
    if (args.value(0) == QLatin1String("reports"))
        return peyvand::bench::runReportsBench(args.mid(1));
    if (args.value(0) == QLatin1String("leads"))
        return peyvand::bench::runLeadsBench(args.mid(1));
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(peyvand::bench::BenchOptions::usage().toUtf8().constData(), stdout);
        return 0;
    }
    QString error;
    const auto options = peyvand::bench::BenchOptions::parse(args, &error);
    if (!options) {
        peyvand::bench::progress(QStringLiteral("error: ") + error + QStringLiteral("\n")
                                 + peyvand::bench::BenchOptions::usage());
        return 2;
    }
    return peyvand::bench::runSearchBench(*options);
}
