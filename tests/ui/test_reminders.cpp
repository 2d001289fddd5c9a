#include "PipelineTestSupport.h"

#include "MainWindow.h"
#include "ReminderNotifier.h"
#include "ReminderNotifiers.h"
#include "ReminderService.h"
#include "TasksPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace peyvand;
using peyvand::test::u8;

namespace {
struct Shown {
    QString title;
    QString text;
};

class RecordingNotifier final : public ui::ReminderNotifier {
public:
    void notify(const QString& title, const QString& text) override { shown.append({ title, text }); }
    QList<Shown> shown;
};

QDateTime at(const test::PipelineFixture& f, int days, int hour, int minute = 0)
{
    return test::PipelineFixture::localTime(f.today().addDays(days), QTime(hour, minute));
}
} // namespace

TEST_CASE("Reminders show each due task once", "[ui][reminders]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f; // now: 10:00
    const customers::Customer karimi = f.customer(QStringLiteral("Ali Karimi"));
    f.task(QStringLiteral("Call Karimi"), at(f, 0, 10, 10), tasks::Subject::Customer, karimi.id);
    f.task(QStringLiteral("Send the catalogue"), at(f, 0, 11));
    RecordingNotifier notifier;
    ui::ReminderService reminders(f.services->tasks, notifier, f.clock);
    QSignalSpy reminded(&reminders, &ui::ReminderService::reminded);

    reminders.start();
    CHECK(reminders.isRunning());
    CHECK(reminders.timer()->interval() == 30000);
    CHECK(notifier.shown.isEmpty()); // nothing is due yet

    f.clock.advanceSeconds(10 * 60); // 10:10
    CHECK(reminders.checkNow() == 1);
    REQUIRE(notifier.shown.size() == 1);
    CHECK(notifier.shown.first().title == QStringLiteral("Call Karimi"));
    CHECK(notifier.shown.first().text.contains(QStringLiteral("Ali Karimi")));
    CHECK_FALSE(notifier.shown.first().text.contains(QStringLiteral("Missed")));
    REQUIRE(reminded.count() == 1);

    SECTION("not again at the next check")
    {
        f.clock.advanceSeconds(30);
        CHECK(reminders.checkNow() == 0);
        CHECK(notifier.shown.size() == 1);
    }
    SECTION("the next task when its time comes")
    {
        f.clock.set(at(f, 0, 11));
        CHECK(reminders.checkNow() == 1);
        REQUIRE(notifier.shown.size() == 2);
        CHECK(notifier.shown.last().title == QStringLiteral("Send the catalogue"));
    }
    SECTION("a task done before its time is never reminded")
    {
        const tasks::Task later = f.task(QStringLiteral("Later"), at(f, 0, 12));
        REQUIRE(f.services->tasks.setDone(later.id).hasValue());
        f.clock.set(at(f, 0, 13));
        CHECK(reminders.checkNow() == 1); // only "Send the catalogue"
        CHECK(notifier.shown.last().title == QStringLiteral("Send the catalogue"));
    }
    SECTION("the timer runs the check")
    {
        f.clock.set(at(f, 0, 11));
        CHECK(QMetaObject::invokeMethod(reminders.timer(), "timeout", Qt::DirectConnection));
        CHECK(notifier.shown.size() == 2);
    }
    reminders.stop();
    CHECK_FALSE(reminders.isRunning());
}

TEST_CASE("On start, tasks that fell due while Peyvand was closed are shown as missed", "[ui][reminders]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    f.task(QStringLiteral("Yesterday's call"), at(f, -1, 15));
    f.task(QStringLiteral("Early visit"), at(f, 0, 8));
    RecordingNotifier notifier;
    ui::ReminderService reminders(f.services->tasks, notifier, f.clock);
    reminders.start();
    REQUIRE(notifier.shown.size() == 2);
    CHECK(notifier.shown.at(0).title == QStringLiteral("Yesterday's call")); // oldest first
    CHECK(notifier.shown.at(0).text.contains(QStringLiteral("Missed while Peyvand was closed")));
    CHECK(notifier.shown.at(1).title == QStringLiteral("Early visit"));

    // Another start (the next session) does not show them again.
    RecordingNotifier again;
    ui::ReminderService next(f.services->tasks, again, f.clock);
    next.start();
    CHECK(again.shown.isEmpty());
}

TEST_CASE("Many tasks due at once make one summary", "[ui][reminders]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    for (int i = 1; i <= 5; ++i)
        f.task(QStringLiteral("Task %1").arg(i), at(f, 0, 9, i));
    RecordingNotifier notifier;
    ui::ReminderService reminders(f.services->tasks, notifier, f.clock);
    CHECK(reminders.checkNow() == 5);
    REQUIRE(notifier.shown.size() == 1);
    CHECK(notifier.shown.first().title == QStringLiteral("5 tasks are due"));
    CHECK(notifier.shown.first().text.contains(QStringLiteral("Task 1")));
    CHECK(notifier.shown.first().text.contains(QStringLiteral("Task 3")));
    CHECK_FALSE(notifier.shown.first().text.contains(QStringLiteral("Task 4")));
    CHECK(notifier.shown.first().text.contains(QStringLiteral("and 2 more")));
    CHECK(reminders.checkNow() == 0);
}

TEST_CASE("Without a tray the reminders show in a bar that opens the tasks", "[ui][reminders][window]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    window.show();
    ui::ReminderBar* bar = window.reminderBar();
    REQUIRE(bar);
    CHECK(bar->isHidden());

    bar->notify(QStringLiteral("Call Karimi"), QStringLiteral("Due 1403/12/20 10:10"));
    CHECK_FALSE(bar->isHidden());
    CHECK(bar->messageLabel()->text().contains(QStringLiteral("Call Karimi")));
    bar->notify(QStringLiteral("Visit"), QStringLiteral("Due soon"));
    CHECK(bar->messageLabel()->text().contains(QStringLiteral("Call Karimi")));
    CHECK(bar->messageLabel()->text().contains(QStringLiteral("Visit")));

    window.showCustomerList();
    bar->openButton()->click();
    CHECK(bar->isHidden());
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Tasks);
    CHECK(window.tasksPage()->isVisible());
    bar->notify(QStringLiteral("Next"), QStringLiteral("Due"));
    CHECK_FALSE(bar->messageLabel()->text().contains(QStringLiteral("Visit"))); // dismissed ones are gone
}

TEST_CASE("The window starts the reminders once, through the notifier given", "[ui][reminders][window]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    tasks::Task draft;
    draft.title = QStringLiteral("Overdue call");
    draft.dueAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    REQUIRE(window.pipelineServices().tasks.create(draft).hasValue());
    RecordingNotifier notifier;
    ui::ReminderService* reminders = window.startReminders(&notifier);
    REQUIRE(reminders);
    CHECK(window.startReminders(&notifier) == reminders);
    CHECK(reminders->isRunning());
    REQUIRE(notifier.shown.size() == 1);
    CHECK(notifier.shown.first().title == QStringLiteral("Overdue call"));
    reminders->stop();
}
