#include "TaskFixture.h"

using namespace peyvand;
using namespace peyvand::tasks;
using namespace peyvand::test;

TEST_CASE("Subject keys and names", "[tasks]")
{
    CHECK(toKey(Subject::None) == QStringLiteral("none"));
    CHECK(toKey(Subject::Customer) == QStringLiteral("customer"));
    CHECK(toKey(Subject::Lead) == QStringLiteral("lead"));
    CHECK(toKey(Subject::Deal) == QStringLiteral("deal"));
    CHECK(displayName(Subject::Customer) == QStringLiteral("Customer"));
    CHECK(displayName(Subject::Deal) == QStringLiteral("Deal"));
    Task t;
    CHECK_FALSE(t.isDone());
    t.doneAt = utc(2025, 1, 1, 0);
    CHECK(t.isDone());
}

TEST_CASE("Creating a task stores the normalised form in UTC", "[tasks]")
{
    TaskFixture f;
    const qint64 customer = f.customer(u8("شرکت پارس"));
    Task t;
    t.title = u8("  تماس   با  علي ");
    t.notes = u8("  خط اول  \n\n  خط   دوم \n");
    // Given with an offset: stored as the same instant in UTC, whole seconds.
    t.dueAt = QDateTime(QDate(2025, 3, 22), QTime(10, 0, 0, 750), QTimeZone(12600));
    t.subject = Subject::Customer;
    t.subjectId = customer;
    auto created = f.tasks->create(t);
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK(created->title == u8("تماس با علی"));
    CHECK(created->notes == u8("خط اول\n\nخط دوم"));
    CHECK(created->dueAt == utc(2025, 3, 22, 6, 30));
    CHECK(created->dueAt.timeSpec() == Qt::UTC);
    CHECK(created->subject == Subject::Customer);
    CHECK(created->subjectId == customer);
    CHECK(created->subjectName == u8("شرکت پارس"));
    CHECK_FALSE(created->isDone());
    CHECK_FALSE(created->remindedAt.isValid());
    CHECK(created->createdAt == f.clock.nowUtc());
    CHECK(created->updatedAt == f.clock.nowUtc());

    CHECK(f.scalar(QStringLiteral("SELECT due_at FROM tasks WHERE id = ?"), { created->id }).toString()
          == QStringLiteral("2025-03-22T06:30:00Z"));
    CHECK(f.scalar(QStringLiteral("SELECT customer_id FROM tasks WHERE id = ?"), { created->id }).toLongLong() == customer);
    CHECK(f.scalar(QStringLiteral("SELECT lead_id IS NULL AND deal_id IS NULL FROM tasks WHERE id = ?"), { created->id }).toInt() == 1);

    auto read = f.tasks->get(created->id);
    REQUIRE(read);
    CHECK(read->title == created->title);
    CHECK(read->dueAt == created->dueAt);
    CHECK(read->subjectName == u8("شرکت پارس"));

    const auto audit = f.audit(created->id);
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).action == QStringLiteral("create"));
    CHECK(audit.at(0).newValues.value(QStringLiteral("due_at")).toString() == QStringLiteral("2025-03-22T06:30:00Z"));
    CHECK(audit.at(0).newValues.value(QStringLiteral("subject")).toString() == QStringLiteral("customer"));
}

