#include "TaskFixture.h"

#include "storage/Migrations.h"

#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::tasks;
using namespace peyvand::test;

namespace {

customers::Interaction call(qint64 customerId, const QString& summary, QDate followUp)
{
    customers::Interaction i;
    i.customerId = customerId;
    i.summary = summary;
    i.at = utc(2025, 3, 20, 14);
    i.followUp = followUp;
    return i;
}

} // namespace

TEST_CASE("An interaction with a follow-up puts a task at 10:00 local time on the agenda", "[tasks][customers]")
{
    LocalZone tehran("Asia/Tehran");
    TaskFixture f;
    customers::CustomerService customers(*f.db, f.clock);
    const qint64 customer = f.customer(u8("شرکت پارس"));

    auto logged = customers.logInteraction(call(customer, u8("  پیگیری   پیش‌فاکتور "), QDate(2025, 3, 28)));
    REQUIRE(logged);
    auto list = f.tasks->tasksOf(Subject::Customer, customer);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    const Task& task = list->at(0);
    CHECK(task.title == u8("پیگیری پیش‌فاکتور"));
    CHECK(task.dueAt == utc(2025, 3, 28, 6, 30)); // 10:00 +03:30
    CHECK(task.dueAt.toLocalTime().time() == QTime(10, 0));
    CHECK(task.subjectName == u8("شرکت پارس"));
    CHECK(task.createdAt == f.clock.nowUtc());
    CHECK_FALSE(task.isDone());
    CHECK(f.audit(task.id).size() == 1);

    // The customer's summary still shows the next follow-up date.
    auto summary = customers.summary(customer);
    REQUIRE(summary);
    CHECK(summary->nextFollowUp == QDate(2025, 3, 28));

    // It is on the agenda a week ahead.
    auto agenda = f.tasks->agenda(7);
    REQUIRE(agenda);
    CHECK(titles(agenda->upcoming) == QStringList { u8("پیگیری پیش‌فاکتور") });
}

TEST_CASE("The follow-up task uses the machine's zone", "[tasks][customers]")
{
    LocalZone utcZone("UTC");
    TaskFixture f;
    customers::CustomerService customers(*f.db, f.clock);
    const qint64 customer = f.customer(QStringLiteral("Acme"));
    REQUIRE(customers.logInteraction(call(customer, QStringLiteral("Call"), QDate(2025, 4, 2))));
    auto list = f.tasks->all();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).dueAt == utc(2025, 4, 2, 10, 0));
}

TEST_CASE("An interaction without a follow-up makes no task, a refused one makes none either", "[tasks][customers]")
{
    TaskFixture f;
    customers::CustomerService customers(*f.db, f.clock);
    const qint64 customer = f.customer(QStringLiteral("Acme"));
    REQUIRE(customers.logInteraction(call(customer, QStringLiteral("Just a call"), QDate())));
    auto refused = customers.logInteraction(call(customer, QStringLiteral(" "), QDate(2025, 4, 1)));
    REQUIRE_FALSE(refused);
    auto missing = customers.logInteraction(call(9999, QStringLiteral("Nobody"), QDate(2025, 4, 1)));
    REQUIRE_FALSE(missing);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt() == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt() == 1);

    // Removing the customer removes the follow-up tasks with it.
    REQUIRE(customers.logInteraction(call(customer, QStringLiteral("Again"), QDate(2025, 4, 1))));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt() == 1);
    REQUIRE(customers.remove(customer));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt() == 0);
}

TEST_CASE("Schema 4 turns the follow-ups logged before it into tasks at 10:00 Tehran time", "[tasks][customers][storage]")
{
    test::LocalZone zone("Asia/Tehran");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QList<storage::Migration> upTo3 = storage::migrations().mid(0, 3);
    REQUIRE(upTo3.constLast().version == 3);
    qint64 customer = 0;
    {
        storage::Database::Options options;
        options.migrationsOverride = &upTo3;
        auto db = storage::Database::open(path, options);
        REQUIRE(db);
        REQUIRE((*db)->schemaVersion() == 3);
        FixedClock clock(utc(2024, 12, 1, 9));
        customers::Customer c;
        c.name = QStringLiteral("Old customer");
        auto created = customers::CustomerService(**db, clock).create(c);
        REQUIRE(created);
        customer = created->id;
        const QString insert = QStringLiteral(
            "INSERT INTO interactions (customer_id, at, channel, direction, summary, follow_up, created_at) "
            "VALUES (?, '2024-12-01T09:00:00Z', 'phone', 'outbound', ?, ?, '2024-12-01T09:00:05Z')");
        REQUIRE(storage::run((*db)->connection(), insert, { customer, QStringLiteral("Send the catalogue"), QStringLiteral("2024-12-05") }));
        REQUIRE(storage::run((*db)->connection(), insert,
                             { customer, QStringLiteral("No follow-up"), QVariant(QMetaType::fromType<QString>()) }));
    }
    auto db = storage::Database::open(path, storage::Database::Options { true, dir.path(), nullptr });
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == storage::Database::currentSchemaVersion());
    FixedClock clock(utc(2024, 12, 2, 9));
    auto all = TaskService(**db, clock).all(true);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    const Task& t = all->at(0);
    CHECK(t.title == QStringLiteral("Send the catalogue"));
    CHECK(t.dueAt == utc(2024, 12, 5, 6, 30));
    CHECK(t.subject == Subject::Customer);
    CHECK(t.subjectId == customer);
    CHECK(t.createdAt == utc(2024, 12, 1, 9, 0, 5));
    CHECK_FALSE(t.isDone());
}
