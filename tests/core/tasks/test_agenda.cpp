#include "TaskFixture.h"

using namespace peyvand;
using namespace peyvand::tasks;
using namespace peyvand::test;

// The fixture's clock: 2025-03-21 08:00 UTC, 11:30 in Tehran on Nowruz.

TEST_CASE("The agenda splits open tasks by local date in Tehran", "[tasks][agenda]")
{
    LocalZone tehran("Asia/Tehran");
    TaskFixture f;
    REQUIRE(f.clock.today() == QDate(2025, 3, 21));
    f.add(QStringLiteral("late last night"), utc(2025, 3, 20, 20, 0));  // 23:30 on the 20th
    f.add(QStringLiteral("last week"), utc(2025, 3, 14, 6, 0));
    f.add(QStringLiteral("midnight"), utc(2025, 3, 20, 20, 30));        // 00:00 on the 21st
    f.add(QStringLiteral("this morning"), utc(2025, 3, 21, 7, 0));      // before now, still today
    f.add(QStringLiteral("tonight"), utc(2025, 3, 21, 20, 29));         // 23:59 on the 21st
    f.add(QStringLiteral("tomorrow"), utc(2025, 3, 21, 20, 30));        // 00:00 on the 22nd
    f.add(QStringLiteral("in a week"), utc(2025, 3, 28, 20, 29));       // 23:59 on the 28th
    f.add(QStringLiteral("too far"), utc(2025, 3, 28, 20, 30));         // 00:00 on the 29th
    const Task finished = f.add(QStringLiteral("finished"), utc(2025, 3, 21, 9, 0));
    REQUIRE(f.tasks->setDone(finished.id));

    auto agenda = f.tasks->agenda(7);
    REQUIRE(agenda);
    CHECK(titles(agenda->overdue) == QStringList { QStringLiteral("last week"), QStringLiteral("late last night") });
    CHECK(titles(agenda->today) == QStringList { QStringLiteral("midnight"), QStringLiteral("this morning"), QStringLiteral("tonight") });
    CHECK(titles(agenda->upcoming) == QStringList { QStringLiteral("tomorrow"), QStringLiteral("in a week") });

    auto short1 = f.tasks->agenda(1);
    REQUIRE(short1);
    CHECK(titles(short1->upcoming) == QStringList { QStringLiteral("tomorrow") });
    auto none = f.tasks->agenda(0);
    REQUIRE(none);
    CHECK(none->upcoming.isEmpty());
    CHECK(none->today.size() == 3);
    CHECK(none->overdue.size() == 2);
}

TEST_CASE("The same tasks fall on other days in UTC", "[tasks][agenda]")
{
    LocalZone utcZone("UTC");
    TaskFixture f;
    f.add(QStringLiteral("late last night"), utc(2025, 3, 20, 20, 0));
    f.add(QStringLiteral("midnight"), utc(2025, 3, 20, 20, 30));
    f.add(QStringLiteral("tonight"), utc(2025, 3, 21, 20, 29));
    f.add(QStringLiteral("tomorrow"), utc(2025, 3, 21, 20, 30));
    auto agenda = f.tasks->agenda(7);
    REQUIRE(agenda);
    CHECK(titles(agenda->overdue) == QStringList { QStringLiteral("late last night"), QStringLiteral("midnight") });
    CHECK(titles(agenda->today) == QStringList { QStringLiteral("tonight"), QStringLiteral("tomorrow") });
    CHECK(agenda->upcoming.isEmpty());
}

TEST_CASE("A negative horizon is refused", "[tasks][agenda]")
{
    TaskFixture f;
    auto agenda = f.tasks->agenda(-1);
    REQUIRE_FALSE(agenda);
    CHECK(agenda.error().field == QStringLiteral("days"));
    auto within = f.tasks->dueWithin(-3);
    REQUIRE_FALSE(within);
    CHECK(within.error().field == QStringLiteral("days"));
}

TEST_CASE("Due within N days counts from now and includes overdue tasks", "[tasks][agenda]")
{
    TaskFixture f;
    const QDateTime now = f.clock.nowUtc();
    f.add(QStringLiteral("overdue"), now.addDays(-30));
    f.add(QStringLiteral("edge"), now.addDays(2));
    f.add(QStringLiteral("past edge"), now.addDays(2).addSecs(1));
    f.add(QStringLiteral("soon"), now.addSecs(3600));
    const Task finished = f.add(QStringLiteral("finished"), now.addSecs(60));
    REQUIRE(f.tasks->setDone(finished.id));
    auto within = f.tasks->dueWithin(2);
    REQUIRE(within);
    CHECK(titles(*within) == QStringList { QStringLiteral("overdue"), QStringLiteral("soon"), QStringLiteral("edge") });
    auto zero = f.tasks->dueWithin(0);
    REQUIRE(zero);
    CHECK(titles(*zero) == QStringList { QStringLiteral("overdue") });
}

