// peyvand-bench: benchmark program (not a test). See BenchOptions::usage().
#include "BenchOptions.h"
#include "DocumentListBench.h"
#include "JsonLine.h"
#include "SearchBench.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("documents"))
        return peyvand::bench::runDocumentListBench(args.mid(1));
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
