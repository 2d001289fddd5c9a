// Hidden test case ([.screenshots]) rendering the pipeline board and the
// Today panel with realistic demo deals and tasks, translated, to PNG files:
//   PEYVAND_SHOTS=docs/screenshots ./test_ui "[.screenshots][pipeline]"
// (pipeline-board-fa.png, pipeline-board-en.png, today-fa.png, today-en.png,
// plus the deal and task dialogs and the stage settings for a closer look).
#include "UiTestSupport.h"

#include "DealFormDialog.h"
#include "MainWindow.h"
#include "PipelineBoard.h"
#include "PipelinePage.h"
#include "ReminderNotifiers.h"
#include "ReminderService.h"
#include "SettingsPage.h"
#include "TaskFormDialog.h"
#include "TasksPage.h"
#include "customers/CustomerService.h"

#include <QApplication>
#include <QDir>
#include <QTranslator>

using namespace peyvand;
using peyvand::test::u8;

namespace {
void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    test::settle(50);
    CHECK(widget.grab().save(dir + QLatin1Char('/') + name, "PNG"));
}


struct DemoDeal {
    const char* title;
    const char* customer;
    qint64 rial;
    const char* stage;
    int closeInDays;
    const char* owner;
};

void fillDemo(ui::MainWindow& window)
{
    ui::PipelineServices& services = window.pipelineServices();
    QHash<QString, qint64> customerIds;
    for (const char* name : { "شرکت فناوران پارس", "بازرگانی نگین شرق", "کلینیک دندان‌پزشکی لبخند", "هتل آفتاب کیش",
                              "دفتر حقوقی عدالت", "فروشگاه‌های زنجیره‌ای سپید", "مهندسی سازه‌گستر", "علی کریمی" })
        customerIds.insert(u8(name), test::addCustomer(window.service(), u8(name)).id);
    QHash<QString, qint64> stageIds;
    for (const pipeline::Stage& stage : services.deals.stages().valueOr({}))
        stageIds.insert(stage.key, stage.id);

    const QList<DemoDeal> deals {
        { "ارتقای شبکه دفتر مرکزی", "شرکت فناوران پارس", 850000000, "quote_sent", 15, "سارا احمدی" },
        { "۲۰ دستگاه لپ‌تاپ اداری", "بازرگانی نگین شرق", 1900000000, "negotiation", 8, "رضا موسوی" },
        { "نرم‌افزار نوبت‌دهی", "کلینیک دندان‌پزشکی لبخند", 120000000, "first_contact", 40, "سارا احمدی" },
        { "دوربین‌های مداربسته", "هتل آفتاب کیش", 340000000, "needs_analysis", 25, "رضا موسوی" },
        { "طراحی وب‌سایت", "دفتر حقوقی عدالت", 95000000, "needs_analysis", 30, "مریم صادقی" },
        { "تجهیزات صندوق فروشگاه", "فروشگاه‌های زنجیره‌ای سپید", 275000000, "first_contact", 60, "مریم صادقی" },
        { "کابل‌کشی ساختمان جدید", "مهندسی سازه‌گستر", 410000000, "quote_sent", 20, "رضا موسوی" },
        { "قرارداد پشتیبانی سالانه", "شرکت فناوران پارس", 480000000, "won", -5, "سارا احمدی" },
        { "سرور ذخیره‌سازی", "علی کریمی", 620000000, "lost", -12, "مریم صادقی" },
    };
    const QDate today = services.clock.today();
    QHash<QString, qint64> dealIds;
    for (const DemoDeal& demo : deals) {
        pipeline::Deal draft;
        draft.title = u8(demo.title);
        draft.customerId = customerIds.value(u8(demo.customer));
        draft.amount = Money::fromRial(demo.rial);
        draft.stageId = stageIds.value(QString::fromLatin1(demo.stage));
        draft.expectedClose = today.addDays(demo.closeInDays);
        draft.owner = u8(demo.owner);
        const Result<pipeline::Deal> created = services.deals.create(draft);
        REQUIRE(created.hasValue());
        dealIds.insert(draft.title, created->id);
    }

    const auto task = [&](const char* title, int days, int hour, int minute, tasks::Subject subject, qint64 id) {
        tasks::Task draft;
        draft.title = u8(title);
        draft.dueAt = QDateTime(today.addDays(days), QTime(hour, minute)).toUTC();
        draft.subject = subject;
        draft.subjectId = id;
        const Result<tasks::Task> created = services.tasks.create(draft);
        REQUIRE(created.hasValue());
        return *created;
    };
    using S = tasks::Subject;
    task("پیگیری پیش‌فاکتور شبکه", -2, 10, 0, S::Customer, customerIds.value(u8("شرکت فناوران پارس")));
    task("ارسال نمونه قرارداد", -1, 16, 30, S::Deal, dealIds.value(u8("۲۰ دستگاه لپ‌تاپ اداری")));
    task("تماس با مدیر خرید", 0, 0, 5, S::Customer, customerIds.value(u8("بازرگانی نگین شرق")));
    task("جلسه بررسی نیازها", 0, 23, 0, S::Customer, customerIds.value(u8("هتل آفتاب کیش")));
    task("ارسال کاتالوگ دوربین‌ها", 0, 23, 30, S::Deal, dealIds.value(u8("دوربین‌های مداربسته")));
    task("دموی نرم‌افزار نوبت‌دهی", 2, 11, 0, S::Customer, customerIds.value(u8("کلینیک دندان‌پزشکی لبخند")));
    task("بازدید از ساختمان", 3, 9, 30, S::Deal, dealIds.value(u8("کابل‌کشی ساختمان جدید")));
    task("تمدید قرارداد پشتیبانی", 5, 14, 0, S::Customer, customerIds.value(u8("شرکت فناوران پارس")));
    task("گزارش ماهانه فروش", 6, 17, 0, S::None, 0);
    task("پیگیری پرداخت", 12, 10, 0, S::Customer, customerIds.value(u8("علی کریمی")));
    task("تماس دوباره", 18, 10, 0, S::Customer, customerIds.value(u8("دفتر حقوقی عدالت")));
}
} // namespace

