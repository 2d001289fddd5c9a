// The item models of the leads area under QAbstractItemModelTester.
#include "LeadTestSupport.h"

#include "BudgetTierModel.h"
#include "FunnelModel.h"
#include "LeadDisplay.h"
#include "LeadListModel.h"
#include "LeadTasksModel.h"
#include "OptionPointsModel.h"
#include "ScoreBreakdownModel.h"
#include "ScoreHistoryModel.h"
#include "leads/LeadQuery.h"
#include "leads/LeadService.h"

#include <QAbstractItemModelTester>

using namespace peyvand;
using peyvand::test::u8;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

struct Leads {
    std::unique_ptr<storage::Database> db = test::memoryDatabase();
    leads::LeadService service { *db };
    leads::LeadQuery query { *db };
};
} // namespace

TEST_CASE("The lead list pages through the priority queue and sorts by SQL", "[ui][leads][models]")
{
    test::UiLanguage language(i18n::Language::English);
    Leads f;
    const int total = ui::LeadListModel::kPageSize + 30;
    for (int i = 0; i < total; ++i)
        test::addHotLead(f.service, QStringLiteral("Lead %1").arg(i, 3, 10, QLatin1Char('0')));
    const leads::Lead warm = test::addWarmLead(f.service);
    ui::LeadListModel model(f.query);
    QAbstractItemModelTester tester(&model, kFatal);

    leads::LeadFilter queue;
    queue.qualifiedOnly = true;
    model.setFilter(queue, leads::LeadSort::Priority);
    CHECK(model.rowCount() == ui::LeadListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == total); // the warm lead is not qualified
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowOf(warm.id) == -1);

    model.setFilter(leads::LeadFilter {}, leads::LeadSort::NameAsc);
    model.fetchMore({});
    CHECK(model.rowCount() == total + 1);
    CHECK(model.index(0, ui::LeadListModel::NameColumn).data().toString() == QStringLiteral("Lead 000"));
    CHECK(model.index(0, ui::LeadListModel::ScoreColumn).data(ui::LeadListModel::SortRole).toInt() == 95);
    CHECK(model.index(0, ui::LeadListModel::ScoreColumn).data(ui::LeadListModel::BandRole).toInt()
          == int(leads::Band::Hot));
    CHECK(model.index(0, ui::LeadListModel::ScoreColumn).data(Qt::DecorationRole).canConvert<QIcon>());
    CHECK(model.index(0, ui::LeadListModel::StatusColumn).data().toString() == leads::displayName(leads::LeadStatus::New));
    CHECK(model.index(0, ui::LeadListModel::SourceColumn).data().toString() == leads::displayName(leads::LeadSource::Referral));
    CHECK(test::plain(model.index(0, ui::LeadListModel::BestTimeColumn).data()) == QStringLiteral("mornings 9-11"));
    CHECK(model.headerData(ui::LeadListModel::FollowUpColumn, Qt::Horizontal).toString() == QStringLiteral("Next follow-up"));

    model.sort(ui::LeadListModel::ScoreColumn, Qt::DescendingOrder);
    CHECK(model.sortOrder() == leads::LeadSort::Priority);
    model.fetchMore({});
    CHECK(model.index(model.rowCount() - 1, 0).data(ui::LeadListModel::IdRole).toLongLong() == warm.id);
    model.sort(ui::LeadListModel::ScoreColumn, Qt::AscendingOrder); // lowest first
    CHECK(model.isReversed());
    CHECK(model.headerOrder() == Qt::AscendingOrder);
    CHECK(model.index(0, 0).data(ui::LeadListModel::IdRole).toLongLong() == warm.id);
    model.sort(ui::LeadListModel::StatusColumn, Qt::AscendingOrder);
    CHECK(model.sortOrder() == leads::LeadSort::StatusAsc);
    CHECK_FALSE(model.isReversed());
    CHECK(ui::LeadListModel::columnForSort(leads::LeadSort::NextFollowUpAsc) == ui::LeadListModel::FollowUpColumn);
}

TEST_CASE("The lead list shows Persian digits in Persian", "[ui][leads][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    Leads f;
    test::addHotLead(f.service, u8("سارا احمدی"));
    ui::LeadListModel model(f.query);
    QAbstractItemModelTester tester(&model, kFatal);
    model.setFilter({}, leads::LeadSort::Priority);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::LeadListModel::ScoreColumn).data().toString() == u8("۹۵"));
    CHECK(test::plain(model.index(0, ui::LeadListModel::BestTimeColumn).data()) == u8("mornings ۹-۱۱"));
}

