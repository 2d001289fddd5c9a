#include "ReportUiFixture.h"
#include "UiTestSupport.h"

#include "DashboardPage.h"
#include "Dialogs.h"
#include "ExportPolicy.h"
#include "FileDialogs.h"
#include "JalaliDateEdit.h"
#include "MainWindow.h"
#include "ReportCharts.h"
#include "ReportPeriodBar.h"
#include "ReportTableModel.h"
#include "ReportView.h"
#include "ReportsPage.h"
#include "SalesTargetsDialog.h"
#include "FieldFeedback.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QImage>
#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::reports;
using peyvand::test::u8;
using Language = text::jalali::Language;

namespace {

Report sampleReport()
{
    Report report;
    report.id = QStringLiteral("sample");
    report.title = QStringLiteral("Sample");
    ReportTable table;
    table.key = QStringLiteral("rows");
    table.title = QStringLiteral("Rows");
    table.columns = {
        { QStringLiteral("period"), QStringLiteral("Period"), ColumnKind::Period, false },
        { QStringLiteral("customer_id"), QStringLiteral("Id"), ColumnKind::Count, true },
        { QStringLiteral("sales"), QStringLiteral("Sales"), ColumnKind::Money, false },
        { QStringLiteral("low"), QStringLiteral("Low"), ColumnKind::Money, false },
        { QStringLiteral("high"), QStringLiteral("High"), ColumnKind::Money, false },
    };
    const QList<qint64> sales { 9'000'000, 120'000'000, 45'500'000 };
    QDate month = test::jalali(1404, 5, 1);
    for (int i = 0; i < sales.size(); ++i) {
        const PeriodBucket bucket = bucketOf(month, Grouping::Month);
        table.rows << QList<ReportCell> { bucket, qint64(i + 7), sales.at(i), sales.at(i) / 2, sales.at(i) * 2 };
        month = bucket.to.addDays(1);
    }
    table.totals = QList<ReportCell> { std::monostate {}, std::monostate {}, qint64(174'500'000), std::monostate {}, std::monostate {} };
    report.tables << table;
    report.figures << ReportFigure { QStringLiteral("sales"), QStringLiteral("Sales"), ColumnKind::Money, 174'500'000 };
    report.notes << QStringLiteral("Sales are invoices issued or settled.");
    return report;
}

ReportChart chartOf(ChartKind kind)
{
    ReportChart chart;
    chart.kind = kind;
    chart.title = QStringLiteral("Chart");
    chart.categoryColumn = 0;
    chart.valueColumns = { 2 };
    if (kind == ChartKind::Band) {
        chart.lowColumn = 3;
        chart.highColumn = 4;
    }
    if (kind == ChartKind::StackedBar)
        chart.valueColumns = { 3, 4 };
    return chart;
}

} // namespace

TEST_CASE("The report table model formats cells and sorts by the raw numbers", "[reports][ui]")
{
    test::UiLanguage language(i18n::Language::Persian);
    ui::ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(sampleReport().tables.first());
    ui::ReportSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == 4); // customer_id is hidden
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Sales"));
    CHECK(model.index(0, 0).data().toString() == u8("مرداد ۱۴۰۴"));
    CHECK(model.index(1, 1).data().toString() == u8("۱۲۰٬۰۰۰٬۰۰۰"));
    CHECK((model.index(1, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight));
    CHECK(model.index(3, 1).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.idAt(1, QStringLiteral("customer_id")) == 8);
    CHECK(model.idAt(3, QStringLiteral("customer_id")) == 0);

    // As text "۹٬۰۰۰٬۰۰۰" would sort after "۱۲۰٬…"; by number it is the smallest.
    proxy.sort(1, Qt::AscendingOrder);
    CHECK(proxy.index(0, 1).data().toString() == u8("۹٬۰۰۰٬۰۰۰"));
    CHECK(proxy.index(2, 1).data().toString() == u8("۱۲۰٬۰۰۰٬۰۰۰"));
    CHECK(proxy.index(3, 1).data(ui::ReportTableModel::TotalsRole).toBool());
    proxy.sort(1, Qt::DescendingOrder);
    CHECK(proxy.index(0, 1).data().toString() == u8("۱۲۰٬۰۰۰٬۰۰۰"));
    CHECK(proxy.index(3, 1).data(ui::ReportTableModel::TotalsRole).toBool());
}