TEST_CASE("A task's subject can be a lead, a deal or nothing", "[tasks]")
{
    TaskFixture f;
    const qint64 lead = f.lead(u8("مریم رضایی"));
    const qint64 deal = f.deal(u8("فروش سرور"));
    const Task forLead = f.add(QStringLiteral("call"), utc(2025, 3, 22, 6), Subject::Lead, lead);
    CHECK(forLead.subject == Subject::Lead);
    CHECK(forLead.subjectName == u8("مریم رضایی"));
    const Task forDeal = f.add(QStringLiteral("send"), utc(2025, 3, 22, 7), Subject::Deal, deal);
    CHECK(forDeal.subject == Subject::Deal);
    CHECK(forDeal.subjectId == deal);
    CHECK(forDeal.subjectName == u8("فروش سرور"));

    Task loose;
    loose.title = QStringLiteral("think");
    loose.dueAt = utc(2025, 3, 22, 8);
    loose.subjectId = 77; // ignored without a subject
    auto created = f.tasks->create(loose);
    REQUIRE(created);
    CHECK(created->subject == Subject::None);
    CHECK(created->subjectId == 0);
    CHECK(created->subjectName.isEmpty());

    auto ofLead = f.tasks->tasksOf(Subject::Lead, lead);
    REQUIRE(ofLead);
    CHECK(titles(*ofLead) == QStringList { QStringLiteral("call") });
    auto ofDeal = f.tasks->tasksOf(Subject::Deal, deal);
    REQUIRE(ofDeal);
    CHECK(titles(*ofDeal) == QStringList { QStringLiteral("send") });
    auto ofNone = f.tasks->tasksOf(Subject::None, 0);
    REQUIRE(ofNone);
    CHECK(titles(*ofNone) == QStringList { QStringLiteral("think") });
}

TEST_CASE("Task validation names the field", "[tasks]")
{
    TaskFixture f;
    Task t;
    t.title = QStringLiteral("ok");
    t.dueAt = utc(2025, 3, 22, 6);

    SECTION("title required")
    {
        t.title = QStringLiteral("   ");
        auto r = f.tasks->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("title"));
    }
    SECTION("due required")
    {
        t.dueAt = QDateTime();
        auto r = f.tasks->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("due"));
    }
    SECTION("a missing customer")
    {
        t.subject = Subject::Customer;
        t.subjectId = 41;
        auto r = f.tasks->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().field == QStringLiteral("customer"));
    }
    SECTION("a missing lead")
    {
        t.subject = Subject::Lead;
        t.subjectId = 42;
        auto r = f.tasks->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().field == QStringLiteral("lead"));
    }
    SECTION("a missing deal")
    {
        t.subject = Subject::Deal;
        t.subjectId = 43;
        auto r = f.tasks->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().field == QStringLiteral("deal"));
    }
    SECTION("a subject without an id")
    {
        t.subject = Subject::Customer;
        auto r = f.tasks->create(t);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("customer"));
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt()
          == f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'task'")).toInt());
}

TEST_CASE("Updating a task, a new due time re-arms its reminder", "[tasks]")
{
    TaskFixture f;
    const qint64 customer = f.customer(QStringLiteral("Acme"));
    const qint64 lead = f.lead(QStringLiteral("Lead One"));
    Task t = f.add(QStringLiteral("call"), utc(2025, 3, 21, 7), Subject::Customer, customer);
    REQUIRE(f.tasks->markReminded({ t.id }));
    auto reminded = f.tasks->get(t.id);
    REQUIRE(reminded);
    CHECK(reminded->remindedAt == f.clock.nowUtc());
    f.clock.advanceSeconds(60);

    SECTION("same due time: the reminder stays shown")
    {
        Task changed = *reminded;
        changed.title = QStringLiteral("call back");
        changed.notes = QStringLiteral("about the quote");
        auto updated = f.tasks->update(changed);
        REQUIRE(updated);
        CHECK(updated->title == QStringLiteral("call back"));
        CHECK(updated->notes == QStringLiteral("about the quote"));
        CHECK(updated->remindedAt == reminded->remindedAt);
        CHECK(updated->updatedAt == f.clock.nowUtc());
        CHECK(updated->createdAt == t.createdAt);
        auto due = f.tasks->dueForReminder();
        REQUIRE(due);
        CHECK(due->isEmpty());
    }
    SECTION("a new due time: reminded again")
    {
        Task changed = *reminded;
        changed.dueAt = utc(2025, 3, 21, 7, 30);
        auto updated = f.tasks->update(changed);
        REQUIRE(updated);
        CHECK_FALSE(updated->remindedAt.isValid());
        auto due = f.tasks->dueForReminder();
        REQUIRE(due);
        CHECK(titles(*due) == QStringList { QStringLiteral("call") });
        const auto audit = f.audit(t.id);
        REQUIRE(audit.size() == 2);
        CHECK(audit.at(1).oldValues.value(QStringLiteral("due_at")).toString() == QStringLiteral("2025-03-21T07:00:00Z"));
        CHECK(audit.at(1).newValues.value(QStringLiteral("due_at")).toString() == QStringLiteral("2025-03-21T07:30:00Z"));
    }
    SECTION("a new subject")
    {
        Task changed = *reminded;
        changed.subject = Subject::Lead;
        changed.subjectId = lead;
        auto updated = f.tasks->update(changed);
        REQUIRE(updated);
        CHECK(updated->subject == Subject::Lead);
        CHECK(updated->subjectName == QStringLiteral("Lead One"));
        CHECK(f.scalar(QStringLiteral("SELECT customer_id IS NULL FROM tasks WHERE id = ?"), { t.id }).toInt() == 1);
    }
    SECTION("bad input changes nothing")
    {
        Task changed = *reminded;
        changed.title.clear();
        auto r1 = f.tasks->update(changed);
        REQUIRE_FALSE(r1);
        CHECK(r1.error().field == QStringLiteral("title"));
        changed = *reminded;
        changed.subject = Subject::Deal;
        changed.subjectId = 5;
        auto r2 = f.tasks->update(changed);
        REQUIRE_FALSE(r2);
        CHECK(r2.error().field == QStringLiteral("deal"));
        changed = *reminded;
        changed.id = 404;
        auto r3 = f.tasks->update(changed);
        REQUIRE_FALSE(r3);
        CHECK(r3.error().code == ErrorCode::NotFound);
        CHECK(f.audit(t.id).size() == 1);
    }
}

