// payments, invoices show/settle, plans, cheques, reminders, receivables and
// the payment rating of customers show (issue 6's CLI contract).
#include "CliTestSupport.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Digits.h"

#include <QDate>

using namespace peyvand;
using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }
QString n(qint64 value) { return QString::number(value); }
QString iso(QDate date) { return date.toString(Qt::ISODate); }
QDate today() { return QDate::currentDate(); }

// An issued invoice of `rial` (one untaxed line) for a new customer, dated `issued`.
qint64 invoice(const TempDatabase& db, qint64 rial, QDate issued = today(), const QString& customer = s("Payer"))
{
    const QString path = db.dir() + QStringLiteral("/invoice.json");
    const QString json = QStringLiteral(R"({"type": "invoice", "customer": {"name": "%1"}, "issue_date": "%2",
        "lines": [{"description": "Work", "unit_price": %3, "quantity": "1", "taxable": false}]})")
                             .arg(customer, iso(issued), n(rial));
    writeFile(path, json.toUtf8());
    const CliRun r = db.run({ s("quotes"), s("create"), s("--json"), path, s("--issue") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const qint64 id = r.out.trimmed().toLongLong();
    REQUIRE(id > 0);
    return id;
}

QJsonObject show(const TempDatabase& db, qint64 invoiceId)
{
    const CliRun r = db.run({ s("invoices"), s("show"), n(invoiceId), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.object();
}

int rows(const TempDatabase& db, const char* table)
{
    auto opened = storage::Database::open(db.path());
    REQUIRE(opened);
    auto v = storage::scalar((*opened)->connection(), QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
    REQUIRE(v);
    return v->toInt();
}

struct Counts {
    int payments, cheques, events, plans, instalments;
    bool operator==(const Counts&) const = default;
};

Counts counts(const TempDatabase& db)
{
    return { rows(db, "payments"), rows(db, "cheques"), rows(db, "cheque_events"), rows(db, "instalment_plans"), rows(db, "instalments") };
}

CliRun pay(const TempDatabase& db, const QStringList& args) { return db.run(QStringList { s("payments"), s("add") } + args); }

QJsonObject paid(const TempDatabase& db, const QStringList& args)
{
    const CliRun r = pay(db, args + QStringList { s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.object();
}

// Runs a command that must be refused with exit 2, a reason naming `needle`,
// and nothing stored.
void refused(const TempDatabase& db, const QStringList& args, const char* needle)
{
    const Counts before = counts(db);
    const CliRun r = db.run(args);
    INFO(args.join(u' ').toStdString() << " → " << r.err.toStdString());
    CHECK(r.code == 2);
    CHECK(r.err.startsWith(s("error: ")));
    CHECK(r.err.contains(QString::fromUtf8(needle)));
    CHECK(r.out.isEmpty());
    CHECK(counts(db) == before);
}

qint64 customerOf(const TempDatabase& db, qint64 invoiceId) { return show(db, invoiceId).value(s("customer_id")).toInteger(); }

} // namespace

TEST_CASE("payments add: cash, then invoices show with the balance", "[cli][payments]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 10'000'000);
    const QJsonObject receipt = paid(db, { s("--invoice"), n(id), s("--method"), s("cash"), s("--amount"),
                                           QString::fromUtf8("۴٬۰۰۰٬۰۰۰"), s("--note"), s("first part") });
    const QJsonArray payments = receipt.value(s("payments")).toArray();
    REQUIRE(payments.size() == 1);
    const QJsonObject p = payments.at(0).toObject();
    CHECK(p.value(s("method")).toString() == s("cash"));
    CHECK(p.value(s("status")).toString() == s("settled"));
    CHECK(p.value(s("amount")).toInteger() == 4'000'000);
    CHECK(p.value(s("document_id")).toInteger() == id);
    CHECK(p.value(s("on_account")).toBool() == false);
    CHECK(p.value(s("paid_on")).toString() == iso(today()));
    CHECK(p.value(s("note")).toString() == s("first part"));
    CHECK(receipt.value(s("cheque")).isNull());
    CHECK(receipt.value(s("invoice")).toObject().value(s("balance")).toInteger() == 6'000'000);

    const QJsonObject inv = show(db, id);
    CHECK(inv.value(s("type")).toString() == s("invoice"));
    CHECK(inv.value(s("number")).toString().startsWith(s("INV-")));
    CHECK(inv.value(s("lines")).toArray().size() == 1);
    CHECK(inv.value(s("grand_total")).toInteger() == 10'000'000);
    CHECK(inv.value(s("total")).toInteger() == 10'000'000);
    CHECK(inv.value(s("paid")).toInteger() == 4'000'000);
    CHECK(inv.value(s("pending")).toInteger() == 0);
    CHECK(inv.value(s("balance")).toInteger() == 6'000'000);
    CHECK(inv.value(s("settled")).toBool() == false);
    CHECK(inv.value(s("state")).toString() == s("issued"));
    CHECK(inv.value(s("plan")).isNull());
    REQUIRE(inv.value(s("payments")).toArray().size() == 1);
    CHECK(inv.value(s("payments")).toArray().at(0).toObject().value(s("id")).toInteger() == p.value(s("id")).toInteger());

    // Human output: the new ID only.
    const CliRun human = pay(db, { s("--invoice"), n(id), s("--method"), s("cash"), s("--amount"), s("1000"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.trimmed().toLongLong() > p.value(s("id")).toInteger());
    const CliRun shown = db.run({ s("invoices"), s("show"), n(id), s("--lang"), s("en") });
    REQUIRE(shown.code == 0);
    CHECK(shown.out.contains(s("balance: 5,999,000")));
}

TEST_CASE("payments add: POS, deposit slip, card-to-card, credit promise and cheque keep their details", "[cli][payments]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 100'000'000, today().addDays(-3));
    const QJsonObject pos = paid(db, { s("--invoice"), n(id), s("--method"), s("pos"), s("--amount"), s("1,000,000"), s("--terminal"),
                                       s("T-77"), s("--trace"), s("123456"), s("--card"), s("6037-9912-3456-1234") });
    const QJsonObject posRow = pos.value(s("payments")).toArray().at(0).toObject();
    CHECK(posRow.value(s("terminal")).toString() == s("T-77"));
    CHECK(posRow.value(s("trace_number")).toString() == s("123456"));
    CHECK(posRow.value(s("masked_card")).toString() == s("603799******1234"));

    const QJsonObject slip = paid(db, { s("--invoice"), n(id), s("--method"), s("deposit"), s("--amount"), s("2000000"), s("--bank"),
                                        s("Mellat"), s("--reference"), s("SLIP-9"), s("--payer"), s("Reza"), s("--account"), s("IR1234"),
                                        s("--date"), QString::fromUtf8("۱۴۰۳/۰۱/۰۱") });
    const QJsonObject slipRow = slip.value(s("payments")).toArray().at(0).toObject();
    CHECK(slipRow.value(s("bank")).toString() == s("Mellat"));
    CHECK(slipRow.value(s("reference")).toString() == s("SLIP-9"));
    CHECK(slipRow.value(s("payer_name")).toString() == s("Reza"));
    CHECK(slipRow.value(s("account")).toString() == s("IR1234"));
    CHECK(slipRow.value(s("paid_on")).toString() == s("2024-03-20"));

    const QJsonObject card = paid(db, { s("--invoice"), n(id), s("--method"), s("card"), s("--amount"), s("3000000") });
    CHECK(card.value(s("payments")).toArray().at(0).toObject().value(s("status")).toString() == s("settled"));

    const QJsonObject credit = paid(db, { s("--invoice"), n(id), s("--method"), s("credit"), s("--amount"), s("4000000"), s("--due"),
                                          iso(today().addDays(20)) });
    const QJsonObject creditRow = credit.value(s("payments")).toArray().at(0).toObject();
    CHECK(creditRow.value(s("status")).toString() == s("pending"));
    CHECK(creditRow.value(s("due_date")).toString() == iso(today().addDays(20)));

    const QJsonObject cheque = paid(db, { s("--invoice"), n(id), s("--method"), s("cheque"), s("--amount"), s("5000000"), s("--due"),
                                          iso(today().addDays(30)), s("--sayad"), QString::fromUtf8("۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶"), s("--serial"), s("887766"),
                                          s("--bank"), s("Melli"), s("--branch"), s("Vanak"), s("--drawer"), s("Karimi") });
    const QJsonObject chequeJson = cheque.value(s("cheque")).toObject();
    CHECK(chequeJson.value(s("sayad_id")).toString() == s("1234567890123456"));
    CHECK(chequeJson.value(s("serial")).toString() == s("887766"));
    CHECK(chequeJson.value(s("bank")).toString() == s("Melli"));
    CHECK(chequeJson.value(s("branch_name")).toString() == s("Vanak"));
    CHECK(chequeJson.value(s("drawer_name")).toString() == s("Karimi"));
    CHECK(chequeJson.value(s("status")).toString() == s("received"));
    CHECK(chequeJson.value(s("document_id")).toInteger() == id);
    CHECK(chequeJson.value(s("amount")).toInteger() == 5'000'000);
    CHECK(cheque.value(s("payments")).toArray().at(0).toObject().value(s("cheque_id")).toInteger() == chequeJson.value(s("id")).toInteger());

    const QJsonObject inv = show(db, id);
    CHECK(inv.value(s("paid")).toInteger() == 6'000'000);
    CHECK(inv.value(s("pending")).toInteger() == 9'000'000);
    CHECK(inv.value(s("balance")).toInteger() == 94'000'000);
    CHECK(inv.value(s("payments")).toArray().size() == 5);
}

TEST_CASE("payments add: more than the balance only with --on-account", "[cli][payments]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 1'000'000);
    refused(db, { s("payments"), s("add"), s("--invoice"), n(id), s("--method"), s("cash"), s("--amount"), s("1000001") }, "");
    const QJsonObject receipt = paid(db, { s("--invoice"), n(id), s("--method"), s("cash"), s("--amount"), s("1500000"), s("--on-account") });
    const QJsonArray payments = receipt.value(s("payments")).toArray();
    REQUIRE(payments.size() == 2);
    CHECK(payments.at(0).toObject().value(s("amount")).toInteger() + payments.at(1).toObject().value(s("amount")).toInteger() == 1'500'000);
    const QJsonObject inv = show(db, id);
    CHECK(inv.value(s("balance")).toInteger() == 0);
    CHECK(inv.value(s("settled")).toBool());
    CHECK(inv.value(s("state")).toString() == s("settled"));
    // Human output: one ID per row stored.
    const qint64 second = invoice(db, 100);
    const CliRun twoRows = pay(db, { s("--invoice"), n(second), s("--method"), s("cash"), s("--amount"), s("150"), s("--on-account") });
    REQUIRE(twoRows.code == 0);
    CHECK(twoRows.out.trimmed().split(u'\n').size() == 2);
    // Money on account without an invoice.
    const qint64 customer = customerOf(db, id);
    const QJsonObject onAccount = paid(db, { s("--customer"), n(customer), s("--method"), s("cash"), s("--amount"), s("700") });
    CHECK(onAccount.value(s("payments")).toArray().at(0).toObject().value(s("on_account")).toBool());
    CHECK(onAccount.value(s("invoice")).isNull());
}

TEST_CASE("payments add: bad input exits 2 with the reason and stores nothing", "[cli][payments]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 5'000'000, today().addDays(-10));
    const QString inv = n(id);
    const QStringList add { s("payments"), s("add"), s("--invoice"), inv };
    refused(db, add + QStringList { s("--method"), s("cheque"), s("--amount"), s("1000"), s("--due"), iso(today()), s("--sayad"), s("123456789012345") },
            "--sayad");
    refused(db, add + QStringList { s("--method"), s("cheque"), s("--amount"), s("1000"), s("--due"), iso(today()), s("--sayad"), s("12345678901234567") },
            "--sayad");
    refused(db, add + QStringList { s("--method"), s("cheque"), s("--amount"), s("1000"), s("--due"), iso(today()), s("--sayad"), s("12345678abcd3456") },
            "--sayad");
    refused(db, add + QStringList { s("--method"), s("cheque"), s("--amount"), s("1000"), s("--due"), iso(today().addDays(-11)), s("--sayad"),
                                    s("1234567890123456") },
            "--due");
    refused(db, add + QStringList { s("--method"), s("credit"), s("--amount"), s("1000"), s("--due"), iso(today().addDays(-11)) }, "--due");
    refused(db, add + QStringList { s("--method"), s("credit"), s("--amount"), s("1000") }, "--due");
    refused(db, add + QStringList { s("--method"), s("cheque"), s("--amount"), s("1000"), s("--due"), iso(today()) }, "--sayad");
    refused(db, add + QStringList { s("--method"), s("bitcoin"), s("--amount"), s("1000") }, "--method");
    refused(db, add + QStringList { s("--method"), s("cash"), s("--amount"), s("-5") }, "--amount");
    refused(db, add + QStringList { s("--method"), s("cash"), s("--amount"), s("0") }, "--amount");
    refused(db, add + QStringList { s("--method"), s("cash"), s("--amount"), s("lots") }, "--amount");
    refused(db, add + QStringList { s("--method"), s("cash"), s("--amount"), s("5000001") }, "");
    refused(db, add + QStringList { s("--method"), s("cash"), s("--amount"), s("100"), s("--date"), s("1403/13/01") }, "--date");
    refused(db, add + QStringList { s("--method"), s("cash"), s("--amount"), s("100"), s("--sayad"), s("1234567890123456") }, "--sayad");
    refused(db, add + QStringList { s("--method"), s("cash") }, "--amount");
    refused(db, { s("payments"), s("add"), s("--method"), s("cash"), s("--amount"), s("100") }, "--invoice");
    refused(db, { s("payments"), s("add"), s("--invoice"), s("999"), s("--method"), s("cash"), s("--amount"), s("100") }, "");
    refused(db, { s("payments"), s("add"), s("--customer"), s("999"), s("--method"), s("cash"), s("--amount"), s("100") }, "");
    refused(db, add + QStringList { s("--method"), s("cash"), s("--amount"), s("100"), s("--instalment"), s("999") }, "");
    refused(db, { s("payments"), s("void"), s("999"), s("--reason"), s("typo") }, "");
    refused(db, { s("payments"), s("void"), s("1") }, "--reason");
    // A quote receives no payments.
    const QString path = db.dir() + QStringLiteral("/quote.json");
    writeFile(path, R"({"customer": {"name": "Q"}, "lines": [{"description": "x", "unit_price": 100, "quantity": "1"}]})");
    const CliRun quote = db.run({ s("quotes"), s("create"), s("--json"), path, s("--issue") });
    REQUIRE(quote.code == 0);
    refused(db, { s("payments"), s("add"), s("--invoice"), quote.out.trimmed(), s("--method"), s("cash"), s("--amount"), s("10") }, "");
    CHECK(counts(db) == Counts { 0, 0, 0, 0, 0 });
}

TEST_CASE("The full story: part cash, a cheque deposited, bounced, redeposited and cleared", "[cli][payments][cheques]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 10'000'000, today().addDays(-2));
    paid(db, { s("--invoice"), n(id), s("--method"), s("cash"), s("--amount"), s("4000000") });
    const QJsonObject receipt = paid(db, { s("--invoice"), n(id), s("--method"), s("cheque"), s("--amount"), s("6000000"), s("--due"),
                                           iso(today().addDays(5)), s("--sayad"), s("1111222233334444"), s("--bank"), s("Saderat") });
    const qint64 cheque = receipt.value(s("cheque")).toObject().value(s("id")).toInteger();
    REQUIRE(cheque > 0);
    QJsonObject inv = show(db, id);
    CHECK(inv.value(s("balance")).toInteger() == 6'000'000);
    CHECK(inv.value(s("pending")).toInteger() == 6'000'000);
    CHECK_FALSE(inv.value(s("settled")).toBool());

    const auto move = [&](const char* to) {
        const CliRun r = db.run({ s("cheques"), s("set-status"), n(cheque), s(to), s("--date"), iso(today()), s("--note"),
                                  s("step ") + s(to), s("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.object().value(s("status")).toString() == s(to));
        return r.object();
    };
    move("deposited");
    // Not allowed from deposited: refused, nothing changes.
    refused(db, { s("cheques"), s("set-status"), n(cheque), s("transferred") }, "");
    refused(db, { s("cheques"), s("set-status"), n(cheque), s("received") }, "");
    move("bounced");
    inv = show(db, id);
    CHECK(inv.value(s("balance")).toInteger() == 6'000'000);
    CHECK(inv.value(s("pending")).toInteger() == 0);
    CHECK_FALSE(inv.value(s("settled")).toBool());
    refused(db, { s("cheques"), s("set-status"), n(cheque), s("cleared") }, "");
    move("redeposited");
    CHECK(show(db, id).value(s("pending")).toInteger() == 6'000'000);
    const QJsonObject cleared = move("cleared");
    CHECK(cleared.value(s("next")).toArray().isEmpty());
    const QJsonArray history = cleared.value(s("history")).toArray();
    REQUIRE(history.size() == 5);
    CHECK(history.at(0).toObject().value(s("from")).isNull());
    CHECK(history.at(0).toObject().value(s("to")).toString() == s("received"));
    CHECK(history.at(2).toObject().value(s("from")).toString() == s("deposited"));
    CHECK(history.at(2).toObject().value(s("to")).toString() == s("bounced"));
    CHECK(history.at(2).toObject().value(s("note")).toString() == s("step bounced"));
    CHECK(history.at(4).toObject().value(s("to")).toString() == s("cleared"));

    inv = show(db, id);
    CHECK(inv.value(s("paid")).toInteger() == 10'000'000);
    CHECK(inv.value(s("balance")).toInteger() == 0);
    CHECK(inv.value(s("settled")).toBool());
    CHECK(inv.value(s("state")).toString() == s("settled"));
    refused(db, { s("cheques"), s("set-status"), n(cheque), s("bounced") }, "");

    const CliRun shown = db.run({ s("cheques"), s("show"), n(cheque), s("--json") });
    REQUIRE(shown.code == 0);
    CHECK(shown.object().value(s("history")).toArray().size() == 5);
    CHECK(shown.object().value(s("sayad_id")).toString() == s("1111222233334444"));

    // The bounce counts against the customer.
    const CliRun customer = db.run({ s("customers"), s("show"), n(customerOf(db, id)), s("--json") });
    REQUIRE(customer.code == 0);
    const QJsonObject record = customer.object().value(s("payment_record")).toObject();
    CHECK(record.value(s("bounced_cheques")).toInt() == 1);
    CHECK(customer.object().contains(s("payment_rating")));
}

TEST_CASE("cheques set-status and show refuse what is wrong", "[cli][cheques]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 1'000'000);
    const QJsonObject receipt = paid(db, { s("--invoice"), n(id), s("--method"), s("cheque"), s("--amount"), s("1000000"), s("--due"),
                                           iso(today().addDays(3)), s("--sayad"), s("1111222233334444") });
    const QString cheque = n(receipt.value(s("cheque")).toObject().value(s("id")).toInteger());
    refused(db, { s("cheques"), s("set-status"), cheque, s("cleared") }, "");
    refused(db, { s("cheques"), s("set-status"), cheque, s("bounced") }, "");
    refused(db, { s("cheques"), s("set-status"), cheque, s("lost") }, "STATUS");
    refused(db, { s("cheques"), s("set-status"), s("999"), s("deposited") }, "");
    refused(db, { s("cheques"), s("set-status"), cheque }, "");
    refused(db, { s("cheques"), s("set-status"), cheque, s("deposited"), s("--date"), s("yesterday") }, "--date");
    refused(db, { s("cheques"), s("show"), s("999") }, "");
    refused(db, { s("cheques"), s("list"), s("--status"), s("lost") }, "--status");
    refused(db, { s("cheques"), s("list"), s("--due-within"), s("-1") }, "--due-within");
    // Cancelling withdraws the cheque's payment.
    REQUIRE(db.run({ s("cheques"), s("set-status"), cheque, s("cancelled"), s("--note"), s("wrong amount") }).code == 0);
    const QJsonObject inv = show(db, id);
    CHECK(inv.value(s("pending")).toInteger() == 0);
    CHECK(inv.value(s("balance")).toInteger() == 1'000'000);
}

TEST_CASE("cheques list: by due date, within days, by status", "[cli][cheques]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 100'000'000, today().addDays(-20));
    const auto cheque = [&](int dueIn, const char* sayad) {
        return paid(db, { s("--invoice"), n(id), s("--method"), s("cheque"), s("--amount"), s("1000000"), s("--due"), iso(today().addDays(dueIn)),
                          s("--sayad"), s(sayad) })
            .value(s("cheque"))
            .toObject()
            .value(s("id"))
            .toInteger();
    };
    const qint64 later = cheque(40, "1000000000000040");
    const qint64 soon = cheque(2, "1000000000000002");
    const qint64 past = cheque(-3, "1000000000000003");
    REQUIRE(db.run({ s("cheques"), s("set-status"), n(past), s("deposited") }).code == 0);

    const CliRun all = db.run({ s("cheques"), s("list"), s("--json") });
    REQUIRE(all.code == 0);
    const QJsonArray list = all.array();
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).toObject().value(s("id")).toInteger() == past);
    CHECK(list.at(1).toObject().value(s("id")).toInteger() == soon);
    CHECK(list.at(2).toObject().value(s("id")).toInteger() == later);

    const CliRun within = db.run({ s("cheques"), s("list"), s("--due-within"), QString::fromUtf8("۷"), s("--json") });
    REQUIRE(within.code == 0);
    REQUIRE(within.array().size() == 2);
    CHECK(within.array().at(1).toObject().value(s("id")).toInteger() == soon);

    const CliRun deposited = db.run({ s("cheques"), s("list"), s("--status"), s("deposited"), s("--json") });
    REQUIRE(deposited.code == 0);
    REQUIRE(deposited.array().size() == 1);
    CHECK(deposited.array().at(0).toObject().value(s("id")).toInteger() == past);
    CHECK(deposited.array().at(0).toObject().value(s("status")).toString() == s("deposited"));

    const CliRun human = db.run({ s("cheques"), s("list"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.count(u'\n') == 3);
}

TEST_CASE("plans create, show and remove", "[cli][plans]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 10'000'000);
    const CliRun created = db.run({ s("plans"), s("create"), s("--invoice"), n(id), s("--down"), s("1,000,000"), s("--count"), s("3"), s("--every"),
                                    s("1m"), s("--start"), iso(today().addDays(1)), s("--json") });
    INFO(created.err.toStdString());
    REQUIRE(created.code == 0);
    const QJsonObject plan = created.object();
    CHECK(plan.value(s("document_id")).toInteger() == id);
    CHECK(plan.value(s("amount")).toInteger() == 10'000'000);
    CHECK(plan.value(s("every")).toString() == s("1m"));
    CHECK(plan.value(s("down_payment")).toInteger() == 1'000'000);
    CHECK(plan.value(s("count")).toInt() == 3);
    CHECK(plan.value(s("started")).toBool() == false);
    CHECK(plan.contains(s("payment_rating")));
    const QJsonArray instalments = plan.value(s("instalments")).toArray();
    REQUIRE(instalments.size() == 4);
    qint64 sum = 0;
    for (const QJsonValue& v : instalments)
        sum += v.toObject().value(s("amount")).toInteger();
    CHECK(sum == 10'000'000);
    CHECK(instalments.at(1).toObject().value(s("amount")).toInteger() == 3'000'000);
    CHECK(instalments.at(0).toObject().value(s("due_date")).toString() == iso(today().addDays(1)));
    CHECK(instalments.at(0).toObject().value(s("paid_in_full")).toBool() == false);

    refused(db, { s("plans"), s("create"), s("--invoice"), n(id), s("--down"), s("0"), s("--count"), s("2") }, "");
    const QJsonObject inv = show(db, id);
    REQUIRE(inv.value(s("plan")).isObject());
    CHECK(inv.value(s("plan")).toObject().value(s("instalments")).toArray().size() == 4);

    const CliRun shown = db.run({ s("plans"), s("show"), s("--invoice"), n(id), s("--json") });
    REQUIRE(shown.code == 0);
    CHECK(shown.object().value(s("id")).toInteger() == plan.value(s("id")).toInteger());
    const CliRun human = db.run({ s("plans"), s("show"), s("--invoice"), n(id), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(s("3,000,000")));

    const CliRun removed = db.run({ s("plans"), s("remove"), s("--invoice"), n(id), s("--json") });
    REQUIRE(removed.code == 0);
    CHECK(removed.object().value(s("document_id")).toInteger() == id);
    CHECK(removed.object().value(s("removed")).toBool());
    CHECK(rows(db, "instalment_plans") == 0);
    refused(db, { s("plans"), s("show"), s("--invoice"), n(id) }, "");
}

TEST_CASE("plans create refuses bad input and stores nothing", "[cli][plans]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 10'000'000);
    const QStringList create { s("plans"), s("create"), s("--invoice"), n(id) };
    refused(db, create + QStringList { s("--down"), s("10000000"), s("--count"), s("2") }, "--down");
    refused(db, create + QStringList { s("--down"), s("0"), s("--count"), s("0") }, "--count");
    refused(db, create + QStringList { s("--down"), s("0"), s("--count"), s("361") }, "--count");
    refused(db, create + QStringList { s("--down"), s("0"), s("--count"), s("3"), s("--every"), s("fortnightly") }, "--every");
    refused(db, create + QStringList { s("--down"), s("0"), s("--count"), s("3"), s("--start"), s("13/40/1403") }, "--start");
    refused(db, create + QStringList { s("--count"), s("3") }, "--down");
    refused(db, { s("plans"), s("create"), s("--invoice"), s("999"), s("--down"), s("0"), s("--count"), s("3") }, "");
    // A settled invoice has nothing to split.
    REQUIRE(db.run({ s("invoices"), s("settle"), n(id) }).code == 0);
    refused(db, create + QStringList { s("--down"), s("0"), s("--count"), s("3") }, "");
}

TEST_CASE("invoices settle receives the balance in cash, payments void reopens", "[cli][invoices]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 3'000'000);
    paid(db, { s("--invoice"), n(id), s("--method"), s("pos"), s("--amount"), s("1000000") });
    const CliRun settled = db.run({ s("invoices"), s("settle"), n(id), s("--json") });
    INFO(settled.err.toStdString());
    REQUIRE(settled.code == 0);
    const QJsonObject inv = settled.object();
    CHECK(inv.value(s("settled")).toBool());
    CHECK(inv.value(s("balance")).toInteger() == 0);
    const QJsonArray payments = inv.value(s("payments")).toArray();
    REQUIRE(payments.size() == 2);
    const QJsonObject cash = payments.at(1).toObject();
    CHECK(cash.value(s("method")).toString() == s("cash"));
    CHECK(cash.value(s("amount")).toInteger() == 2'000'000);
    refused(db, { s("invoices"), s("settle"), n(id) }, "");
    refused(db, { s("invoices"), s("settle"), s("999") }, "");
    refused(db, { s("invoices"), s("settle"), n(id), s("--undo") }, "--undo");

    const CliRun voided = db.run({ s("payments"), s("void"), n(cash.value(s("id")).toInteger()), s("--reason"), s("typed twice"), s("--json") });
    INFO(voided.err.toStdString());
    REQUIRE(voided.code == 0);
    CHECK(voided.object().value(s("id")).toInteger() == cash.value(s("id")).toInteger());
    CHECK(voided.object().value(s("status")).toString() == s("void"));
    refused(db, { s("payments"), s("void"), n(cash.value(s("id")).toInteger()), s("--reason"), s("again") }, "");
    const QJsonObject reopened = show(db, id);
    CHECK_FALSE(reopened.value(s("settled")).toBool());
    CHECK(reopened.value(s("state")).toString() == s("issued"));
    CHECK(reopened.value(s("balance")).toInteger() == 2'000'000);
    CHECK(reopened.value(s("payments")).toArray().at(1).toObject().value(s("status")).toString() == s("void"));
    refused(db, { s("invoices"), s("show"), s("999") }, "");
}

TEST_CASE("reminders: cheques and promises due within the days, pre-invoices about to expire", "[cli][reminders]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 50'000'000, today().addDays(-30));
    paid(db, { s("--invoice"), n(id), s("--method"), s("cheque"), s("--amount"), s("1000000"), s("--due"), iso(today().addDays(2)), s("--sayad"),
               s("1234123412341234") });
    paid(db, { s("--invoice"), n(id), s("--method"), s("cheque"), s("--amount"), s("1000000"), s("--due"), iso(today().addDays(9)), s("--sayad"),
               s("1234123412341235") });
    paid(db, { s("--invoice"), n(id), s("--method"), s("credit"), s("--amount"), s("2000000"), s("--due"), iso(today().addDays(-1)) });
    const QString path = db.dir() + QStringLiteral("/quote.json");
    writeFile(path, QStringLiteral(R"({"customer": {"name": "Q"}, "valid_until": "%1", "lines": [{"description": "x", "unit_price": 100, "quantity": "1"}]})")
                        .arg(iso(today().addDays(1)))
                        .toUtf8());
    REQUIRE(db.run({ s("quotes"), s("create"), s("--json"), path, s("--issue") }).code == 0);

    const CliRun r = db.run({ s("reminders"), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.object();
    CHECK(o.value(s("days")).toInt() == 3);
    const QJsonArray list = o.value(s("reminders")).toArray();
    QStringList kinds;
    for (const QJsonValue& v : list)
        kinds << v.toObject().value(s("kind")).toString();
    CHECK(kinds == QStringList { s("promise_overdue"), s("quote_expiring"), s("cheque_due") });
    CHECK(list.at(0).toObject().value(s("days")).toInt() == -1);
    CHECK(list.at(0).toObject().value(s("amount")).toInteger() == 2'000'000);
    CHECK(list.at(2).toObject().value(s("direction")).toString() == s("received"));
    CHECK(list.at(2).toObject().value(s("date")).toString() == iso(today().addDays(2)));
    CHECK_FALSE(list.at(2).toObject().value(s("text")).toString().isEmpty());

    const CliRun ten = db.run({ s("reminders"), s("--days"), s("10"), s("--json") });
    REQUIRE(ten.code == 0);
    CHECK(ten.object().value(s("reminders")).toArray().size() == 4);
    refused(db, { s("reminders"), s("--days"), s("-2") }, "--days");
    refused(db, { s("reminders"), s("--days"), s("many") }, "--days");
    const CliRun human = db.run({ s("reminders"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.count(u'\n') == 3);
}

TEST_CASE("receivables: ageing by customer with totals", "[cli][receivables]")
{
    TempDatabase db;
    const qint64 recent = invoice(db, 1'000'000, today().addDays(-5), s("Ali"));
    invoice(db, 2'000'000, today().addDays(-45), s("Sara"));
    invoice(db, 3'000'000, today().addDays(-100), s("Sara"));
    paid(db, { s("--invoice"), n(recent), s("--method"), s("cash"), s("--amount"), s("400000") });

    const CliRun r = db.run({ s("receivables"), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.object();
    CHECK(o.value(s("total")).toInteger() == 5'600'000);
    const QJsonObject totals = o.value(s("totals")).toObject();
    CHECK(totals.value(s("not_due")).toInteger() == 0);
    CHECK(totals.value(s("0_30")).toInteger() == 600'000);
    CHECK(totals.value(s("31_60")).toInteger() == 2'000'000);
    CHECK(totals.value(s("61_90")).toInteger() == 0);
    CHECK(totals.value(s("over_90")).toInteger() == 3'000'000);
    const QJsonArray rows = o.value(s("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(s("customer_name")).toString() == s("Sara"));
    CHECK(rows.at(0).toObject().value(s("open_invoices")).toInt() == 2);
    CHECK(rows.at(1).toObject().value(s("buckets")).toObject().value(s("0_30")).toInteger() == 600'000);
    CHECK_FALSE(o.contains(s("open_invoices")));

    const CliRun withInvoices = db.run({ s("receivables"), s("--invoices"), s("--json") });
    REQUIRE(withInvoices.code == 0);
    const QJsonArray open = withInvoices.object().value(s("open_invoices")).toArray();
    REQUIRE(open.size() == 3);
    CHECK(open.at(0).toObject().value(s("days_overdue")).toInt() == 100);
    CHECK(open.at(2).toObject().value(s("balance")).toInteger() == 600'000);
    refused(db, { s("receivables"), s("--customer"), s("abc") }, "--customer");
    const CliRun human = db.run({ s("receivables"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(s("5,600,000")));
}

TEST_CASE("customers show: payment_rating and payment_record", "[cli][customers][rating]")
{
    TempDatabase db;
    const qint64 id = invoice(db, 1'000'000, today().addDays(-40));
    const qint64 customer = customerOf(db, id);
    CliRun r = db.run({ s("customers"), s("show"), n(customer), s("--json") });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("payment_rating")).isNull());
    QJsonObject record = r.object().value(s("payment_record")).toObject();
    CHECK(record.value(s("items_due")).toInt() == 0);
    CHECK(record.value(s("on_time")).toInt() == 0);
    CHECK(record.value(s("late")).toInt() == 0);
    CHECK(record.value(s("bounced_cheques")).toInt() == 0);
    CHECK(record.value(s("on_time_share")).toDouble() == 0);
    CHECK(record.value(s("average_days_late")).toDouble() == 0);

    // A promise 20 days overdue and one kept on time.
    paid(db, { s("--invoice"), n(id), s("--method"), s("credit"), s("--amount"), s("500000"), s("--date"), iso(today().addDays(-40)), s("--due"),
               iso(today().addDays(-20)) });
    r = db.run({ s("customers"), s("show"), n(customer), s("--json") });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("payment_rating")).toString() == s("D"));
    record = r.object().value(s("payment_record")).toObject();
    CHECK(record.value(s("items_due")).toInt() == 1);
    CHECK(record.value(s("late")).toInt() == 1);
    CHECK(record.value(s("average_days_late")).toDouble() == 20);
    const CliRun human = db.run({ s("customers"), s("show"), n(customer), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(s("Payment rating: D: 0 of 1 on time")));
}