TEST_CASE("Value axes get round ticks", "[reports][ui]")
{
    CHECK(ui::niceTicks(0, 95) == QList<double> { 0, 20, 40, 60, 80, 100 });
    CHECK(ui::niceTicks(0, 0).size() >= 2);
    const QList<double> negative = ui::niceTicks(-30, 70);
    CHECK(negative.first() <= -30);
    CHECK(negative.last() >= 70);
}

TEST_CASE("Charts of every kind are built with Persian labels in Persian", "[reports][ui][charts]")
{
    test::UiLanguage language(i18n::Language::Persian);
    const Report report = sampleReport();
    const QList<std::pair<ChartKind, int>> kinds { { ChartKind::Bar, 1 }, { ChartKind::StackedBar, 1 }, { ChartKind::Line, 1 },
                                                    { ChartKind::Pie, 1 }, { ChartKind::Donut, 1 }, { ChartKind::Band, 2 } };
    for (const auto& [kind, seriesCount] : kinds) {
        CAPTURE(int(kind));
        ui::ReportChartView view(report, chartOf(kind), Language::Persian);
        QChart* chart = view.chart();
        CHECK(view.layoutDirection() == Qt::LeftToRight);
        REQUIRE(chart->series().size() == seriesCount);
        if (kind == ChartKind::Pie || kind == ChartKind::Donut) {
            auto* pie = qobject_cast<QPieSeries*>(chart->series().first());
            REQUIRE(pie);
            CHECK(pie->count() == 3);
            CHECK(test::hasPersianDigits(pie->slices().first()->label()));
            CHECK_FALSE(test::hasLatinDigits(pie->slices().first()->label()));
            CHECK((pie->holeSize() > 0) == (kind == ChartKind::Donut));
            continue;
        }
        if (kind == ChartKind::Band)
            CHECK(qobject_cast<QAreaSeries*>(chart->series().first()));
        const auto vertical = chart->axes(Qt::Vertical);
        REQUIRE(vertical.size() == 1);
        auto* values = qobject_cast<QCategoryAxis*>(vertical.first());
        REQUIRE(values);
        REQUIRE(values->categoriesLabels().size() >= 2);
        for (const QString& label : values->categoriesLabels()) {
            CHECK(test::hasPersianDigits(label));
            CHECK_FALSE(test::hasLatinDigits(label));
        }
        auto* categories = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        REQUIRE(categories);
        CHECK(categories->categories() == QStringList { u8("مرداد"), u8("شهریور"), u8("مهر") });
        const QString hover = view.valueText(kind == ChartKind::Band ? 1 : 0, 1);
        CHECK(hover.contains(u8("شهریور")));
        CHECK(test::hasPersianDigits(hover));
    }
    ui::ReportChartView english(report, chartOf(ChartKind::Line), Language::English);
    auto* axis = qobject_cast<QCategoryAxis*>(english.chart()->axes(Qt::Vertical).first());
    REQUIRE(axis);
    CHECK(axis->categoriesLabels().contains(QStringLiteral("100,000,000")));
    CHECK(english.valueText(0, 0) == QStringLiteral("Mordad — Sales: 9,000,000"));
}