TEST_CASE("The breakdown lists every criterion and a total row equal to the score", "[ui][leads][models]")
{
    test::UiLanguage language(i18n::Language::English);
    Leads f;
    const leads::Lead hot = test::addHotLead(f.service);
    ui::ScoreBreakdownModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    const leads::ScoringProfile profile = leads::ScoringProfile::defaults();
    model.setBreakdown(hot.breakdown, hot.score, profile);
    REQUIRE(model.rowCount() == hot.breakdown.size() + 1);
    int sum = 0;
    for (int row = 0; row + 1 < model.rowCount(); ++row) {
        CHECK_FALSE(model.index(row, 0).data(ui::ScoreBreakdownModel::TotalRowRole).toBool());
        sum += model.index(row, 0).data(ui::ScoreBreakdownModel::PointsRole).toInt();
        CHECK_FALSE(model.index(row, ui::ScoreBreakdownModel::ReasonColumn).data().toString().isEmpty());
    }
    const int last = model.rowCount() - 1;
    CHECK(model.isTotalRow(last));
    CHECK(sum == hot.score);
    CHECK(model.index(last, ui::ScoreBreakdownModel::PointsColumn).data().toString() == QStringLiteral("95"));
    CHECK(model.index(last, ui::ScoreBreakdownModel::CriterionColumn).data().toString() == QStringLiteral("Total"));
    CHECK(model.index(0, ui::ScoreBreakdownModel::CriterionColumn).data().toString() == QStringLiteral("Budget"));
    CHECK(model.index(0, ui::ScoreBreakdownModel::PointsColumn).data().toString() == QStringLiteral("+25"));
    CHECK(model.index(0, ui::ScoreBreakdownModel::CriterionColumn).data(ui::ScoreBreakdownModel::CriterionRole)
          == QStringLiteral("budget"));

    model.setBreakdown({}, 0, profile);
    CHECK(model.rowCount() == 1); // the total alone
}

TEST_CASE("The score history says why, old → new and which criteria moved", "[ui][leads][models]")
{
    test::UiLanguage language(i18n::Language::English);
    Leads f;
    leads::Lead lead = test::addWarmLead(f.service);
    REQUIRE(f.service.setOverride(lead.id, 80, QStringLiteral("CEO asked for a demo")).hasValue());
    lead.need = leads::Need::Clear;
    REQUIRE(f.service.update(lead).hasValue());
    const Result<QList<leads::ScoreChange>> history = f.service.scoreHistory(lead.id);
    REQUIRE(history.hasValue());
    ui::ScoreHistoryModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setHistory(*history, leads::ScoringProfile::defaults());
    REQUIRE(model.rowCount() == history->size());
    REQUIRE(model.rowCount() >= 2);
    const int created = model.rowCount() - 1; // newest first
    CHECK(model.index(created, ui::ScoreHistoryModel::CauseColumn).data().toString()
          == leads::displayName(leads::ScoreChangeCause::Created));
    CHECK(model.index(created, ui::ScoreHistoryModel::ChangeColumn).data().toString() == QStringLiteral("49"));
    bool sawOverride = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ui::ScoreHistoryModel::SortRole + 0).toString().isEmpty())
            FAIL("every change has a time");
        if (model.index(row, ui::ScoreHistoryModel::CauseColumn).data().toString()
            == leads::displayName(leads::ScoreChangeCause::Override)) {
            sawOverride = true;
            CHECK(model.index(row, ui::ScoreHistoryModel::ChangeColumn).data().toString() == QStringLiteral("49 → 80"));
            CHECK(test::plain(model.index(row, ui::ScoreHistoryModel::NoteColumn).data())
                  == QStringLiteral("CEO asked for a demo"));
        }
    }
    CHECK(sawOverride);
}

