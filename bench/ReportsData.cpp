#include "ReportsData.h"

#include "JsonLine.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlHelpers.h"
#include "text/Jalali.h"
#include "text/PersianText.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace peyvand::bench {

namespace {

using Statement = std::unique_ptr<storage::SqlStatement>;

const char* const kFirst[] = { "علی", "مریم", "رضا", "زهرا", "حسین", "فاطمه", "محمد", "نرگس", "امیر", "سارا", "مهدی", "لیلا" };
const char* const kLast[] = { "رضایی", "احمدی", "کریمی", "حسینی", "محمدی", "موسوی", "جعفری", "صادقی", "نوری", "کاظمی" };
const char* const kCities[] = { "تهران", "تهران", "تهران", "اصفهان", "اصفهان", "شیراز", "مشهد", "مشهد", "تبریز", "کرج",
                                "اهواز", "قم", "رشت", "کرمان", "یزد", "ارومیه", "همدان", "ساری", "زنجان", "" };
const char* const kSources[] = { "اینستاگرام", "معرفی", "وب‌سایت", "نمایشگاه", "تلگرام", "تبلیغات", "تماس", "" };
const char* const kCategories[] = { "لپ‌تاپ", "موبایل", "لوازم جانبی", "شبکه", "چاپگر", "نرم‌افزار", "خدمات نصب",
                                    "پشتیبانی", "قطعات", "ذخیره‌سازی", "صوتی و تصویری", "" };
const char* const kMarketers[] = { "سارا احمدی", "رضا محمدی", "مریم کریمی", "امیر نوری", "لیلا کاظمی", "" };
const char* const kMethods[] = { "cash", "pos", "pos", "pos", "deposit", "card", "cheque" };
const char* const kLeadSources[] = { "website", "email", "social", "advertising", "content", "trial", "referral", "phone", "walk_in", "other" };

template <size_t N>
QString pick(QRandomGenerator& random, const char* const (&values)[N])
{
    return QString::fromUtf8(values[random.bounded(quint32(N))]);
}

QString iso(QDate d) { return d.toString(Qt::ISODate); }
QString stamp(QDate d) { return d.toString(Qt::ISODate) + QStringLiteral("T09:30:00Z"); }

struct Line {
    qint64 product = 0;
    QString description;
    qint64 quantity = 0;
    qint64 price = 0;
    bool taxable = true;
    bool discounted = false;
    qint64 gross = 0, discount = 0, net = 0, vat = 0, duty = 0;
};

struct Product {
    QString name;
    qint64 price = 0;
    bool taxExempt = false;
};

class Writer {
public:
    Writer(storage::Database& db, const ReportsDataSpec& spec)
        : m_db(db), m_spec(spec), m_random(spec.seed)
    {
        const auto j = text::jalali::fromGregorian(spec.today);
        m_start = text::jalali::toGregorian({ j->year - 2, 1, 1 });
        m_span = int(m_start.daysTo(spec.today)) + 1;
    }

    Result<ReportsDataCounts> run();

private:
    Status prepare();
    Status customers();
    Status products();
    Status invoices();
    Status leadsAndDeals();
    Status step(Statement& s, const QVariantList& values)
    {
        s->bindValues(values);
        if (const Result<bool> r = s->step(); !r)
            return r.error();
        return {};
    }
    // Inserts a draft with its lines and returns its before-tax amount and grand total.
    Status document(qint64 id, const QString& type, qint64 customer, std::optional<qint64> source, QDate day,
                    const QList<Line>& lines, qint64* grand);
    QList<Line> randomLines(int count);
    Status payment(qint64 customer, std::optional<qint64> invoice, const QString& method, const QString& status,
                   qint64 amount, QDate paidOn, QDate due, QDate settledOn);