TEST_CASE("Counts per local day for the month calendar", "[tasks][calendar]")
{
    LocalZone tehran("Asia/Tehran");
    TaskFixture f;
    f.add(QStringLiteral("before range"), utc(2025, 3, 19, 20, 29)); // 23:59 on the 19th
    f.add(QStringLiteral("20th"), utc(2025, 3, 20, 20, 0));
    f.add(QStringLiteral("21st a"), utc(2025, 3, 20, 20, 30));
    f.add(QStringLiteral("21st b"), utc(2025, 3, 21, 7, 0));
    const Task done = f.add(QStringLiteral("21st done"), utc(2025, 3, 21, 12, 0));
    REQUIRE(f.tasks->setDone(done.id));
    f.add(QStringLiteral("22nd"), utc(2025, 3, 22, 20, 29));
    f.add(QStringLiteral("after range"), utc(2025, 3, 22, 20, 30));

    auto counts = f.tasks->countsPerDay(QDate(2025, 3, 20), QDate(2025, 3, 22));
    REQUIRE(counts);
    const QMap<QDate, int> expected { { QDate(2025, 3, 20), 1 }, { QDate(2025, 3, 21), 3 }, { QDate(2025, 3, 22), 1 } };
    CHECK(*counts == expected);

    auto single = f.tasks->countsPerDay(QDate(2025, 3, 21), QDate(2025, 3, 21));
    REQUIRE(single);
    CHECK(single->value(QDate(2025, 3, 21)) == 3);
    CHECK(single->size() == 1);

    auto empty = f.tasks->countsPerDay(QDate(2025, 3, 22), QDate(2025, 3, 20));
    REQUIRE(empty);
    CHECK(empty->isEmpty());

    auto badFrom = f.tasks->countsPerDay(QDate(), QDate(2025, 3, 20));
    REQUIRE_FALSE(badFrom);
    CHECK(badFrom.error().field == QStringLiteral("from"));
    auto badTo = f.tasks->countsPerDay(QDate(2025, 3, 20), QDate(2025, 2, 30));
    REQUIRE_FALSE(badTo);
    CHECK(badTo.error().field == QStringLiteral("to"));

    auto day = f.tasks->onDay(QDate(2025, 3, 21));
    REQUIRE(day);
    CHECK(titles(*day) == QStringList { QStringLiteral("21st a"), QStringLiteral("21st b"), QStringLiteral("21st done") });
    auto badDay = f.tasks->onDay(QDate());
    REQUIRE_FALSE(badDay);
    CHECK(badDay.error().field == QStringLiteral("date"));
}

TEST_CASE("Local days follow daylight saving time where the zone has it", "[tasks][calendar]")
{
    SECTION("New York's 23-hour day")
    {
        LocalZone newYork("America/New_York");
        TaskFixture f;
        f.add(QStringLiteral("8th late"), utc(2025, 3, 9, 4, 59));  // 23:59 EST on the 8th
        f.add(QStringLiteral("9th start"), utc(2025, 3, 9, 5, 0));  // 00:00 EST
        f.add(QStringLiteral("9th end"), utc(2025, 3, 10, 3, 59));  // 23:59 EDT
        f.add(QStringLiteral("10th start"), utc(2025, 3, 10, 4, 0)); // 00:00 EDT
        auto counts = f.tasks->countsPerDay(QDate(2025, 3, 8), QDate(2025, 3, 10));
        REQUIRE(counts);
        const QMap<QDate, int> expected { { QDate(2025, 3, 8), 1 }, { QDate(2025, 3, 9), 2 }, { QDate(2025, 3, 10), 1 } };
        CHECK(*counts == expected);
        auto day = f.tasks->onDay(QDate(2025, 3, 9));
        REQUIRE(day);
        CHECK(titles(*day) == QStringList { QStringLiteral("9th start"), QStringLiteral("9th end") });
    }
    SECTION("Tehran kept summer time until 2022")
    {
        LocalZone tehran("Asia/Tehran");
        TaskFixture f;
        f.add(QStringLiteral("31 May"), utc(2021, 5, 31, 19, 29)); // 23:59 +04:30
        f.add(QStringLiteral("1 June"), utc(2021, 5, 31, 19, 30)); // 00:00 +04:30
        auto day = f.tasks->onDay(QDate(2021, 6, 1));
        REQUIRE(day);
        CHECK(titles(*day) == QStringList { QStringLiteral("1 June") });
    }
}
