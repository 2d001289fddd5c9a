#pragma once

#include "BookFixture.h"

#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "pipeline/DealService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "tasks/TaskService.h"
#include "text/PersianText.h"

#include <QTimeZone>

#include <cstdlib>
#include <ctime>
#include <memory>

namespace peyvand::test {

// Sets the process's local time zone (TZ) for one test and restores it.
class LocalZone final {
public:
    explicit LocalZone(const char* ianaId)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        REQUIRE(QTimeZone::isTimeZoneIdAvailable(QByteArray(ianaId)));
        qputenv("TZ", ianaId);
        tzset();
    }
    ~LocalZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalZone(const LocalZone&) = delete;
    LocalZone& operator=(const LocalZone&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

// A UTC instant given as a local date and time of the current zone.
inline QDateTime localTime(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toUTC();
}

inline QDateTime utc(int y, int m, int d, int h, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

// An in-memory database with the task service on a fixed clock.
struct TaskFixture : BookFixture {
    std::unique_ptr<tasks::TaskService> tasks;

    TaskFixture()
        : BookFixture(utc(2025, 3, 21, 8, 0))
    {
        tasks = std::make_unique<tasks::TaskService>(*db, clock);
    }

    QVariant scalar(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto v = storage::scalar(db->connection(), sql, values);
        REQUIRE(v);
        return *v;
    }

    qint64 customer(const QString& name)
    {
        customers::Customer c;
        c.name = name;
        auto created = customers::CustomerService(*db, clock).create(c);
        REQUIRE(created);
        return created->id;
    }

    // A lead written with plain SQL (core/leads is another helper's).
    qint64 lead(const QString& name)
    {
        auto q = storage::run(db->connection(),
                              QStringLiteral("INSERT INTO leads (kind, name, lead_type, source, status, created_at, updated_at, "
                                             "name_sort, search_text) VALUES ('person', ?, 'sales', 'website', 'new', "
                                             "'2025-03-01T08:00:00Z', '2025-03-01T08:00:00Z', ?, ?)"),
                              { name, text::sortKey(name), text::searchKey(name) });
        REQUIRE(q);
        return q->lastInsertId().toLongLong();
    }

    qint64 deal(const QString& title)
    {
        pipeline::Deal d;
        d.title = title;
        auto created = pipeline::DealService(*db, clock).create(d);
        REQUIRE(created);
        return created->id;
    }

    QDateTime leadFollowUp(qint64 leadId)
    {
        return storage::timestampFromIso(scalar(QStringLiteral("SELECT next_follow_up FROM lead_scores WHERE lead_id = ?"), { leadId }));
    }

    tasks::Task add(const QString& title, const QDateTime& due, tasks::Subject subject = tasks::Subject::None, qint64 subjectId = 0)
    {
        tasks::Task t;
        t.title = title;
        t.dueAt = due;
        t.subject = subject;
        t.subjectId = subjectId;
        auto created = tasks->create(t);
        REQUIRE(created);
        return *created;
    }

    QList<storage::AuditEntry> audit(qint64 id)
    {
        auto h = storage::AuditLog(*db).history(QStringLiteral("task"), id);
        REQUIRE(h);
        return *h;
    }
};

inline QStringList titles(const QList<tasks::Task>& list)
{
    QStringList out;
    for (const tasks::Task& t : list)
        out << t.title;
    return out;
}

} // namespace peyvand::test
