#include "PipelineFixture.h"

using namespace peyvand;
using namespace peyvand::pipeline;
using peyvand::test::iota;
using peyvand::test::PipelineFixture;
using peyvand::test::u8;

namespace {

QStringList titles(const QList<DealRow>& rows)
{
    QStringList out;
    for (const DealRow& r : rows)
        out << r.deal.title;
    return out;
}

QStringList search(PipelineFixture& f, const QString& text)
{
    DealFilter filter;
    filter.text = text;
    auto rows = f.deals->list(filter);
    REQUIRE(rows);
    return titles(*rows);
}

} // namespace

TEST_CASE("Moving a deal within its column renumbers it", "[pipeline][move]")
{
    PipelineFixture f;
    const qint64 first = f.stageId("first_contact");
    const Deal a = f.add(QStringLiteral("a"));
    f.add(QStringLiteral("b"));
    const Deal c = f.add(QStringLiteral("c"));

    auto moved = f.deals->move(c.id, first, 0);
    REQUIRE(moved);
    CHECK(moved->position == 0);
    CHECK(f.column(first) == QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b") });
    CHECK(f.positions(first) == iota(3));

    REQUIRE(f.deals->move(a.id, first, 2));
    CHECK(f.column(first) == QStringList { QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a") });
    REQUIRE(f.deals->move(c.id, first, -1)); // the end
    CHECK(f.column(first) == QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c") });
    REQUIRE(f.deals->move(c.id, first, 50)); // clamped
    CHECK(f.column(first) == QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c") });
    CHECK(f.positions(first) == iota(3));

    // Staying in an open stage never closes the deal.
    auto read = f.deals->get(c.id);
    REQUIRE(read);
    CHECK_FALSE(read->closedAt.isValid());
}

TEST_CASE("Moving a deal to another stage renumbers both columns", "[pipeline][move]")
{
    PipelineFixture f;
    const qint64 first = f.stageId("first_contact");
    const qint64 quote = f.stageId("quote_sent");
    f.add(QStringLiteral("a"));
    const Deal b = f.add(QStringLiteral("b"));
    f.add(QStringLiteral("c"));
    f.add(QStringLiteral("x"), 0, quote);
    f.add(QStringLiteral("y"), 0, quote);
    f.clock.advanceSeconds(60);

    auto moved = f.deals->move(b.id, quote, 1);
    REQUIRE(moved);
    CHECK(moved->stageId == quote);
    CHECK(moved->position == 1);
    CHECK(moved->updatedAt == f.clock.nowUtc());
    CHECK(f.column(first) == QStringList { QStringLiteral("a"), QStringLiteral("c") });
    CHECK(f.positions(first) == iota(2));
    CHECK(f.column(quote) == QStringList { QStringLiteral("x"), QStringLiteral("b"), QStringLiteral("y") });
    CHECK(f.positions(quote) == iota(3));

    const auto audit = f.audit("deal", b.id);
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(1).action == QStringLiteral("update"));
    CHECK(audit.at(1).oldValues.value(QStringLiteral("stage_id")).toInteger() == first);
    CHECK(audit.at(1).newValues.value(QStringLiteral("stage_id")).toInteger() == quote);
    CHECK_FALSE(audit.at(1).newValues.contains(QStringLiteral("position"))); // 1 in both columns

    // Into an empty column; a negative index means the end.
    const qint64 negotiation = f.stageId("negotiation");
    auto alone = f.deals->move(b.id, negotiation, -7);
    REQUIRE(alone);
    CHECK(alone->position == 0);
    CHECK(f.column(negotiation) == QStringList { QStringLiteral("b") });
    CHECK(f.positions(quote) == iota(2));
}

TEST_CASE("Won and lost stages close a deal, leaving them reopens it", "[pipeline][move]")
{
    PipelineFixture f;
    const Deal d = f.add(QStringLiteral("d"), 1000);
    const QDateTime t1 = f.clock.nowUtc().addSecs(3600);
    f.clock.set(t1);

    auto won = f.deals->move(d.id, f.stageId("won"));
    REQUIRE(won);
    CHECK(won->closedAt == t1);
    CHECK(won->lostReason.isEmpty());

    // Reordering inside the won column keeps the closing time.
    f.clock.advanceSeconds(600);
    auto reordered = f.deals->move(d.id, f.stageId("won"), 0);
    REQUIRE(reordered);
    CHECK(reordered->closedAt == t1);

    // Won -> lost: closed again now, with the reason.
    const QDateTime t2 = f.clock.nowUtc().addSecs(600);
    f.clock.set(t2);
    auto lost = f.deals->move(d.id, f.stageId("lost"), -1, u8("  قیمت   رقیب  "));
    REQUIRE(lost);
    CHECK(lost->closedAt == t2);
    CHECK(lost->lostReason == u8("قیمت رقیب"));
    auto stored = f.deals->get(d.id);
    REQUIRE(stored);
    CHECK(stored->closedAt == t2);
    CHECK(stored->lostReason == u8("قیمت رقیب"));

    // A move inside the lost column without a reason keeps the reason.
    auto kept = f.deals->move(d.id, f.stageId("lost"), 0);
    REQUIRE(kept);
    CHECK(kept->lostReason == u8("قیمت رقیب"));

    // Back to an open stage: open again, no reason.
    auto reopened = f.deals->move(d.id, f.stageId("negotiation"));
    REQUIRE(reopened);
    CHECK_FALSE(reopened->closedAt.isValid());
    CHECK(reopened->lostReason.isEmpty());
    stored = f.deals->get(d.id);
    REQUIRE(stored);
    CHECK_FALSE(stored->closedAt.isValid());
    CHECK(stored->lostReason.isEmpty());

    // A reason given for a non-lost stage is ignored.
    auto ignored = f.deals->move(d.id, f.stageId("won"), -1, QStringLiteral("why"));
    REQUIRE(ignored);
    CHECK(ignored->lostReason.isEmpty());

    // Moves that change nothing but the time (reordering a one-deal column)
    // leave no audit row: create, won, lost, reopened, won again.
    const auto audit = f.audit("deal", d.id);
    REQUIRE(audit.size() == 5);
    const QJsonObject lostRow = audit.at(2).newValues;
    CHECK(lostRow.value(QStringLiteral("lost_reason")).toString() == u8("قیمت رقیب"));
    CHECK(lostRow.value(QStringLiteral("closed_at")).toString() == storage::isoTimestamp(t2));
}

TEST_CASE("Moving refuses missing deals and stages and changes nothing", "[pipeline][move]")
{
    PipelineFixture f;
    const Deal d = f.add(QStringLiteral("d"));
    auto noDeal = f.deals->move(999, f.stageId("won"));
    REQUIRE_FALSE(noDeal);
    CHECK(noDeal.error().code == ErrorCode::NotFound);
    auto noStage = f.deals->move(d.id, 999);
    REQUIRE_FALSE(noStage);
    CHECK(noStage.error().code == ErrorCode::NotFound);
    CHECK(noStage.error().field == QStringLiteral("stage"));
    auto read = f.deals->get(d.id);
    REQUIRE(read);
    CHECK(read->stageId == f.stageId("first_contact"));
    CHECK(f.audit("deal", d.id).size() == 1);
}

TEST_CASE("The board has every stage as a column with totals", "[pipeline][board]")
{
    PipelineFixture f;
    const qint64 first = f.stageId("first_contact");
    const qint64 quote = f.stageId("quote_sent");
    f.add(QStringLiteral("a"), 1'000'005, first);   // 10 %: 100000.5 -> 100001
    f.add(QStringLiteral("b"), 15, first);          // 10 %: 1.5 -> 2
    f.add(QStringLiteral("c"), 3, quote);           // 50 %: 1.5 -> 2
    f.add(QStringLiteral("w"), 700, f.stageId("won"));
    f.add(QStringLiteral("l"), 900, f.stageId("lost"));

    auto board = f.deals->board();
    REQUIRE(board);
    REQUIRE(board->size() == 6);
    const StageColumn& firstColumn = board->at(0);
    CHECK(firstColumn.stage.id == first);
    CHECK(titles(firstColumn.deals) == QStringList { QStringLiteral("a"), QStringLiteral("b") });
    CHECK(firstColumn.total == Money::fromRial(1'000'020));
    CHECK(firstColumn.weighted == Money::fromRial(100'003));
    CHECK(firstColumn.deals.at(0).weighted == Money::fromRial(100'001));
    CHECK(firstColumn.deals.at(0).probability == 10);
    CHECK(firstColumn.deals.at(0).stageName == QStringLiteral("First contact"));
    CHECK(board->at(1).deals.isEmpty());
    CHECK(board->at(1).total.isZero());
    CHECK(board->at(2).weighted == Money::fromRial(2));
    CHECK(board->at(4).total == Money::fromRial(700));
    CHECK(board->at(4).weighted == Money::fromRial(700));
    CHECK(board->at(5).weighted.isZero());

    auto totals = f.deals->totals();
    REQUIRE(totals);
    CHECK(totals->openDeals == 3);
    CHECK(totals->openAmount == Money::fromRial(1'000'023));
    CHECK(totals->weightedValue == Money::fromRial(100'005));

    DealFilter open;
    open.openOnly = true;
    auto openBoard = f.deals->board(open);
    REQUIRE(openBoard);
    CHECK(openBoard->size() == 4);

    DealFilter oneStage;
    oneStage.stageId = quote;
    auto single = f.deals->board(oneStage);
    REQUIRE(single);
    REQUIRE(single->size() == 1);
    CHECK(titles(single->at(0).deals) == QStringList { QStringLiteral("c") });
}

TEST_CASE("Weighted values follow a stage's probability", "[pipeline][board]")
{
    PipelineFixture f;
    Stage negotiation = f.stages().at(3);
    f.add(QStringLiteral("n"), 333, negotiation.id);
    auto before = f.deals->totals();
    REQUIRE(before);
    CHECK(before->weightedValue == Money::fromRial(250)); // 249.75 -> 250
    negotiation.probability = 33;
    REQUIRE(f.deals->updateStage(negotiation));
    auto after = f.deals->totals();
    REQUIRE(after);
    CHECK(after->weightedValue == Money::fromRial(110)); // 109.89 -> 110
    negotiation.probability = 0;
    REQUIRE(f.deals->updateStage(negotiation));
    after = f.deals->totals();
    REQUIRE(after);
    CHECK(after->weightedValue.isZero());
    CHECK(after->openAmount == Money::fromRial(333));
}

TEST_CASE("Totals of an empty pipeline are zero, huge amounts overflow as errors", "[pipeline][board]")
{
    PipelineFixture f;
    auto empty = f.deals->totals();
    REQUIRE(empty);
    CHECK(empty->openDeals == 0);
    CHECK(empty->openAmount.isZero());
    CHECK(empty->weightedValue.isZero());

    const qint64 big = std::numeric_limits<qint64>::max() - 10;
    f.add(QStringLiteral("big"), big, f.stageId("won"));
    f.add(QStringLiteral("big too"), big, f.stageId("won"));
    auto board = f.deals->board();
    REQUIRE_FALSE(board);
    CHECK(board.error().code == ErrorCode::Overflow);
    auto totals = f.deals->totals(); // closed deals do not count
    REQUIRE(totals);
    CHECK(totals->openDeals == 0);
}

TEST_CASE("The list is in board order and filters", "[pipeline][board]")
{
    PipelineFixture f;
    const qint64 pars = f.customer(u8("شرکت پارس"));
    const qint64 lead = f.lead(u8("كيان فناوري"));
    const qint64 quote = f.stageId("quote_sent");
    f.add(QStringLiteral("q1"), 1, quote);
    f.add(u8("سرور پارس"), 2, 0, pars);
    Deal viaLead;
    viaLead.title = QStringLiteral("Licences");
    viaLead.leadId = lead;
    viaLead.owner = QStringLiteral("Sara");
    REQUIRE(f.deals->create(viaLead));
    f.add(QStringLiteral("done"), 3, f.stageId("won"));

    auto all = f.deals->list();
    REQUIRE(all);
    CHECK(titles(*all) == QStringList { u8("سرور پارس"), QStringLiteral("Licences"), QStringLiteral("q1"), QStringLiteral("done") });

    SECTION("text matches title and party names by search key")
    {
        CHECK(search(f, u8("پارس")) == QStringList { u8("سرور پارس") });
        CHECK(search(f, u8("شركت")) == QStringList { u8("سرور پارس") }); // Arabic kaf
        CHECK(search(f, u8("کیان")) == QStringList { QStringLiteral("Licences") });
        CHECK(search(f, u8("فناوری")) == QStringList { QStringLiteral("Licences") });
        CHECK(search(f, QStringLiteral("LICEN")) == QStringList { QStringLiteral("Licences") });
        CHECK(search(f, u8("سرور شرکت")) == QStringList { u8("سرور پارس") }); // every word
        CHECK(search(f, u8("سرور کیان")).isEmpty());
        CHECK(search(f, QStringLiteral("%")).isEmpty());
        CHECK(search(f, QStringLiteral("   ")).size() == 4);
    }
    SECTION("a renamed customer is found by the new name")
    {
        customers::CustomerService customers(*f.db, f.clock);
        auto c = customers.get(pars);
        REQUIRE(c);
        c->name = u8("گروه صنعتی البرز");
        REQUIRE(customers.update(*c));
        CHECK(search(f, u8("البرز")) == QStringList { u8("سرور پارس") });
        auto rows = f.deals->list();
        REQUIRE(rows);
        CHECK(rows->at(0).partyName == u8("گروه صنعتی البرز"));
    }
    SECTION("open only, stage and owner")
    {
        DealFilter open;
        open.openOnly = true;
        auto rows = f.deals->list(open);
        REQUIRE(rows);
        CHECK(titles(*rows) == QStringList { u8("سرور پارس"), QStringLiteral("Licences"), QStringLiteral("q1") });

        DealFilter byOwner;
        byOwner.owner = QStringLiteral(" Sara ");
        rows = f.deals->list(byOwner);
        REQUIRE(rows);
        CHECK(titles(*rows) == QStringList { QStringLiteral("Licences") });

        DealFilter byStage;
        byStage.stageId = quote;
        byStage.text = QStringLiteral("q");
        rows = f.deals->list(byStage);
        REQUIRE(rows);
        CHECK(titles(*rows) == QStringList { QStringLiteral("q1") });
    }
    SECTION("the board filters the same way")
    {
        DealFilter filter;
        filter.text = u8("پارس");
        auto board = f.deals->board(filter);
        REQUIRE(board);
        CHECK(board->size() == 6); // every column, some empty
        CHECK(titles(board->at(0).deals) == QStringList { u8("سرور پارس") });
        CHECK(board->at(0).total == Money::fromRial(2));
        CHECK(board->at(2).deals.isEmpty());
    }
    SECTION("a customer's deals, closed ones too")
    {
        f.add(QStringLiteral("won for pars"), 9, f.stageId("won"), pars);
        auto rows = f.deals->dealsOf(pars);
        REQUIRE(rows);
        CHECK(titles(*rows) == QStringList { u8("سرور پارس"), QStringLiteral("won for pars") });
        auto none = f.deals->dealsOf(9999);
        REQUIRE(none);
        CHECK(none->isEmpty());
    }
}

TEST_CASE("Board order follows the stage order", "[pipeline][board]")
{
    PipelineFixture f;
    f.add(QStringLiteral("won"), 1, f.stageId("won"));
    f.add(QStringLiteral("open"), 1);
    REQUIRE(f.deals->moveStage(f.stageId("won"), 0));
    auto rows = f.deals->list();
    REQUIRE(rows);
    CHECK(titles(*rows) == QStringList { QStringLiteral("won"), QStringLiteral("open") });
    auto board = f.deals->board();
    REQUIRE(board);
    CHECK(board->at(0).stage.key == QStringLiteral("won"));
}
