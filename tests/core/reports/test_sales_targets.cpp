#include "ReportFixture.h"

#include "reports/SalesTargets.h"

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

TEST_CASE("Sales targets are set, replaced, listed by year and removed, with audit rows", "[reports][targets]")
{
    SalesFixture f;
    SalesTargets targets(*f.db, f.clock);

    REQUIRE(targets.set(QStringLiteral("1404-07"), Money::fromRial(5'000'000)));
    REQUIRE(targets.set(QStringLiteral("1404-Q3"), Money::fromRial(12'000'000)));
    REQUIRE(targets.set(QStringLiteral("1403-12"), Money::fromRial(0)));
    REQUIRE(targets.set(QStringLiteral("1404-07"), Money::fromRial(6'000'000)));

    auto got = targets.get(QStringLiteral("1404-07"));
    REQUIRE(got);
    REQUIRE(got->has_value());
    CHECK(**got == Money::fromRial(6'000'000));
    auto none = targets.get(QStringLiteral("1404-08"));
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    auto year = targets.list(1404);
    REQUIRE(year);
    REQUIRE(year->size() == 2);
    CHECK(year->at(0) == SalesTarget { QStringLiteral("1404-07"), Money::fromRial(6'000'000) });
    CHECK(year->at(1) == SalesTarget { QStringLiteral("1404-Q3"), Money::fromRial(12'000'000) });
    auto last = targets.list(1403);
    REQUIRE(last);
    REQUIRE(last->size() == 1);
    CHECK(last->at(0).amount == Money::fromRial(0));

    storage::AuditLog audit(*f.db);
    auto history = audit.history(QStringLiteral("sales_target"), 140407);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == QStringLiteral("create"));
    CHECK(history->at(1).action == QStringLiteral("update"));
    CHECK(history->at(1).oldValues.value(QStringLiteral("amount")).toInteger() == 5'000'000);
    CHECK(history->at(1).newValues.value(QStringLiteral("amount")).toInteger() == 6'000'000);

    REQUIRE(targets.remove(QStringLiteral("1404-Q3")));
    auto afterRemove = targets.get(QStringLiteral("1404-Q3"));
    REQUIRE(afterRemove);
    CHECK_FALSE(afterRemove->has_value());
    auto quarterHistory = audit.history(QStringLiteral("sales_target"), 140493);
    REQUIRE(quarterHistory);
    REQUIRE(quarterHistory->size() == 2);
    CHECK(quarterHistory->at(1).action == QStringLiteral("delete"));

    auto missing = targets.remove(QStringLiteral("1404-Q3"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("Sales targets refuse bad periods and negative amounts", "[reports][targets]")
{
    SalesFixture f;
    SalesTargets targets(*f.db, f.clock);
    for (const char* bad : { "1404-13", "1404-00", "1404-Q0", "1404-Q5", "1404-7", "1404", "1404-01-01", "۱۴۰۴-۰۷", "" }) {
        INFO(bad);
        auto s = targets.set(QString::fromUtf8(bad), Money::fromRial(1));
        REQUIRE_FALSE(s);
        CHECK(s.error().field == QStringLiteral("period"));
        CHECK(s.error().message.contains(QStringLiteral("1404-Q3")));
        auto g = targets.get(QString::fromUtf8(bad));
        REQUIRE_FALSE(g);
        CHECK(g.error().field == QStringLiteral("period"));
    }
    auto negative = targets.set(QStringLiteral("1404-01"), Money::fromRial(-1));
    REQUIRE_FALSE(negative);
    CHECK(negative.error().field == QStringLiteral("amount"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM sales_targets")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'sales_target'")) == 0);
}
