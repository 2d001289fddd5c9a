#pragma once

#include "UiTestSupport.h"

#include "PipelineServices.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "pipeline/DealService.h"
#include "tasks/TaskService.h"

#include <memory>

namespace peyvand::test {

// An in-memory database with the pipeline and task services on a fixed
// clock: "now" is 10:00 local time on 1403/12/20 (2025-03-10), a Monday.
struct PipelineFixture {
    PipelineFixture();

    static QDateTime localTime(QDate date, QTime time);
    QDate today() const { return clock.today(); }

    // The stage of a built-in key ("first_contact", "won", "lost", …).
    pipeline::Stage stage(const QString& key);
    customers::Customer customer(const QString& name);
    // Creates a deal through the service; fails the test when core refuses it.
    pipeline::Deal deal(const QString& title, qint64 amountRial, const QString& stageKey = QStringLiteral("first_contact"),
                        qint64 customerId = 0, QDate expectedClose = {}, const QString& owner = {});
    // Ids of the deals in a stage's column, in their order.
    QList<qint64> column(const QString& stageKey);
    tasks::Task task(const QString& title, const QDateTime& dueUtc, tasks::Subject subject = tasks::Subject::None,
                     qint64 subjectId = 0);

    std::unique_ptr<storage::Database> db;
    FixedClock clock;
    std::unique_ptr<ui::PipelineServices> services;
    std::unique_ptr<customers::CustomerService> customers;
};

} // namespace peyvand::test
