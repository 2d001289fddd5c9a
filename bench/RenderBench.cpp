#include "RenderBench.h"

#include "JsonLine.h"
#include "Latency.h"
#include "documents/DocumentRenderer.h"
#include "sales/DocumentTotals.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <ctime>

namespace peyvand::bench {

namespace {

// Targets (docs/performance.md).
constexpr double kQuoteP95TargetMs = 200.0;
constexpr double kLongMedianTargetMs = 3000.0;

QJsonObject line(const QString& phase)
{
    return QJsonObject { { QStringLiteral("bench"), QStringLiteral("render") }, { QStringLiteral("phase"), phase } };
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

QString fa(const char* utf8) { return QString::fromUtf8(utf8); }

sales::Party party(const char* name, const char* address)
{
    sales::Party p;
    p.name = fa(name);
    p.economicCode = QStringLiteral("411145678912");
    p.nationalId = QStringLiteral("10380284790");
    p.postalCode = QStringLiteral("1969764511");
    p.address = fa(address);
    p.phone = QStringLiteral("021-88776655");
    return p;
}

// A pre-invoice with `lines` varied goods lines, totals computed by core.
std::optional<documents::Printable> generate(int lines)
{
    static const char* const kGoods[] = { "لپ‌تاپ ایسوس VivoBook 15", "مانیتور ال‌جی ۲۴ اینچ", "ماوس بی‌سیم لاجیتک",
                                          "کابل شبکه Cat6 سه متری", "نصب و راه‌اندازی شبکه", "چسب حرارتی صنعتی",
                                          "هارد اکسترنال یک ترابایت", "کیبورد فارسی مکانیکی" };
    static const char* const kUnits[] = { "دستگاه", "عدد", "بسته", "کیلوگرم" };
    sales::Document d;
    d.type = sales::DocumentType::Quote;
    d.state = sales::DocumentState::Issued;
    d.number = QStringLiteral("PF-1404-0100");
    d.issueDate = QDate(2025, 6, 2);
    d.validUntil = QDate(2025, 6, 9);
    d.marketer = fa("مریم احمدی");
    d.seller = party("شرکت بازرگانی نیک‌آوران پارس", "تهران، خیابان ولیعصر، پلاک 245");
    d.buyer = party("فروشگاه ابزار رضایی", "اصفهان، خیابان چهارباغ عباسی، پلاک 8");
    d.rates = sales::TaxRates { BasisPoints { 700 }, BasisPoints { 300 } };
    d.description = fa("اعتبار این پیش‌فاکتور هفت روز است.");
    sales::DocumentInput input;
    for (int i = 0; i < lines; ++i) {
        sales::DocumentLine l;
        l.code = QStringLiteral("P-%1").arg(1000 + i);
        l.description = fa(kGoods[i % 8]) + QStringLiteral(" %1").arg(i + 1);
        l.quantity = Quantity { 1000 + (i % 5) * 500 };
        l.unit = fa(kUnits[i % 4]);
        l.unitPrice = Money::fromRial(1'250'000 + (i % 17) * 370'000);
        if (i % 6 == 0) {
            l.discount.kind = sales::Discount::Kind::Percent;
            l.discount.percent = BasisPoints { 500 };
        }
        d.lines.append(l);
        input.lines.append(sales::LineInput { l.unitPrice, l.quantity, l.discount, l.taxable });
    }
    sales::DocumentAddition shipping;
    shipping.description = fa("هزینه حمل");
    shipping.amount = Money::fromRial(2'500'000);
    d.additions = { shipping };
    input.additions.append(sales::AdditionInput { shipping.amount, false });
    d.documentDiscount.kind = sales::Discount::Kind::Amount;
    d.documentDiscount.amount = Money::fromRial(1'000'000);
    input.documentDiscount = d.documentDiscount;
    input.rates = d.rates;
    const auto totals = sales::computeTotals(input);
    if (!totals)
        return std::nullopt;
    for (qsizetype i = 0; i < d.lines.size(); ++i)
        d.lines[i].computed = totals->lines.at(i);
    d.additions[0].computed = totals->additions.at(0);
    d.grossTotal = totals->gross;
    d.discountTotal = totals->discount;
    d.additionsTotal = shipping.amount;
    d.vatTotal = totals->vat;
    d.dutyTotal = totals->duty;
    d.grandTotal = totals->total;
    return documents::Printable { d, {}, {} };
}

struct Timed {
    LatencyStats stats;
    LatencyStats cpu;  // process CPU time: what the wall clock would be on an idle machine
    int pages = 0;
    qsizetype bytes = 0;
    QByteArray pdf;
};

std::optional<Timed> time(const documents::DocumentRenderer& renderer, const documents::Printable& printable,
                          int runs, QString* error)
{
    Timed timed;
    QList<qint64> samples;
    QList<qint64> cpuSamples;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto pdf = renderer.pdf(printable);
        cpuSamples.append(qint64(double(std::clock() - cpuStart) * 1e9 / CLOCKS_PER_SEC));
        samples.append(timer.nsecsElapsed());
        if (!pdf) {
            *error = pdf.error().message + QStringLiteral(" | ") + pdf.error().detail;
            return std::nullopt;
        }
        timed.pdf = *pdf;
    }
    timed.stats = summarize(samples);
    timed.cpu = summarize(cpuSamples);
    timed.bytes = timed.pdf.size();
    timed.pages = int(timed.pdf.count("/Type /Page\n"));
    return timed;
}

QJsonObject target(const QString& metric, double value, const QString& limit, bool pass)
{
    return QJsonObject { { QStringLiteral("metric"), metric },
                         { QStringLiteral("value"), roundMs(value) },
                         { QStringLiteral("target"), limit },
                         { QStringLiteral("pass"), pass } };
}

} // namespace

int runRenderBench(const RenderBenchOptions& options)
{
    if (auto fonts = documents::DocumentRenderer::registerFonts(); !fonts) {
        progress(QStringLiteral("error: ") + fonts.error().message);
        return 1;
    }
    documents::RenderOptions renderOptions;
    renderOptions.language = options.english ? documents::DocumentLanguage::English : documents::DocumentLanguage::Persian;
    renderOptions.paper = options.a5 ? documents::Paper::A5 : documents::Paper::A4;
    const documents::DocumentRenderer renderer(renderOptions);

    const auto quote = generate(options.lines);
    const auto longDocument = generate(options.longLines);
    if (!quote || !longDocument) {
        progress(QStringLiteral("error: could not compute the totals of the generated documents"));
        return 1;
    }
    QString error;
    // Warm-up: font loading and first-use caches are not what is measured.
    if (!time(renderer, *quote, 1, &error)) {
        progress(QStringLiteral("error: ") + error);
        return 1;
    }
    progress(QStringLiteral("rendering the %1-line quote %2 times").arg(options.lines).arg(options.runs));
    const auto quoteTimes = time(renderer, *quote, options.runs, &error);
    progress(QStringLiteral("rendering the %1-line document %2 times").arg(options.longLines).arg(options.longRuns));
    const auto longTimes = quoteTimes ? time(renderer, *longDocument, options.longRuns, &error) : std::nullopt;
    if (!quoteTimes || !longTimes) {
        progress(QStringLiteral("error: ") + error);
        return 1;
    }

    const auto report = [&](const QString& phase, int lines, int runs, const Timed& t) {
        QJsonObject o = line(phase);
        o.insert(QStringLiteral("lines"), lines);
        o.insert(QStringLiteral("runs"), runs);
        o.insert(QStringLiteral("pages"), t.pages);
        o.insert(QStringLiteral("pdf_bytes"), qint64(t.bytes));
        putStats(o, QString(), t.stats);
        putStats(o, QStringLiteral("cpu_"), t.cpu);
        printJsonLine(o);
    };
    report(QStringLiteral("quote"), options.lines, options.runs, *quoteTimes);
    report(QStringLiteral("long"), options.longLines, options.longRuns, *longTimes);

    if (!options.outDir.isEmpty()) {
        for (const auto& [name, t] : { std::pair { QStringLiteral("render-quote.pdf"), &*quoteTimes },
                                       std::pair { QStringLiteral("render-long.pdf"), &*longTimes } }) {
            QFile file(QDir(options.outDir).filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(t->pdf) != t->pdf.size())
                progress(QStringLiteral("warning: could not write ") + file.fileName());
        }
    }

    QJsonArray targets;
    targets.append(target(QStringLiteral("quote_p95_ms"), quoteTimes->stats.p95, QStringLiteral("<= 200"),
                          quoteTimes->stats.p95 <= kQuoteP95TargetMs));
    targets.append(target(QStringLiteral("long_p50_ms"), longTimes->stats.p50, QStringLiteral("<= 3000"),
                          longTimes->stats.p50 <= kLongMedianTargetMs));
    bool pass = true;
    for (const auto& t : targets)
        pass = pass && t.toObject().value(QStringLiteral("pass")).toBool();
    QJsonObject summary = line(QStringLiteral("summary"));
    summary.insert(QStringLiteral("targets"), targets);
    summary.insert(QStringLiteral("pass"), pass);
    summary.insert(QStringLiteral("load_average"), loadAverage());
    printJsonLine(summary);
    return 0;
}

std::optional<RenderBenchOptions> RenderBenchOptions::parse(const QStringList& args, QString* error)
{
    RenderBenchOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size() || args.at(i + 1).isEmpty()) {
                *error = a + QStringLiteral(" needs a value");
                return std::nullopt;
            }
            return args.at(++i);
        };
        const auto number = [&](int min, int max, int* out) {
            const auto text = value();
            if (!text)
                return false;
            bool ok = false;
            const int n = text->toInt(&ok);
            if (!ok || n < min || n > max) {
                *error = a + QStringLiteral(" must be a whole number from %1 to %2").arg(min).arg(max);
                return false;
            }
            *out = n;
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--lines"))
            ok = number(0, 100'000, &o.lines);
        else if (a == QLatin1String("--runs"))
            ok = number(1, 10'000, &o.runs);
        else if (a == QLatin1String("--long-lines"))
            ok = number(0, 100'000, &o.longLines);
        else if (a == QLatin1String("--long-runs"))
            ok = number(1, 1000, &o.longRuns);
        else if (a == QLatin1String("--lang")) {
            const auto lang = value();
            ok = lang && (*lang == QLatin1String("fa") || *lang == QLatin1String("en"));
            if (lang && !ok)
                *error = QStringLiteral("--lang must be fa or en");
            o.english = ok && *lang == QLatin1String("en");
        } else if (a == QLatin1String("--paper")) {
            const auto paper = value();
            ok = paper && (*paper == QLatin1String("a4") || *paper == QLatin1String("a5"));
            if (paper && !ok)
                *error = QStringLiteral("--paper must be a4 or a5");
            o.a5 = ok && *paper == QLatin1String("a5");
        } else if (a == QLatin1String("--out")) {
            const auto dir = value();
            ok = dir.has_value();
            if (dir)
                o.outDir = *dir;
        } else {
            *error = QStringLiteral("unknown option ") + a;
            ok = false;
        }
        if (!ok)
            return std::nullopt;
    }
    return o;
}

QString RenderBenchOptions::usage()
{
    return QStringLiteral(
        "       peyvand-bench render [--lines N] [--runs R] [--long-lines M] [--long-runs K]\n"
        "                            [--lang fa|en] [--paper a4|a5] [--out DIR]\n"
        "Renders a generated N-line pre-invoice (default 50) to PDF R times (default 20) and an\n"
        "M-line one (default 1000) K times (default 3) through DocumentRenderer::pdf(), after a\n"
        "warm-up, and prints JSON lines with the median/p95 and page counts, then a summary with\n"
        "pass/fail: quote p95 <= 200 ms, long document median <= 3000 ms. --out DIR keeps the PDFs.\n");
}

} // namespace peyvand::bench
