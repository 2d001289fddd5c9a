#include "LeadsBench.h"

#include "JsonLine.h"
#include "Latency.h"
#include "common/Clock.h"
#include "leads/LeadQuery.h"
#include "leads/LeadQuerySql.h"
#include "leads/LeadRescorer.h"
#include "leads/ScoringProfile.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <ctime>
#include <functional>

namespace peyvand::bench {

namespace {

struct Options {
    qint64 leads = 100000;
    QString databasePath;
    bool keep = false;
    bool reuse = false;
    int runs = 5;
    int pageRuns = 30;
};

std::optional<Options> parse(const QStringList& args, QString* error)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--leads"))
            o.leads = next().toLongLong();
        else if (a == QLatin1String("--db"))
            o.databasePath = next();
        else if (a == QLatin1String("--keep"))
            o.keep = true;
        else if (a == QLatin1String("--reuse"))
            o.reuse = true;
        else if (a == QLatin1String("--runs"))
            o.runs = next().toInt();
        else if (a == QLatin1String("--page-runs"))
            o.pageRuns = next().toInt();
        else {
            *error = QStringLiteral("unknown option ") + a;
            return std::nullopt;
        }
    }
    if ((!o.reuse && o.leads <= 0) || o.runs <= 0 || o.pageRuns <= 0 || (o.reuse && o.databasePath.isEmpty())) {
        *error = QStringLiteral("need --leads N > 0 (or --reuse --db PATH), --runs R > 0 and --page-runs P > 0");
        return std::nullopt;
    }
    return o;
}

template <size_t N>
const char* pick(QRandomGenerator& random, const char* const (&values)[N])
{
    return values[random.bounded(quint32(N))];
}

// Weighted choice: weights in the same order as values.
template <size_t N>
const char* weighted(QRandomGenerator& random, const char* const (&values)[N], const int (&weights)[N])
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(random.bounded(quint32(total)));
    for (size_t i = 0; i < N; ++i) {
        if (r < weights[i])
            return values[i];
        r -= weights[i];
    }
    return values[N - 1];
}