TEST_CASE("Every report opens through the reports page", "[reports][ui]")
{
    test::ReportUiFixture f;
    ui::ReportsPage page(*f.db);
    page.setClock(&f.clock);
    int shown = 0;
    for (ReportId id : allReports()) {
        CAPTURE(toKey(id));
        page.openReport(id);
        page.waitForRun();
        CHECK(page.currentReportId() == id);
        CHECK(page.periodBar()->isVisibleTo(&page) == usesPeriod(id));
        CHECK(page.targetsButton()->isVisibleTo(&page) == (id == ReportId::Trend));
        if (!page.report()) {
            CHECK_FALSE(page.errorText().isEmpty()); // shown in the page, not in a dialog
            CHECK(page.view()->tables().isEmpty());
            continue;
        }
        ++shown;
        CHECK(page.errorText().isEmpty());
        CHECK_FALSE(page.view()->tables().isEmpty());
        CHECK(page.view()->tables().size() == page.report()->tables.size());
        CHECK(page.view()->charts().size() == page.report()->charts.size());
        CHECK(page.view()->figureLabels().size() == page.report()->figures.size());
        for (ui::ReportTableModel* model : page.view()->models())
            QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    CHECK(shown == allReports().size()); // every builder has landed
    CHECK(ui::Dialogs::takeShownTexts().isEmpty());
}

TEST_CASE("The period bar builds requests and shows a wrong range next to the field", "[reports][ui]")
{
    test::UiLanguage language(i18n::Language::English);
    ui::ReportPeriodBar bar;
    bar.setToday(test::jalali(1404, 8, 20));
    bar.configure(ReportId::SalesByPeriod);
    CHECK(bar.groupingBox()->isVisibleTo(&bar));
    bar.configure(ReportId::SalesByProduct);
    CHECK_FALSE(bar.groupingBox()->isVisibleTo(&bar));

    bar.setPreset(PeriodPreset::LastMonth);
    auto request = bar.request();
    REQUIRE(request);
    CHECK(request->range == DateRange { test::jalali(1404, 7, 1), test::jalali(1404, 7, 30) });

    bar.setPreset(PeriodPreset::FiscalYear);
    CHECK(bar.yearBox()->isVisibleTo(&bar));
    bar.setFiscalYear(1403);
    request = bar.request();
    REQUIRE(request);
    CHECK(request->range == DateRange { test::jalali(1403, 1, 1), test::jalali(1403, 12, 30) });

    QSignalSpy changed(&bar, &ui::ReportPeriodBar::changed);
    bar.setPreset(PeriodPreset::Custom);
    CHECK(changed.count() == 1);
    CHECK(bar.fromEdit()->isVisibleTo(&bar));
    bar.fromEdit()->setDate(test::jalali(1404, 8, 10));
    bar.toEdit()->setDate(test::jalali(1404, 8, 1));
    const auto wrong = bar.request();
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().field == QStringLiteral("to"));
    bar.toEdit()->lineEdit()->setText(QStringLiteral("1404/13/40"));
    CHECK_FALSE(bar.request());
    bar.toEdit()->setDate(test::jalali(1404, 8, 15));
    request = bar.request();
    REQUIRE(request);
    CHECK(request->range.days() == 6);
}

TEST_CASE("A wrong custom range is shown on the reports page without running", "[reports][ui]")
{
    test::ReportUiFixture f(20);
    ui::ReportsPage page(*f.db);
    page.setClock(&f.clock);
    page.openReport(ReportId::SalesByPeriod);
    page.waitForRun();
    REQUIRE(page.report());
    page.periodBar()->setCustomRange({ test::jalali(1404, 8, 10), test::jalali(1404, 8, 1) });
    page.periodBar()->changed();
    CHECK_FALSE(page.periodBar()->errorLabel()->isHidden());
    CHECK_FALSE(page.periodBar()->errorLabel()->text().isEmpty());
}