TEST_CASE("Screenshots of the pipeline board and the Today panel", "[.screenshots][pipeline]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        auto db = test::memoryDatabase();
        ui::MainWindow window(*db);
        fillDemo(window);
        window.show();

        REQUIRE(window.showPage(QStringLiteral("pipeline")));
        window.pipelinePage()->refresh();
        save(window, QStringLiteral("pipeline-board-") + suffix);
        window.pipelinePage()->setView(ui::PipelinePage::View::List);
        save(window, QStringLiteral("pipeline-list-") + suffix);
        window.pipelinePage()->setView(ui::PipelinePage::View::Board);

        REQUIRE(window.showPage(QStringLiteral("tasks")));
        window.tasksPage()->refresh();
        save(window, QStringLiteral("today-") + suffix);

        // The reminders of the overdue tasks, in the bar used when there is no system tray.
        window.showPage(QStringLiteral("pipeline"));
        ui::ReminderService* reminders = window.startReminders(window.reminderBar());
        save(window, QStringLiteral("reminder-bar-") + suffix);
        reminders->stop();
        window.reminderBar()->dismiss();

        ui::DealFormDialog* deal = window.pipelinePage()->editDeal(
            window.pipelineServices().deals.list().valueOr({}).value(0).deal.id);
        REQUIRE(deal);
        save(*deal, QStringLiteral("deal-dialog-") + suffix);
        deal->reject();
        ui::TaskFormDialog* task = window.tasksPage()->newTask();
        save(*task, QStringLiteral("task-dialog-") + suffix);
        task->reject();

        window.showSettings();
        window.settingsPage()->showTab(ui::SettingsPage::Tab::PipelineStages);
        save(window, QStringLiteral("settings-stages-") + suffix);
        test::settle();
    }
}