Status generate(storage::Database& db, qint64 count)
{
    static const char* const kFirst[] = { "علی", "مریم", "رضا", "زهرا", "حسین", "فاطمه", "محمد", "نرگس", "امیر", "سارا" };
    static const char* const kLast[] = { "رضایی", "احمدی", "کریمی", "حسینی", "محمدی", "موسوی", "جعفری", "صادقی" };
    static const char* const kCompanies[] = { "", "", "بازرگانی آریا", "صنایع پارس", "نرم‌افزار نوین", "پخش البرز", "ساختمانی کوثر" };
    static const char* const kTypes[] = { "marketing", "sales", "product", "service" };
    static const char* const kSources[] = { "website", "email", "social", "advertising", "content", "trial", "referral", "phone", "walk_in", "other" };
    static const char* const kOwners[] = { "رضا کریمی", "مریم احمدی", "علی رضایی", "" };
    static const char* const kStatuses[] = { "new", "contacted", "qualified", "converted", "lost" };
    static const int kStatusWeights[] = { 40, 35, 15, 5, 5 };
    static const char* const kTimelines[] = { "now", "1m", "3m", "6m", "later", "unknown" };
    static const int kTimelineWeights[] = { 8, 15, 20, 15, 12, 30 };
    static const char* const kAuthorities[] = { "owner", "manager", "staff", "unknown" };
    static const int kAuthorityWeights[] = { 20, 30, 25, 25 };
    static const char* const kNeeds[] = { "clear", "vague", "none", "unknown" };
    static const int kNeedWeights[] = { 25, 35, 10, 30 };
    static const char* const kIndustries[] = { "", "retail", "wholesale", "manufacturing", "construction", "software",
                                               "healthcare", "education", "food", "services", "government", "other" };
    static const char* const kChannels[] = { "phone", "email", "meeting", "chat", "social", "sms", "in_person" };

    QSqlDatabase& sql = db.connection();
    QRandomGenerator random(1404);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return db.write([&]() -> Status {
        auto lead = storage::SqlStatement::prepare(sql, QStringLiteral(
            "INSERT INTO leads (id, kind, name, company, mobile, lead_type, source, owner, status, lost_reason, budget_rial, "
            "timeline, authority, industry, need, created_at, updated_at, name_sort, search_text) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, ?17, ?18)"));
        auto interaction = storage::SqlStatement::prepare(sql, QStringLiteral(
            "INSERT INTO lead_interactions (lead_id, at, channel, direction, summary, created_at) "
            "VALUES (?1, ?2, ?3, ?4, 'تماس پیگیری', ?2)"));
        auto task = storage::SqlStatement::prepare(sql, QStringLiteral(
            "INSERT INTO tasks (title, due_at, lead_id, created_at, updated_at) VALUES ('پیگیری', ?1, ?2, ?3, ?3)"));
        if (!lead || !interaction || !task)
            return !lead ? lead.error() : !interaction ? interaction.error() : task.error();
        QElapsedTimer timer;
        timer.start();
        qint64 interactions = 0;
        for (qint64 id = 1; id <= count; ++id) {
            const QString name = QString::fromUtf8(pick(random, kFirst)) + u' ' + QString::fromUtf8(pick(random, kLast));
            const QString company = QString::fromUtf8(pick(random, kCompanies));
            const QString mobile = QStringLiteral("09%1").arg(100'000'000 + random.bounded(900'000'000));
            const char* status = weighted(random, kStatuses, kStatusWeights);
            // Budgets spread log-uniformly from 10 million to 20 billion Rial; 15 % unknown.
            QVariant budget;
            if (random.bounded(100) >= 15)
                budget = qint64(std::pow(10.0, 7.0 + random.generateDouble() * 3.3)) / 1'000'000 * 1'000'000;
            const QDateTime created = now.addSecs(-qint64(random.bounded(365u * 86400u)));
            (*lead)->bindValues({ id, QStringLiteral("person"), name, company, mobile, QString::fromLatin1(pick(random, kTypes)),
                            QString::fromLatin1(pick(random, kSources)), QString::fromUtf8(pick(random, kOwners)),
                            QString::fromLatin1(status),
                            qstrcmp(status, "lost") == 0 ? QStringLiteral("بودجه ندارد") : QString(), budget,
                            QString::fromLatin1(weighted(random, kTimelines, kTimelineWeights)),
                            QString::fromLatin1(weighted(random, kAuthorities, kAuthorityWeights)),
                            QString::fromLatin1(pick(random, kIndustries)),
                            QString::fromLatin1(weighted(random, kNeeds, kNeedWeights)), storage::isoTimestamp(created),
                            text::sortKey(name), text::searchKey(name + u' ' + company + u' ' + mobile) });
            if (const Result<bool> r = (*lead)->step(); !r)
                return r.error();
            for (int i = int(random.bounded(6u)); i > 0; --i) {
                const QDateTime at = now.addSecs(-qint64(random.bounded(180u * 86400u)));
                (*interaction)->bindValues({ id, storage::isoTimestamp(at), QString::fromLatin1(pick(random, kChannels)),
                                       random.bounded(2u) ? QStringLiteral("inbound") : QStringLiteral("outbound") });
                if (const Result<bool> r = (*interaction)->step(); !r)
                    return r.error();
                ++interactions;
            }
            // A third have an open follow-up (lead_scores.next_follow_up is kept by the tasks triggers).
            if (random.bounded(3u) == 0) {
                const QDateTime due = now.addSecs(qint64(random.bounded(30u * 86400u)) - 7 * 86400);
                (*task)->bindValues({ storage::isoTimestamp(due), id, storage::isoTimestamp(now) });
                if (const Result<bool> r = (*task)->step(); !r)
                    return r.error();
            }
            if (id % 20000 == 0)
                progress(QStringLiteral("leads: %1 of %2 (%3 s)\n").arg(id).arg(count).arg(timer.elapsed() / 1000));
        }
        printJsonLine(QJsonObject { { QStringLiteral("phase"), QStringLiteral("generate") },
                                    { QStringLiteral("leads"), count },
                                    { QStringLiteral("interactions"), interactions },
                                    { QStringLiteral("seconds"), timer.elapsed() / 1000.0 } });
        return {};
    });
}