TEST_CASE("Report tables and charts are exported, unless exports are switched off", "[reports][ui][export]")
{
    test::UiLanguage language(i18n::Language::Persian);
    QTemporaryDir dir;
    ui::ReportView view;
    QSignalSpy status(&view, &ui::ReportView::statusMessage);
    view.setReport(sampleReport());
    REQUIRE(view.tables().size() == 1);
    REQUIRE(view.notesLabel());
    CHECK(view.notesLabel()->text().contains(QStringLiteral("issued or settled")));

    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
    ui::FileDialogs::scriptPaths({ csv, xlsx, QString() });
    CHECK(view.exportTable(0, false));
    CHECK(view.exportTable(0, true));
    CHECK_FALSE(view.exportTable(0, true)); // cancelled
    CHECK(QFileInfo(csv).size() > 10);
    CHECK(QFileInfo(xlsx).size() > 100);
    CHECK(status.count() == 2);

    {
        ui::ReportView charts;
        Report report = sampleReport();
        report.charts << chartOf(ChartKind::Bar);
        charts.setReport(report);
        charts.resize(800, 600);
        REQUIRE(charts.charts().size() == 1);
        const QString png = dir.filePath(QStringLiteral("c.png"));
        ui::FileDialogs::scriptPaths({ png });
        CHECK(charts.saveChart(0));
        CHECK(QImage(png).width() > 10);
    }

    ui::ExportPolicy::instance().setAllowed(false, true);
    const QString refused = dir.filePath(QStringLiteral("refused.csv"));
    ui::FileDialogs::scriptPaths({ refused });
    CHECK_FALSE(view.exportTable(0, false));
    CHECK_FALSE(QFileInfo::exists(refused));
    ui::ExportPolicy::instance().setAllowed(true, true);
    ui::FileDialogs::scriptPaths({});
    ui::Dialogs::takeShownTexts();
}

TEST_CASE("Double-clicking a row with a customer asks to open that customer", "[reports][ui]")
{
    ui::ReportView view;
    QSignalSpy customers(&view, &ui::ReportView::openCustomerRequested);
    view.setReport(sampleReport());
    QTableView* table = view.tables().first();
    emit table->doubleClicked(table->model()->index(2, 0));
    REQUIRE(customers.count() == 1);
    CHECK(customers.first().first().toLongLong() == 9);
    emit table->doubleClicked(table->model()->index(3, 0)); // the totals row opens nothing
    CHECK(customers.count() == 1);
}

TEST_CASE("Dashboard comparisons read as arrows and percents", "[reports][ui][dashboard]")
{
    test::UiLanguage language(i18n::Language::English);
    CHECK(ui::DashboardPage::change(110, 100) == QStringLiteral("▲ 10 %"));
    CHECK(ui::DashboardPage::change(90, 120) == QStringLiteral("▼ 25 %"));
    CHECK(ui::DashboardPage::change(1, 3) == QStringLiteral("▼ 66.7 %"));
    CHECK(ui::DashboardPage::change(5, 0) == QStringLiteral("—"));
    CHECK(ui::DashboardPage::change(5, std::nullopt) == QStringLiteral("—"));
    test::UiLanguage persian(i18n::Language::Persian);
    CHECK(ui::DashboardPage::change(115, 100) == u8("▲ ۱۵٪"));
}

TEST_CASE("The dashboard is the home screen and a tile opens its report", "[reports][ui][dashboard]")
{
    test::ReportUiFixture f(60);
    ui::MainWindow window(*f.db);
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Dashboard);
    window.dashboardPage()->setClock(&f.clock);
    window.reportsPage()->setClock(&f.clock);
    window.dashboardPage()->refresh();
    window.dashboardPage()->waitForRefresh();
    CHECK(window.dashboardPage()->errorText().isEmpty());
    const auto tiles = window.dashboardPage()->tiles();
    REQUIRE_FALSE(tiles.isEmpty());
    ui::DashboardTileView* sales = nullptr;
    for (ui::DashboardTileView* tile : tiles)
        if (tile->tile().key == QStringLiteral("sales"))
            sales = tile;
    REQUIRE(sales);
    CHECK_FALSE(sales->valueLabel()->text().isEmpty());
    sales->click();
    window.reportsPage()->waitForRun();
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Reports);
    CHECK(window.reportsPage()->currentReportId() == sales->tile().report);
    CHECK(window.reportsPage()->periodBar()->preset() == sales->tile().preset);

    CHECK(window.showPage(QStringLiteral("dashboard")));
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Dashboard);
    CHECK(window.showReport(QStringLiteral("trend")));
    CHECK(window.reportsPage()->currentReportId() == ReportId::Trend);
    CHECK_FALSE(window.showReport(QStringLiteral("nonsense")));
}