TEST_CASE("The funnel tables show counts, per-mille rates as percentages and a total row", "[ui][leads][models]")
{
    leads::FunnelRow farvardin;
    farvardin.jalaliYear = 1404;
    farvardin.jalaliMonth = 1;
    farvardin.leads = 8;
    farvardin.qualified = 3;
    farvardin.converted = 1;
    leads::FunnelRow ordibehesht { 1404, 2, std::nullopt, 0, 0, 0 };
    leads::FunnelRow total { 0, 0, std::nullopt, 8, 3, 1 };
    ui::FunnelModel months(ui::FunnelModel::Grouping::Month);
    QAbstractItemModelTester tester(&months, kFatal);
    months.setRows({ farvardin, ordibehesht }, total);
    REQUIRE(months.rowCount() == 3);
    SECTION("English")
    {
        test::UiLanguage language(i18n::Language::English);
        CHECK(months.index(0, ui::FunnelModel::GroupColumn).data().toString() == QStringLiteral("Farvardin 1404"));
        CHECK(months.index(0, ui::FunnelModel::QualifiedRateColumn).data().toString() == QStringLiteral("37.5%"));
        CHECK(months.index(0, ui::FunnelModel::ConvertedRateColumn).data().toString() == QStringLiteral("12.5%"));
        CHECK(months.index(1, ui::FunnelModel::QualifiedRateColumn).data().toString() == QStringLiteral("0%"));
        CHECK(months.index(2, ui::FunnelModel::GroupColumn).data().toString() == QStringLiteral("Total"));
        CHECK(months.index(0, ui::FunnelModel::GroupColumn).data(ui::FunnelModel::SortRole).toString()
              == QStringLiteral("1404-01"));
    }
    SECTION("Persian digits and percent sign")
    {
        test::UiLanguage language(i18n::Language::Persian);
        CHECK(months.index(0, ui::FunnelModel::QualifiedRateColumn).data().toString() == u8("۳۷٫۵٪"));
        CHECK(months.index(0, ui::FunnelModel::LeadsColumn).data().toString() == u8("۸"));
        CHECK(months.index(0, ui::FunnelModel::GroupColumn).data().toString().contains(u8("فروردین")));
    }
    ui::FunnelModel sources(ui::FunnelModel::Grouping::Source);
    QAbstractItemModelTester sourceTester(&sources, kFatal);
    leads::FunnelRow referral { 0, 0, leads::LeadSource::Referral, 4, 4, 2 };
    sources.setRows({ referral }, referral);
    test::UiLanguage language(i18n::Language::English);
    CHECK(sources.index(0, ui::FunnelModel::GroupColumn).data().toString() == leads::displayName(leads::LeadSource::Referral));
    CHECK(sources.index(0, ui::FunnelModel::QualifiedRateColumn).data().toString() == QStringLiteral("100%"));
    CHECK(sources.index(0, ui::FunnelModel::ConvertedRateColumn).data().toString() == QStringLiteral("50%"));
}

TEST_CASE("LeadDisplay writes signed points and per-mille rates", "[ui][leads][models]")
{
    test::UiLanguage language(i18n::Language::English);
    CHECK(ui::LeadDisplay::points(25) == QStringLiteral("+25"));
    CHECK(ui::LeadDisplay::points(-10) == QString(QChar(0x2212)) + QStringLiteral("10"));
    CHECK(ui::LeadDisplay::points(0) == QStringLiteral("0"));
    CHECK(ui::LeadDisplay::perMille(1000) == QStringLiteral("100%"));
    CHECK(ui::LeadDisplay::perMille(5) == QStringLiteral("0.5%"));
    CHECK(ui::LeadDisplay::bandColor(leads::Band::Hot) != ui::LeadDisplay::bandColor(leads::Band::Cold));
}

