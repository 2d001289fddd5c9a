// Hidden test cases ([.screenshots][reports]) rendering the dashboard and
// three reports, translated, to PNG files for a human to look at:
//   PEYVAND_SHOTS=docs/screenshots ./test_ui_reports "[.screenshots][reports]"
// (dashboard-fa.png, dashboard-en.png, report-sales-{fa,en}.png,
// report-trend-{fa,en}.png, report-rfm-{fa,en}.png).
#include "ReportUiFixture.h"
#include "UiTestSupport.h"

#include "DashboardPage.h"
#include "MainWindow.h"
#include "ReportPeriodBar.h"
#include "ReportsPage.h"
#include "reports/SalesTargets.h"

#include <QDir>

using namespace peyvand;
using namespace peyvand::reports;

namespace {
void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    test::settle(50);
    CHECK(widget.grab().save(dir + QLatin1Char('/') + name, "PNG"));
}
} // namespace

TEST_CASE("Screenshots of the dashboard and three reports", "[.screenshots][reports]")
{
    test::ReportUiFixture f(400);
    reports::SalesTargets targets(*f.db, f.clock);
    for (int month = 1; month <= 12; ++month)
        REQUIRE(targets.set(QStringLiteral("1404-%1").arg(month, 2, 10, QLatin1Char('0')), Money::fromRial(280'000'000 + month * 5'000'000)));
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = lang == i18n::Language::Persian ? QStringLiteral("fa") : QStringLiteral("en");
        ui::MainWindow window(*f.db);
        window.dashboardPage()->setClock(&f.clock);
        window.reportsPage()->setClock(&f.clock);
        window.resize(1360, 860);
        window.show();
        window.showDashboard();
        window.dashboardPage()->refresh();
        window.dashboardPage()->waitForRefresh();
        save(window, QStringLiteral("dashboard-%1.png").arg(suffix));

        const QList<std::pair<ReportId, QString>> shots { { ReportId::SalesByPeriod, QStringLiteral("sales") },
                                                          { ReportId::Trend, QStringLiteral("trend") },
                                                          { ReportId::Rfm, QStringLiteral("rfm") } };
        for (const auto& [id, name] : shots) {
            window.showReports();
            window.reportsPage()->openReport(id, PeriodPreset::ThisYear);
            window.reportsPage()->waitForRun();
            save(window, QStringLiteral("report-%1-%2.png").arg(name, suffix));
        }
        window.close();
    }
}