TEST_CASE("On a fresh database the dashboard says so", "[reports][ui][dashboard]")
{
    auto db = test::memoryDatabase();
    ui::DashboardPage page(*db);
    page.refresh();
    page.waitForRefresh();
    CHECK(page.errorText().isEmpty());
    CHECK_FALSE(page.tiles().isEmpty());
    CHECK_FALSE(page.findChild<QLabel*>(QStringLiteral("dashboardEmpty"))->isHidden());
}

TEST_CASE("Targets are edited from the trend report, errors next to the field", "[reports][ui][targets]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ReportUiFixture f(30);
    ui::ReportsPage page(*f.db);
    page.setClock(&f.clock);
    page.openReport(ReportId::Trend, PeriodPreset::ThisYear);
    page.waitForRun();
    REQUIRE(page.report());
    ui::SalesTargetsDialog* dialog = page.editTargets();
    REQUIRE(dialog);
    CHECK(dialog->year() == 1404);
    REQUIRE(dialog->field(QStringLiteral("1404-07")));
    REQUIRE(dialog->field(QStringLiteral("1404-Q3")));
    dialog->field(QStringLiteral("1404-07"))->setText(u8("۲۵۰٬۰۰۰٬۰۰۰"));
    dialog->field(QStringLiteral("1404-Q3"))->setText(QStringLiteral("900,000,000"));
    dialog->field(QStringLiteral("1404-08"))->setText(QStringLiteral("lots"));
    CHECK_FALSE(dialog->save());
    CHECK_FALSE(dialog->feedback()->messageLabel(QStringLiteral("month8"))->isHidden());
    CHECK(dialog->feedback()->messageLabel(QStringLiteral("month7"))->isHidden());

    reports::SalesTargets targets(*f.db);
    CHECK(targets.get(QStringLiteral("1404-07")).value() == Money::fromRial(250'000'000));
    CHECK(targets.get(QStringLiteral("1404-Q3")).value() == Money::fromRial(900'000'000));
    dialog->field(QStringLiteral("1404-08"))->clear();
    CHECK(dialog->save());

    // Reopened, the saved targets are there; clearing one removes it.
    dialog->setYear(1403);
    CHECK(dialog->field(QStringLiteral("1403-07"))->text().isEmpty());
    dialog->setYear(1404);
    CHECK(dialog->field(QStringLiteral("1404-07"))->text() == QStringLiteral("250,000,000"));
    dialog->field(QStringLiteral("1404-07"))->clear();
    CHECK(dialog->save());
    CHECK_FALSE(targets.get(QStringLiteral("1404-07")).value());
    dialog->close();
}

TEST_CASE("A report is exported to PDF in the UI's language, unless exports are off", "[reports][ui][export][pdf]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::ReportUiFixture f;
    ui::ReportsPage page(*f.db);
    page.setClock(&f.clock);
    QTemporaryDir dir;
    CHECK_FALSE(page.pdfButton()->isEnabled()); // nothing shown yet
    for (ReportId id : { ReportId::SalesByPeriod, ReportId::Rfm, ReportId::Forecast }) {
        CAPTURE(toKey(id));
        page.openReport(id);
        page.waitForRun();
        REQUIRE(page.report());
        CHECK(page.pdfButton()->isEnabled());
        const QString pdf = dir.filePath(toKey(id) + QStringLiteral(".pdf"));
        ui::FileDialogs::scriptPaths({ pdf });
        CHECK(page.exportPdf());
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(4) == QByteArray("%PDF"));
    }
    ui::FileDialogs::scriptPaths({ QString() });
    CHECK_FALSE(page.exportPdf()); // cancelled

    ui::ExportPolicy::instance().setAllowed(false, true);
    CHECK_FALSE(page.pdfButton()->isEnabled());
    const QString refused = dir.filePath(QStringLiteral("refused.pdf"));
    ui::FileDialogs::scriptPaths({ refused });
    CHECK_FALSE(page.exportPdf());
    CHECK_FALSE(QFileInfo::exists(refused));
    ui::ExportPolicy::instance().setAllowed(true, true);
    CHECK(page.pdfButton()->isEnabled());
    ui::FileDialogs::scriptPaths({});
    ui::Dialogs::takeShownTexts();
}