// A second profile that weighs the criteria differently, so that rescoring
// alternately under it and the default moves most scores.
leads::ScoringProfile alternativeProfile()
{
    leads::ScoringProfile p = leads::ScoringProfile::defaults();
    p.name = QStringLiteral("Bench B");
    p.budgetTiers = { { 1, 4 }, { 50'000'000, 10 }, { 300'000'000, 20 }, { 1'000'000'000, 28 } };
    for (leads::OptionPoints& o : p.timeline.options)
        o.points = o.points * 4 / 5;
    for (leads::OptionPoints& o : p.authority.options)
        o.points += o.points > 0 ? 3 : 0;
    p.authority.cap = 23;
    for (leads::OptionPoints& o : p.industry.options)
        o.points = 10 - o.points;
    p.engagement = leads::EngagementRule { 5, 21, 20 };
    p.threshold = 45;
    return p;
}

QList<qint64> nanoseconds(const QList<double>& ms)
{
    QList<qint64> out;
    for (double m : ms)
        out << qint64(m * 1e6);
    return out;
}

} // namespace

int runLeadsBench(const QStringList& args)
{
    QString error;
    const std::optional<Options> options = parse(args, &error);
    if (!options) {
        progress(QStringLiteral("error: ") + error + u'\n');
        return 2;
    }
    QTemporaryDir scratch;
    const QString path = options->databasePath.isEmpty() ? scratch.filePath(QStringLiteral("leads.sqlite")) : options->databasePath;
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
    if (!options->reuse) {
        if (Status s = generate(db, options->leads); !s)
            return fail(s.error());
    }
    const qint64 leadCount = storage::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM leads")).valueOr({}).toLongLong();

    leads::LeadRescorer rescorer(db);
    const leads::ScoringProfile profiles[] = { leads::ScoringProfile::defaults(), alternativeProfile() };
    QElapsedTimer timer;
    timer.start();
    // Brings every lead to the default profile first (on a fresh file: the first scoring).
    const Result<leads::RescoreSummary> first = rescorer.rescoreAll(profiles[0], leads::ScoreChangeCause::Profile);
    if (!first)
        return fail(first.error());
    printJsonLine(QJsonObject { { QStringLiteral("phase"), QStringLiteral("rescore_first") },
                                { QStringLiteral("leads"), first->leads },
                                { QStringLiteral("changed"), first->changed },
                                { QStringLiteral("ms"), roundMs(timer.nsecsElapsed() / 1e6) } });

    QList<double> rescoreMs;
    QList<qint64> rescoreCpuNs;
    QJsonArray changed;
    for (int run = 0; run < options->runs; ++run) {
        const leads::ScoringProfile& profile = profiles[(run + 1) % 2];
        int progressCalls = 0;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        const Result<leads::RescoreSummary> r = rescorer.rescoreAll(profile, leads::ScoreChangeCause::Profile, profile.name,
                                                                    [&](int, int) { ++progressCalls; return true; });
        if (!r)
            return fail(r.error());
        rescoreMs << timer.nsecsElapsed() / 1e6;
        rescoreCpuNs << qint64(double(std::clock() - cpuStart) * 1e9 / CLOCKS_PER_SEC);
        changed << r->changed;
        progress(QStringLiteral("rescore %1: %2 ms (CPU %3 ms), %4 changed, %5 qualified, %6 progress calls\n")
                     .arg(run + 1)
                     .arg(rescoreMs.last(), 0, 'f', 0)
                     .arg(rescoreCpuNs.last() / 1e6, 0, 'f', 0)
                     .arg(r->changed)
                     .arg(r->nowQualified)
                     .arg(progressCalls));
    }
    const LatencyStats rescore = summarize(nanoseconds(rescoreMs));
    const bool rescoreMet = rescore.p50 <= 2000.0;
    QJsonObject rescoreLine { { QStringLiteral("phase"), QStringLiteral("rescore") },
                              { QStringLiteral("leads"), leadCount },
                              { QStringLiteral("changed"), changed },
                              { QStringLiteral("target_ms"), 2000 },
                              { QStringLiteral("met"), rescoreMet } };
    putStats(rescoreLine, {}, rescore);
    putStats(rescoreLine, QStringLiteral("cpu_"), summarize(rescoreCpuNs));
    printJsonLine(rescoreLine);
    // Leave the file scored under the default profile.
    if (options->runs % 2 == 1) {
        if (const auto r = rescorer.rescoreAll(profiles[0], leads::ScoreChangeCause::Profile); !r)
            return fail(r.error());
    }

    QList<qint64> previewNs;
    int qualifying = 0;
    for (int run = 0; run < options->runs; ++run) {
        timer.start();
        const Result<int> n = rescorer.countQualifying(profiles[1]);
        if (!n)
            return fail(n.error());
        previewNs << timer.nsecsElapsed();
        qualifying = *n;
    }
    QJsonObject previewLine { { QStringLiteral("phase"), QStringLiteral("count_qualifying") },
                              { QStringLiteral("leads"), leadCount },
                              { QStringLiteral("qualifying"), qualifying } };
    putStats(previewLine, {}, summarize(previewNs));
    printJsonLine(previewLine);

    // The priority queue's first page, as the lead list asks for it, and its plan.
    leads::LeadFilter queue;
    queue.qualifiedOnly = true;
    QVariantList values;
    const QString pageSql = leads::leadPageSql(queue, leads::LeadSort::Priority, values);
    QStringList plan;
    if (auto q = storage::prepare(db.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + pageSql)) {
        storage::bindAll(*q, values);
        if (storage::exec(*q)) {
            while (q->next())
                plan << q->value(3).toString();
        }
    }
    const QString planText = plan.join(QStringLiteral("; "));
    const bool usesIndex = planText.contains(QLatin1String("leads_queue")) && !planText.contains(QLatin1String("TEMP B-TREE"));
    leads::LeadQuery query(db);
    QList<qint64> pageNs;
    QList<qint64> countNs;
    int rows = 0;
    int queued = 0;
    for (int run = 0; run < options->pageRuns; ++run) {
        timer.start();
        const Result<QList<leads::LeadRow>> page = query.page(queue, leads::LeadSort::Priority, 50, 0);
        pageNs << timer.nsecsElapsed();
        if (!page)
            return fail(page.error());
        rows = int(page->size());
        timer.start();
        const Result<int> count = query.count(queue);
        countNs << timer.nsecsElapsed();
        if (!count)
            return fail(count.error());
        queued = *count;
    }
    const LatencyStats page = summarize(pageNs);
    const bool pageMet = page.p95 <= 100.0;
    QJsonObject pageLine { { QStringLiteral("phase"), QStringLiteral("priority_queue_first_page") },
                           { QStringLiteral("leads"), leadCount },
                           { QStringLiteral("queued"), queued },
                           { QStringLiteral("rows"), rows },
                           { QStringLiteral("plan"), planText },
                           { QStringLiteral("uses_leads_queue"), usesIndex },
                           { QStringLiteral("target_ms"), 100 },
                           { QStringLiteral("met"), pageMet } };
    putStats(pageLine, {}, page);
    putStats(pageLine, QStringLiteral("count_"), summarize(countNs));
    printJsonLine(pageLine);

    if (options->keep || !options->databasePath.isEmpty())
        progress(QStringLiteral("database kept at %1\n").arg(path));
    return rescoreMet && pageMet && usesIndex ? 0 : 3;
}

} // namespace peyvand::bench
