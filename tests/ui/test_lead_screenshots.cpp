// Hidden test case ([.screenshots]) rendering the leads screens to PNG files
// for a human to look at:
//   PEYVAND_SHOTS=/tmp/shots ./test_ui "[.screenshots]"
#include "LeadTestSupport.h"

#include "LeadFormDialog.h"
#include "LeadListPage.h"
#include "LeadPage.h"
#include "LeadsSection.h"
#include "MainWindow.h"
#include "ScoringSettingsTab.h"
#include "SettingsPage.h"
#include "leads/LeadService.h"
#include "tasks/TaskService.h"

#include <QDir>

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
} // namespace

TEST_CASE("Screenshots of the lead list, funnel, lead page, lead form and scoring settings", "[.screenshots]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        auto db = test::memoryDatabase();
        ui::MainWindow window(*db);
        leads::LeadService& service = window.leads()->service();
        const qint64 best = test::addDemoLeads(service);
        REQUIRE(service.setOverride(best + 4, 72, u8("مدیرعامل تماس گرفت و دمو خواست")).hasValue());
        tasks::TaskService& tasks = window.leads()->taskService();
        const QDate today = QDate::currentDate();
        const auto followUp = [&](qint64 lead, const char* title, int days, int hour) {
            tasks::Task task;
            task.title = u8(title);
            task.dueAt = QDateTime(today.addDays(days), QTime(hour, 30)).toUTC();
            task.subject = tasks::Subject::Lead;
            task.subjectId = lead;
            REQUIRE(tasks.create(task).hasValue());
        };
        followUp(best, "ارسال پیش‌فاکتور نسخه‌ی سازمانی", 1, 10);
        followUp(best, "پیگیری تماس با مدیرعامل", 4, 11);
        followUp(best + 3, "جلسه‌ی حضوری در کارخانه", 2, 9);
        followUp(best + 6, "تماس برای دمو", -1, 14);
        window.resize(1400, 880);
        window.show();

        window.showLeads();
        save(window, QStringLiteral("leads-list-") + suffix);
        window.leads()->listPage()->showFunnel();
        save(window, QStringLiteral("leads-funnel-") + suffix);
        window.leads()->listPage()->showList();

        REQUIRE(window.showLead(best));
        save(window, QStringLiteral("lead-page-") + suffix);
        REQUIRE(window.showLead(best + 4));
        save(window, QStringLiteral("lead-page-override-") + suffix);

        ui::LeadFormDialog* form = window.leads()->editLead(best);
        REQUIRE(form);
        save(*form, QStringLiteral("lead-form-") + suffix);
        form->close();

        window.showSettings();
        window.settingsPage()->showTab(ui::SettingsPage::Tab::LeadScoring);
        save(window, QStringLiteral("scoring-settings-") + suffix);
        window.settingsPage()->showTab(ui::SettingsPage::Tab::Industries);
        save(window, QStringLiteral("industries-") + suffix);
    }
}