TEST_CASE("Done tasks, removal and missing ones", "[tasks]")
{
    TaskFixture f;
    const Task t = f.add(QStringLiteral("call"), utc(2025, 3, 21, 7));
    f.clock.advanceSeconds(120);
    auto done = f.tasks->setDone(t.id);
    REQUIRE(done);
    CHECK(done->isDone());
    CHECK(done->doneAt == f.clock.nowUtc());
    // Done again: no change, no audit row.
    f.clock.advanceSeconds(120);
    auto again = f.tasks->setDone(t.id, true);
    REQUIRE(again);
    CHECK(again->doneAt == done->doneAt);
    CHECK(f.audit(t.id).size() == 2);

    auto open = f.tasks->all();
    REQUIRE(open);
    CHECK(open->isEmpty());
    auto everything = f.tasks->all(true);
    REQUIRE(everything);
    CHECK(everything->size() == 1);

    auto reopened = f.tasks->setDone(t.id, false);
    REQUIRE(reopened);
    CHECK_FALSE(reopened->isDone());
    CHECK(f.audit(t.id).size() == 3);

    REQUIRE(f.tasks->remove(t.id));
    auto gone = f.tasks->get(t.id);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == ErrorCode::NotFound);
    const auto audit = f.audit(t.id);
    CHECK(audit.last().action == QStringLiteral("delete"));
    CHECK(audit.last().oldValues.value(QStringLiteral("title")).toString() == QStringLiteral("call"));

    auto r1 = f.tasks->remove(t.id);
    REQUIRE_FALSE(r1);
    CHECK(r1.error().code == ErrorCode::NotFound);
    auto r2 = f.tasks->setDone(t.id);
    REQUIRE_FALSE(r2);
    CHECK(r2.error().code == ErrorCode::NotFound);
}

TEST_CASE("Reminders: open tasks due by now and not yet reminded, oldest first", "[tasks][reminders]")
{
    TaskFixture f;
    const QDateTime now = f.clock.nowUtc();
    f.add(QStringLiteral("yesterday"), now.addDays(-1));          // missed while closed
    f.add(QStringLiteral("just now"), now);                       // due exactly now
    f.add(QStringLiteral("last week"), now.addDays(-7));
    f.add(QStringLiteral("in a minute"), now.addSecs(60));
    const Task finished = f.add(QStringLiteral("finished"), now.addSecs(-60));
    REQUIRE(f.tasks->setDone(finished.id));

    auto due = f.tasks->dueForReminder();
    REQUIRE(due);
    CHECK(titles(*due) == QStringList { QStringLiteral("last week"), QStringLiteral("yesterday"), QStringLiteral("just now") });

    QList<qint64> ids;
    for (const Task& t : std::as_const(*due))
        ids << t.id;
    REQUIRE(f.tasks->markReminded(ids.mid(0, 2)));
    due = f.tasks->dueForReminder();
    REQUIRE(due);
    CHECK(titles(*due) == QStringList { QStringLiteral("just now") });
    REQUIRE(f.tasks->markReminded({ ids.at(2), 9999 })); // unknown ids are skipped
    REQUIRE(f.tasks->markReminded({}));
    due = f.tasks->dueForReminder();
    REQUIRE(due);
    CHECK(due->isEmpty());

    f.clock.advanceSeconds(60);
    due = f.tasks->dueForReminder();
    REQUIRE(due);
    CHECK(titles(*due) == QStringList { QStringLiteral("in a minute") });
    CHECK(due->at(0).remindedAt.isValid() == false);
}