    storage::Database& m_db;
    ReportsDataSpec m_spec;
    QRandomGenerator m_random;
    QDate m_start;
    int m_span = 0;
    QList<Product> m_products;
    ReportsDataCounts m_counts;
    Statement m_customer, m_product, m_document, m_line, m_issue, m_state, m_payment, m_cheque, m_event, m_lead, m_deal, m_score;
    qint64 m_documentId = 0;
};

Status Writer::prepare()
{
    QSqlDatabase& sql = m_db.connection();
    struct Item {
        Statement* target;
        const char* text;
    };
    const Item items[] = {
        { &m_customer, "INSERT INTO customers (id, kind, name, company, mobile, city, source, since, created_at, updated_at, "
                       "name_sort, company_sort, city_sort, city_key, source_key, search_text) "
                       "VALUES (?1, 'person', ?2, '', ?3, ?4, ?5, ?6, ?7, ?7, ?8, '', ?9, ?10, ?11, ?12)" },
        { &m_product, "INSERT INTO products (id, code, name, kind, unit_price, tax_exempt, category, created_at, updated_at, "
                      "name_sort, code_key, search_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11)" },
        { &m_document, "INSERT INTO documents (id, type, state, customer_id, source_id, issue_date, valid_until, marketer, marketer_key, "
                       "vat_bp, duty_bp, gross_total, discount_total, additions_total, vat_total, duty_total, grand_total, "
                       "created_at, updated_at, state_changed_at) "
                       "VALUES (?1, ?2, 'draft', ?3, ?4, ?5, ?6, ?7, ?8, 700, 300, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15, ?15)" },
        { &m_line, "INSERT INTO document_lines (document_id, position, kind, product_id, description, quantity_milli, unit_price, "
                   "discount_kind, discount_value, taxable, gross, line_discount, net, vat, duty, total) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)" },
        { &m_issue, "UPDATE documents SET state = 'issued', number = ?2, issued_at = ?3, state_changed_at = ?3, updated_at = ?3 WHERE id = ?1" },
        { &m_state, "UPDATE documents SET state = ?2, state_changed_at = ?3, updated_at = ?3 WHERE id = ?1" },
        { &m_payment, "INSERT INTO payments (customer_id, document_id, cheque_id, method, status, amount, paid_on, due_date, settled_on, "
                      "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)" },
        { &m_cheque, "INSERT INTO cheques (direction, status, sayad_id, serial, amount, bank, due_date, entry_date, status_date, "
                     "customer_id, document_id, created_at, updated_at) VALUES ('received', ?1, ?2, ?3, ?4, 'بانک ملت', ?5, ?6, ?7, ?8, ?9, ?10, ?10)" },
        { &m_event, "INSERT INTO cheque_events (cheque_id, from_status, to_status, event_date, created_at) VALUES (?1, ?2, ?3, ?4, ?5)" },
        { &m_lead, "INSERT INTO leads (id, kind, name, mobile, lead_type, source, owner, status, converted_customer_id, converted_at, "
                   "created_at, updated_at, name_sort, search_text) VALUES (?1, 'person', ?2, ?3, 'sales', ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11)" },
        { &m_score, "UPDATE lead_scores SET score = ?2, computed_score = ?2, band = ?3, qualified = ?4, qualified_at = ?5, scored_at = ?6 WHERE lead_id = ?1" },
        { &m_deal, "INSERT INTO deals (title, customer_id, lead_id, amount_rial, expected_close, stage_id, owner, closed_at, created_at, "
                   "updated_at, search_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)" },
    };
    for (const Item& item : items) {
        auto prepared = storage::SqlStatement::prepare(sql, QString::fromUtf8(item.text));
        if (!prepared)
            return prepared.error();
        *item.target = std::move(*prepared);
    }
    return {};
}

Status Writer::customers()
{
    // 55 % were customers before the three years; the rest arrive over them, more lately.
    for (qint64 id = 1; id <= m_spec.customers; ++id) {
        const QString name = pick(m_random, kFirst) + u' ' + pick(m_random, kLast) + u' ' + QString::number(id);
        const QString city = pick(m_random, kCities);
        const QString source = pick(m_random, kSources);
        const QDate since = m_random.bounded(100) < 55 ? m_start.addDays(-1 - qint64(m_random.bounded(2000)))
                                                       : m_start.addDays(qint64(m_span * std::pow(m_random.generateDouble(), 0.8)));
        const QString mobile = QStringLiteral("09%1").arg(100'000'000 + m_random.bounded(900'000'000));
        if (Status s = step(m_customer, { id, name, mobile, city, source, iso(since), stamp(since), text::sortKey(name),
                                          text::sortKey(city), text::searchKey(city), text::searchKey(source),
                                          text::searchKey(name + u' ' + mobile + u' ' + city) }); !s)
            return s;
    }
    m_counts.customers = m_spec.customers;
    return {};
}

Status Writer::products()
{
    for (int id = 1; id <= m_spec.products; ++id) {
        Product p;
        const QString category = QString::fromUtf8(kCategories[id % std::size(kCategories)]);
        p.name = (category.isEmpty() ? QStringLiteral("کالا") : category) + u' ' + QStringLiteral("مدل %1").arg(id);
        p.price = qint64(std::pow(10.0, 5.0 + m_random.generateDouble() * 2.7)) / 1000 * 1000;
        p.taxExempt = id % 8 == 0;
        const bool service = category.startsWith(QStringLiteral("خدمات")) || category == QStringLiteral("پشتیبانی");
        const QString code = QStringLiteral("P-%1").arg(id, 4, 10, QLatin1Char('0'));
        if (Status s = step(m_product, { id, code, p.name, service ? QStringLiteral("service") : QStringLiteral("product"), p.price,
                                         p.taxExempt ? 1 : 0, category, stamp(m_start.addDays(-400)), text::sortKey(p.name),
                                         text::searchKey(code), text::searchKey(code + u' ' + p.name + u' ' + category) }); !s)
            return s;
        m_products << p;
    }
    return {};
}

QList<Line> Writer::randomLines(int count)
{
    QList<Line> lines;
    for (int i = 0; i < count; ++i) {
        // A few products sell much more than the rest.
        const int index = int(m_products.size() * std::pow(m_random.generateDouble(), 2.0));
        const Product& p = m_products.at(index);
        Line l;
        l.product = index + 1;
        l.description = p.name;
        l.quantity = (1 + m_random.bounded(5)) * 1000;
        l.price = p.price;
        l.taxable = !p.taxExempt;
        l.discounted = m_random.bounded(5) == 0;
        l.gross = l.price * l.quantity / 1000;
        l.discount = l.discounted ? l.gross * 500 / 10000 : 0;
        l.net = l.gross - l.discount;
        l.vat = l.taxable ? l.net * 700 / 10000 : 0;
        l.duty = l.taxable ? l.net * 300 / 10000 : 0;
        lines << l;
    }
    return lines;
}

Status Writer::document(qint64 id, const QString& type, qint64 customer, std::optional<qint64> source, QDate day,
                        const QList<Line>& lines, qint64* grand)
{
    qint64 gross = 0, discount = 0, net = 0, vat = 0, duty = 0;
    for (const Line& l : lines) {
        gross += l.gross;
        discount += l.discount;
        net += l.net;
        vat += l.vat;
        duty += l.duty;
    }
    const qint64 shipping = m_random.bounded(6) == 0 ? 500'000 : 0;
    *grand = net + shipping + vat + duty;
    const QString marketer = pick(m_random, kMarketers);
    const QVariant validUntil = type == QLatin1String("quote") ? QVariant(iso(day.addDays(7 + m_random.bounded(24)))) : QVariant();
    if (Status s = step(m_document, { id, type, customer, source ? QVariant(*source) : QVariant(), iso(day), validUntil, marketer,
                                      text::searchKey(marketer), gross, discount, shipping, vat, duty, *grand, stamp(day) }); !s)
        return s;
    int position = 0;
    for (const Line& l : lines) {
        if (Status s = step(m_line, { id, ++position, QStringLiteral("item"), l.product, l.description, l.quantity, l.price,
                                      l.discounted ? QStringLiteral("percent") : QStringLiteral("none"), l.discounted ? 500 : 0,
                                      l.taxable ? 1 : 0, l.gross, l.discount, l.net, l.vat, l.duty, l.net + l.vat + l.duty }); !s)
            return s;
    }
    if (shipping > 0) {
        if (Status s = step(m_line, { id, ++position, QStringLiteral("addition"), QVariant(), QStringLiteral("هزینه حمل"), 1000, shipping,
                                      QStringLiteral("none"), 0, 0, shipping, 0, shipping, 0, 0, shipping }); !s)
            return s;
    }
    return {};
}

Status Writer::payment(qint64 customer, std::optional<qint64> invoice, const QString& method, const QString& status,
                       qint64 amount, QDate paidOn, QDate due, QDate settledOn)
{
    QVariant cheque;
    if (method == QLatin1String("cheque")) {
        const QString chequeStatus = status == QLatin1String("settled") ? QStringLiteral("cleared")
                                   : status == QLatin1String("failed") ? QStringLiteral("bounced")
                                   : m_random.bounded(3) == 0 ? QStringLiteral("deposited") : QStringLiteral("received");
        const QDate statusDate = settledOn.isValid() ? settledOn : (chequeStatus == QLatin1String("received") ? paidOn : std::min(due, m_spec.today));
        const QString sayad = QStringLiteral("%1").arg(1'000'000'000'000'000LL + m_counts.cheques * 7919 % 8'999'999'999'999'999LL, 16, 10, QLatin1Char('0'));
        if (Status s = step(m_cheque, { chequeStatus, sayad, QString::number(100'000 + m_counts.cheques), amount, iso(due), iso(paidOn),
                                        iso(statusDate), customer, invoice ? QVariant(*invoice) : QVariant(), stamp(paidOn) }); !s)
            return s;
        cheque = qint64(sqlite3_last_insert_rowid(storage::rawHandle(m_db.connection())));
        ++m_counts.cheques;
        if (Status s = step(m_event, { cheque, QString(), QStringLiteral("received"), iso(paidOn), stamp(paidOn) }); !s)
            return s;
        if (chequeStatus != QLatin1String("received")) {
            if (Status s = step(m_event, { cheque, QStringLiteral("received"), chequeStatus, iso(statusDate), stamp(statusDate) }); !s)
                return s;
        }
    }
    ++m_counts.payments;
    return step(m_payment, { customer, invoice ? QVariant(*invoice) : QVariant(), cheque, method, status, amount, iso(paidOn),
                             due.isValid() ? QVariant(iso(due)) : QVariant(), settledOn.isValid() ? QVariant(iso(settledOn)) : QVariant(),
                             stamp(paidOn) });
}

Status Writer::invoices()
{
    // Invoice days, more of them lately (a growing business), in id order.
    const qint64 invoiceCount = std::max<qint64>(1, m_spec.invoiceLines / 5);
    QList<QDate> days;
    days.reserve(invoiceCount);
    for (qint64 i = 0; i < invoiceCount; ++i)
        days << m_start.addDays(qint64(m_span * std::pow(m_random.generateDouble(), 0.8)));
    std::sort(days.begin(), days.end());

    QElapsedTimer timer;
    timer.start();
    const QDate today = m_spec.today;
    qint64 written = 0;
    while (written < m_spec.invoiceLines) {
        Status chunk = m_db.write([&]() -> Status {
            for (int n = 0; n < 2000 && written < m_spec.invoiceLines; ++n) {
                const QDate day = days.at(std::min<qint64>(m_counts.invoices, days.size() - 1));
                const qint64 customer = 1 + qint64(m_spec.customers * std::pow(m_random.generateDouble(), 1.6));
                const QList<Line> lines = randomLines(3 + m_random.bounded(5));
                qint64 grand = 0;

                // One invoice in eight comes from a pre-invoice (same lines, a few days earlier).
                std::optional<qint64> source;
                if (m_random.bounded(8) == 0) {
                    const qint64 quote = ++m_documentId;
                    const QDate quoteDay = std::max(m_start, day.addDays(-qint64(m_random.bounded(6))));
                    if (Status s = document(quote, QStringLiteral("quote"), customer, std::nullopt, quoteDay, lines, &grand); !s)
                        return s;
                    if (Status s = step(m_issue, { quote, QStringLiteral("Q-%1").arg(quote), stamp(quoteDay) }); !s)
                        return s;
                    if (Status s = step(m_state, { quote, QStringLiteral("converted"), stamp(day) }); !s)
                        return s;
                    source = quote;
                    ++m_counts.quotes;
                }
                // And about as many pre-invoices go nowhere (yet).
                if (m_random.bounded(9) == 0) {
                    const qint64 quote = ++m_documentId;
                    if (Status s = document(quote, QStringLiteral("quote"), customer, std::nullopt, day, randomLines(2 + m_random.bounded(3)), &grand); !s)
                        return s;
                    if (Status s = step(m_issue, { quote, QStringLiteral("Q-%1").arg(quote), stamp(day) }); !s)
                        return s;
                    const qint64 age = day.daysTo(today);
                    const int r = m_random.bounded(10);
                    const QString state = age > 30 ? (r < 5 ? QStringLiteral("expired") : r < 8 ? QStringLiteral("rejected") : QString())
                                                   : (r < 2 ? QStringLiteral("rejected") : r < 3 ? QStringLiteral("accepted") : QString());
                    if (!state.isEmpty()) {
                        if (Status s = step(m_state, { quote, state, stamp(std::min(today, day.addDays(age > 30 ? 30 : 1))) }); !s)
                            return s;
                    }
                    ++m_counts.quotes;
                }

                const qint64 id = ++m_documentId;
                if (Status s = document(id, QStringLiteral("invoice"), customer, source, day, lines, &grand); !s)
                    return s;
                written += lines.size();
                ++m_counts.invoices;
                if (m_random.bounded(100) == 0)
                    continue; // a draft never issued
                if (Status s = step(m_issue, { id, QStringLiteral("I-%1").arg(id), stamp(day) }); !s)
                    return s;

                // Older invoices are mostly paid; recent ones often not yet.
                const bool old = day.daysTo(today) > 60;
                const int r = m_random.bounded(100);
                const QDate paidOn = std::min(today, day.addDays(m_random.bounded(40)));
                const QString method = pick(m_random, kMethods);
                if (r < (old ? 85 : 45)) {
                    if (Status s = payment(customer, id, method, QStringLiteral("settled"), grand, paidOn,
                                           method == QLatin1String("cheque") ? paidOn : QDate(), paidOn); !s)
                        return s;
                    if (Status s = step(m_state, { id, QStringLiteral("settled"), stamp(paidOn) }); !s)
                        return s;
                    continue;
                }
                qint64 rest = grand;
                if (r < (old ? 93 : 65)) {
                    const qint64 part = grand * (30 + m_random.bounded(40)) / 100;
                    if (Status s = payment(customer, id, QStringLiteral("pos"), QStringLiteral("settled"), part, paidOn, QDate(), paidOn); !s)
                        return s;
                    rest -= part;
                }
                // Four in ten open balances wait on a cheque; a few bounced.
                const int c = m_random.bounded(10);
                if (c < 4 && rest > 0) {
                    const QDate due = today.addDays(qint64(m_random.bounded(56)) - 10);
                    const bool bounced = c == 0 && due < today;
                    if (Status s = payment(customer, id, QStringLiteral("cheque"), bounced ? QStringLiteral("failed") : QStringLiteral("pending"),
                                           rest, std::min(today, day.addDays(3)), due, QDate()); !s)
                        return s;
                }
            }
            return {};
        });
        if (!chunk)
            return chunk;
        if (m_counts.invoices % 20000 < 2000)
            progress(QStringLiteral("invoice lines: %1 of %2 (%3 s)\n").arg(written).arg(m_spec.invoiceLines).arg(timer.elapsed() / 1000));
    }
    m_counts.invoiceLines = written;

    // Money on account from a few customers.
    return m_db.write([&]() -> Status {
        for (int i = 0; i < 3000; ++i) {
            const QDate day = m_start.addDays(m_random.bounded(m_span));
            if (Status s = payment(1 + m_random.bounded(quint32(m_spec.customers)), std::nullopt, QStringLiteral("deposit"),
                                   QStringLiteral("settled"), 1'000'000 * (1 + m_random.bounded(50)), day, QDate(), day); !s)
                return s;
        }
        return {};
    });
}

Status Writer::leadsAndDeals()
{
    return m_db.write([&]() -> Status {
        for (qint64 id = 1; id <= m_spec.leads; ++id) {
            const QDate created = m_start.addDays(qint64(m_span * std::pow(m_random.generateDouble(), 0.7)));
            const QString name = pick(m_random, kFirst) + u' ' + pick(m_random, kLast);
            const QString mobile = QStringLiteral("09%1").arg(100'000'000 + m_random.bounded(900'000'000));
            const int r = m_random.bounded(100);
            const QString status = r < 35 ? QStringLiteral("new") : r < 65 ? QStringLiteral("contacted") : r < 80 ? QStringLiteral("qualified")
                                 : r < 90 ? QStringLiteral("converted") : QStringLiteral("lost");
            const bool converted = status == QLatin1String("converted");
            const QDate closed = std::min(m_spec.today, created.addDays(5 + m_random.bounded(60)));
            if (Status s = step(m_lead, { id, name, mobile, pick(m_random, kLeadSources), pick(m_random, kMarketers), status,
                                          converted ? QVariant(1 + qint64(m_random.bounded(quint32(m_spec.customers)))) : QVariant(),
                                          converted ? QVariant(stamp(closed)) : QVariant(), stamp(created), text::sortKey(name),
                                          text::searchKey(name + u' ' + mobile) }); !s)
                return s;
            // Scores as a rescoring leaves them: a fifth qualify (never the lost ones).
            const int score = 10 + m_random.bounded(80);
            const bool qualified = score >= 50 && status != QLatin1String("lost") && status != QLatin1String("converted");
            const bool everQualified = score >= 50 && status != QLatin1String("lost");
            if (Status s = step(m_score, { id, score, score >= 70 ? QStringLiteral("hot") : score >= 40 ? QStringLiteral("warm") : QStringLiteral("cold"),
                                           qualified ? 1 : 0, everQualified ? QVariant(stamp(created.addDays(2))) : QVariant(),
                                           stamp(m_spec.today) }); !s)
                return s;
        }
        m_counts.leads = m_spec.leads;
        for (int i = 1; i <= m_spec.deals; ++i) {
            const QDate created = m_start.addDays(qint64(m_span * std::pow(m_random.generateDouble(), 0.5)));
            const int stage = 1 + m_random.bounded(6);
            const QDate close = created.addDays(15 + m_random.bounded(120));
            const QString title = QStringLiteral("فرصت فروش %1").arg(i);
            if (Status s = step(m_deal, { title, 1 + qint64(m_random.bounded(quint32(m_spec.customers))),
                                          m_random.bounded(3) == 0 ? QVariant(1 + qint64(m_random.bounded(quint32(m_spec.leads)))) : QVariant(),
                                          qint64(10 + m_random.bounded(500)) * 1'000'000, iso(close), stage, pick(m_random, kMarketers),
                                          stage >= 5 ? QVariant(stamp(std::min(close, m_spec.today))) : QVariant(), stamp(created),
                                          text::searchKey(title) }); !s)
                return s;
        }
        m_counts.deals = m_spec.deals;
        return {};
    });
}

Result<ReportsDataCounts> Writer::run()
{
    if (Status s = prepare(); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    Status base = m_db.write([&]() -> Status {
        if (Status s = customers(); !s)
            return s;
        return products();
    });
    if (!base)
        return base.error();
    progress(QStringLiteral("customers and products (%1 s)\n").arg(timer.elapsed() / 1000));
    if (Status s = invoices(); !s)
        return s.error();
    if (Status s = leadsAndDeals(); !s)
        return s.error();
    // The statements must go before the connection does.
    for (Statement* s : { &m_customer, &m_product, &m_document, &m_line, &m_issue, &m_state, &m_payment, &m_cheque, &m_event,
                          &m_lead, &m_deal, &m_score })
        s->reset();
    return m_counts;
}

} // namespace

Result<ReportsDataCounts> generateReportsData(storage::Database& db, const ReportsDataSpec& spec)
{
    if (!spec.today.isValid() || spec.invoiceLines <= 0 || spec.customers <= 0 || spec.products <= 0)
        return Error::invalid(QStringLiteral("spec"), QStringLiteral("invalid data set"));
    Writer writer(db, spec);
    return writer.run();
}

} // namespace peyvand::bench
