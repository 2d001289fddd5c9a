#include "DocumentListBench.h"

#include "JsonLine.h"
#include "Latency.h"
#include "common/Clock.h"
#include "customers/DemoData.h"
#include "sales/DocumentQuery.h"
#include "sales/DocumentService.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>

namespace peyvand::bench {

namespace {

struct Options {
    qint64 documents = 100000;
    QString databasePath;
    bool keep = false;
    bool reuse = false;
    int runs = 30;
};

std::optional<Options> parse(const QStringList& args, QString* error)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--documents"))
            o.documents = next().toLongLong();
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
    if ((!o.reuse && o.documents <= 0) || o.runs <= 0 || (o.reuse && o.databasePath.isEmpty())) {
        *error = QStringLiteral("need --documents N > 0 (or --reuse --db PATH) and --runs R > 0");
        return std::nullopt;
    }
    return o;
}

sales::Document randomDocument(QRandomGenerator& random, qint64 customers, QDate day)
{
    static const char* const kItems[] = { "لپ‌تاپ", "مانیتور ۲۷ اینچ", "کابل شبکه", "نصب و راه‌اندازی", "پشتیبانی سالانه",
                                          "هارد SSD", "پرینتر لیزری", "روتر", "کیبورد", "ماوس" };
    static const char* const kMarketers[] = { "رضا کریمی", "مریم احمدی", "علی رضایی", "" };
    sales::Document d;
    d.customerId = 1 + qint64(random.bounded(quint64(customers)));
    d.issueDate = day;
    d.marketer = QString::fromUtf8(kMarketers[random.bounded(4)]);
    const int lines = 1 + int(random.bounded(8));
    for (int i = 0; i < lines; ++i) {
        sales::DocumentLine line;
        line.description = QString::fromUtf8(kItems[random.bounded(10)]);
        line.quantity = Quantity { 1000 * (1 + qint64(random.bounded(5))) };
        line.unitPrice = Money::fromRial(100000 * (1 + qint64(random.bounded(2000))));
        if (random.bounded(4) == 0)
            line.discount = sales::Discount { sales::Discount::Kind::Percent, BasisPoints { 500 }, {} };
        d.lines << line;
    }
    return d;
}

Status generate(storage::Database& db, qint64 count)
{
    const qint64 customers = std::max<qint64>(1000, count / 50);
    customers::DemoDataOptions demo;
    demo.customers = customers;
    demo.withNotesAndInteractions = false;
    const Result<qint64> made = customers::generateDemoCustomers(db, demo);
    if (!made)
        return made.error();
    QRandomGenerator random(1403);
    const QDate first(2023, 3, 21);
    const qint64 span = first.daysTo(QDate(2026, 11, 1));
    sales::DocumentService service(db);
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 0; done < count;) {
        const qint64 batch = std::min<qint64>(1000, count - done);
        const Status s = db.write([&]() -> Status {
            for (qint64 i = 0; i < batch; ++i) {
                const QDate day = first.addDays(qint64(random.bounded(quint64(span))));
                Result<sales::Document> draft = service.createDraft(randomDocument(random, customers, day));
                if (!draft)
                    return draft.error();
                const quint32 fate = random.bounded(10);
                if (fate < 3)
                    continue; // stays a draft
                if (Result<sales::Document> issued = service.issue(draft->id); !issued)
                    return issued.error();
                if (fate == 9) {
                    if (Result<sales::ConversionReport> c = service.convert(draft->id, day.addDays(3)); !c)
                        return c.error();
                }
            }
            return {};
        });
        if (!s)
            return s;
        done += batch;
        progress(QStringLiteral("documents: %1 of %2 (%3 s)\n").arg(done).arg(count).arg(timer.elapsed() / 1000));
    }
    return {};
}

LatencyStats time(int runs, const std::function<bool()>& step)
{
    QList<qint64> samples;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        if (!step())
            return {};
        samples << timer.nsecsElapsed();
    }
    return summarize(samples);
}

} // namespace

int runDocumentListBench(const QStringList& args)
{
    QString error;
    const std::optional<Options> options = parse(args, &error);
    if (!options) {
        progress(QStringLiteral("error: ") + error + u'\n');
        return 2;
    }
    QTemporaryDir scratch;
    const QString path = options->databasePath.isEmpty() ? scratch.filePath(QStringLiteral("documents.sqlite"))
                                                         : options->databasePath;
    if (!options->reuse)
        QFile::remove(path);
    Result<std::unique_ptr<storage::Database>> db = storage::Database::open(path);
    if (!db) {
        progress(QStringLiteral("error: ") + db.error().message + u'\n');
        return 1;
    }
    if (!options->reuse) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = generate(**db, options->documents); !s) {
            progress(QStringLiteral("error: ") + s.error().message + QStringLiteral(" ") + s.error().field + u'\n');
            return 1;
        }
        printJsonLine(QJsonObject { { QStringLiteral("phase"), QStringLiteral("generate") },
                                    { QStringLiteral("documents"), options->documents },
                                    { QStringLiteral("seconds"), timer.elapsed() / 1000.0 } });
    }
    sales::DocumentQuery query(**db);
    const qint64 total = query.totals({}).valueOr({}).count;
    struct Case {
        const char* name;
        sales::DocumentFilter filter;
        sales::DocumentSort sort = sales::DocumentSort::IssueDateDesc;
    };
    QList<Case> cases;
    cases << Case { "all", {} };
    sales::DocumentFilter quotes;
    quotes.type = sales::DocumentType::Quote;
    cases << Case { "quotes", quotes };
    sales::DocumentFilter openInvoices;
    openInvoices.type = sales::DocumentType::Invoice;
    openInvoices.states = { sales::DocumentState::Issued };
    cases << Case { "open_invoices", openInvoices };
    sales::DocumentFilter range;
    range.from = QDate(2025, 3, 21);
    range.to = QDate(2025, 6, 21);
    cases << Case { "date_range", range };
    sales::DocumentFilter customer;
    customer.customerId = 17;
    cases << Case { "customer", customer };
    sales::DocumentFilter marketer;
    marketer.marketer = QStringLiteral("مریم احمدی");
    cases << Case { "marketer", marketer };
    sales::DocumentFilter text;
    text.text = QStringLiteral("PF-1404");
    cases << Case { "text", text };
    cases << Case { "all_by_total", {}, sales::DocumentSort::TotalDesc };
    cases << Case { "all_by_customer", {}, sales::DocumentSort::CustomerAsc };

    bool allMet = true;
    for (const Case& c : cases) {
        int rows = 0;
        const LatencyStats stats = time(options->runs, [&] {
            const Result<QList<sales::DocumentRow>> page = query.page(c.filter, c.sort, 100, 0);
            const Result<sales::DocumentListTotals> totals = query.totals(c.filter);
            rows = page ? int(page->size()) : -1;
            return page && totals;
        });
        QJsonObject line { { QStringLiteral("phase"), QStringLiteral("document_list_first_page") },
                           { QStringLiteral("case"), QString::fromLatin1(c.name) },
                           { QStringLiteral("documents"), total },
                           { QStringLiteral("rows"), rows },
                           { QStringLiteral("target_ms"), 100 },
                           { QStringLiteral("met"), stats.count > 0 && stats.p95 <= 100.0 } };
        putStats(line, {}, stats);
        printJsonLine(line);
        allMet = allMet && stats.count > 0 && stats.p95 <= 100.0;
    }
    if (options->keep || !options->databasePath.isEmpty())
        progress(QStringLiteral("database kept at %1\n").arg(path));
    return allMet ? 0 : 3;
}

} // namespace peyvand::bench