TEST_CASE("Tasks of a subject, open ones or all", "[tasks]")
{
    TaskFixture f;
    const qint64 a = f.customer(QStringLiteral("A"));
    const qint64 b = f.customer(QStringLiteral("B"));
    f.add(QStringLiteral("a2"), utc(2025, 3, 23, 6), Subject::Customer, a);
    const Task a1 = f.add(QStringLiteral("a1"), utc(2025, 3, 22, 6), Subject::Customer, a);
    f.add(QStringLiteral("b1"), utc(2025, 3, 22, 6), Subject::Customer, b);
    REQUIRE(f.tasks->setDone(a1.id));
    auto open = f.tasks->tasksOf(Subject::Customer, a);
    REQUIRE(open);
    CHECK(titles(*open) == QStringList { QStringLiteral("a2") });
    auto all = f.tasks->tasksOf(Subject::Customer, a, true);
    REQUIRE(all);
    CHECK(titles(*all) == QStringList { QStringLiteral("a1"), QStringLiteral("a2") });

    // Deleting the customer deletes its tasks.
    REQUIRE(customers::CustomerService(*f.db, f.clock).remove(a));
    auto after = f.tasks->all(true);
    REQUIRE(after);
    CHECK(titles(*after) == QStringList { QStringLiteral("b1") });
}

TEST_CASE("The schema keeps a lead's next follow-up at its earliest open task", "[tasks][leads]")
{
    TaskFixture f;
    const qint64 lead = f.lead(QStringLiteral("Lead"));
    const qint64 other = f.lead(QStringLiteral("Other"));
    CHECK_FALSE(f.leadFollowUp(lead).isValid());

    const Task later = f.add(QStringLiteral("later"), utc(2025, 3, 25, 6), Subject::Lead, lead);
    CHECK(f.leadFollowUp(lead) == utc(2025, 3, 25, 6));
    const Task sooner = f.add(QStringLiteral("sooner"), utc(2025, 3, 23, 6), Subject::Lead, lead);
    CHECK(f.leadFollowUp(lead) == utc(2025, 3, 23, 6));

    REQUIRE(f.tasks->setDone(sooner.id));
    CHECK(f.leadFollowUp(lead) == utc(2025, 3, 25, 6));
    REQUIRE(f.tasks->setDone(sooner.id, false));
    CHECK(f.leadFollowUp(lead) == utc(2025, 3, 23, 6));

    Task moved = sooner;
    moved.dueAt = utc(2025, 3, 30, 6);
    REQUIRE(f.tasks->update(moved));
    CHECK(f.leadFollowUp(lead) == utc(2025, 3, 25, 6));

    // Moving a task to another lead updates both.
    Task switched = later;
    switched.subjectId = other;
    REQUIRE(f.tasks->update(switched));
    CHECK(f.leadFollowUp(lead) == utc(2025, 3, 30, 6));
    CHECK(f.leadFollowUp(other) == utc(2025, 3, 25, 6));

    // Moving it off leads altogether.
    switched.subject = Subject::None;
    REQUIRE(f.tasks->update(switched));
    CHECK_FALSE(f.leadFollowUp(other).isValid());

    REQUIRE(f.tasks->remove(sooner.id));
    CHECK_FALSE(f.leadFollowUp(lead).isValid());
}