TEST_CASE("The lead's tasks mark the overdue ones", "[ui][leads][models]")
{
    test::UiLanguage language(i18n::Language::English);
    const QDateTime now(QDate(2025, 3, 21), QTime(12, 0), Qt::UTC);
    tasks::Task overdue;
    overdue.id = 1;
    overdue.title = QStringLiteral("Call back");
    overdue.dueAt = now.addDays(-1);
    tasks::Task later;
    later.id = 2;
    later.title = QStringLiteral("Send the pre-invoice");
    later.dueAt = now.addDays(2);
    ui::LeadTasksModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setTasks({ overdue, later }, now);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, 0).data(ui::LeadTasksModel::OverdueRole).toBool());
    CHECK(model.index(0, ui::LeadTasksModel::DueColumn).data().toString().contains(QStringLiteral("overdue")));
    CHECK_FALSE(model.index(1, 0).data(ui::LeadTasksModel::OverdueRole).toBool());
    CHECK(test::plain(model.index(1, ui::LeadTasksModel::TitleColumn).data()) == QStringLiteral("Send the pre-invoice"));
    CHECK(model.index(1, 0).data(ui::LeadTasksModel::IdRole).toLongLong() == 2);
    model.setTasks({}, now);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Budget tiers are edited in place, amounts in any digits", "[ui][leads][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    ui::BudgetTierModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setTiers(leads::ScoringProfile::defaults().budgetTiers);
    const int tiers = model.rowCount();
    REQUIRE(tiers == 4);
    CHECK(model.setData(model.index(1, ui::BudgetTierModel::MinimumColumn), u8("۲۰۰٬۰۰۰٬۰۰۰")));
    CHECK(model.tiers().at(1).minRial == 200'000'000);
    CHECK_FALSE(model.setData(model.index(1, ui::BudgetTierModel::MinimumColumn), QStringLiteral("lots")));
    CHECK(model.tiers().at(1).minRial == 200'000'000);
    CHECK(model.setData(model.index(1, ui::BudgetTierModel::PointsColumn), 18));
    CHECK(model.tiers().at(1).points == 18);
    CHECK(model.index(1, ui::BudgetTierModel::PointsColumn).data().toString() == u8("+۱۸"));
    const int added = model.addTier();
    CHECK(added == tiers);
    CHECK(model.tiers().at(added).minRial == 4'000'000'000); // above the highest tier
    model.removeTier(0);
    CHECK(model.rowCount() == tiers);
    model.removeTier(99);
    CHECK(model.rowCount() == tiers);
}

TEST_CASE("Option points: built-in options fixed, custom ones editable with new keys", "[ui][leads][models]")
{
    test::UiLanguage language(i18n::Language::English);
    SECTION("built-in")
    {
        ui::OptionPointsModel model(false);
        QAbstractItemModelTester tester(&model, kFatal);
        const leads::ChoiceCriterion timeline = leads::ScoringProfile::defaults().timeline;
        QList<ui::OptionPointsModel::Choice> choices;
        for (leads::Timeline t : leads::allTimelines())
            choices << ui::OptionPointsModel::Choice { leads::toKey(t), leads::displayName(t) };
        model.setBuiltin(choices, timeline.options);
        CHECK(model.rowCount() == choices.size());
        CHECK(model.options() == timeline.options); // unchanged: the same list back
        CHECK_FALSE(model.flags(model.index(0, ui::OptionPointsModel::OptionColumn)).testFlag(Qt::ItemIsEditable));
        CHECK_FALSE(model.setData(model.index(0, ui::OptionPointsModel::OptionColumn), QStringLiteral("x")));
        CHECK(model.setData(model.index(0, ui::OptionPointsModel::PointsColumn), 30));
        CHECK(model.options().first().points == 30);
        CHECK(model.addOption(QStringLiteral("x")) == -1);
        // An option of the profile that is no longer a choice is kept.
        model.setBuiltin(choices.mid(0, 2), timeline.options);
        CHECK(model.rowCount() == timeline.options.size());
        CHECK(model.options().size() == timeline.options.size());
    }
    SECTION("custom")
    {
        ui::OptionPointsModel model(true);
        QAbstractItemModelTester tester(&model, kFatal);
        model.setCustom({ { QStringLiteral("option_1"), 2, QStringLiteral("Small") } });
        const int row = model.addOption(QStringLiteral("Large"));
        CHECK(row == 1);
        CHECK(model.setData(model.index(row, ui::OptionPointsModel::PointsColumn), 10));
        CHECK(model.setData(model.index(row, ui::OptionPointsModel::OptionColumn), QStringLiteral("Very large")));
        const QList<leads::OptionPoints> options = model.options();
        REQUIRE(options.size() == 2);
        CHECK(options.at(1).option == QStringLiteral("option_2"));
        CHECK(options.at(1).label == QStringLiteral("Very large"));
        CHECK(options.at(1).points == 10);
        model.removeOption(0);
        CHECK(model.addOption(QStringLiteral("Medium")) == 1);
        CHECK(model.options().at(1).option == QStringLiteral("option_3")); // option_2 is taken
    }
}
