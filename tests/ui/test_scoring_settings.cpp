// Settings → Lead scoring and Industries.
#include "LeadTestSupport.h"

#include "BudgetTierModel.h"
#include "ChoiceCriterionBox.h"
#include "Dialogs.h"
#include "FileDialogs.h"
#include "IndustriesPanel.h"
#include "LeadRescoreJob.h"
#include "OptionPointsModel.h"
#include "ScoringProfileEditor.h"
#include "ScoringSettingsTab.h"
#include "SettingsPage.h"
#include "leads/LeadService.h"
#include "storage/Database.h"
#include "sales/CompanyProfileService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;

namespace {
struct ScoringFixture {
    std::unique_ptr<storage::Database> db = test::memoryDatabase();
    leads::LeadService service { *db };
    sales::CompanyProfileService profiles { *db };
    ui::SettingsPage page { profiles, QStringLiteral(":memory:") };
    ui::ScoringSettingsTab* tab = nullptr;
    QStringList statuses;

    ScoringFixture()
    {
        test::addHotLead(service);                       // 95
        test::addWarmLead(service);                      // 49
        test::addColdLead(service);                      // 0
        page.addLeadTabs(*db);
        tab = page.scoringTab();
        REQUIRE(tab);
        QObject::connect(&page, &ui::SettingsPage::statusMessage, [this](const QString& m) { statuses << m; });
        page.show();
        page.showTab(ui::SettingsPage::Tab::LeadScoring);
        test::settle();
    }

    ui::ScoringProfileEditor& editor() { return *tab->editor(); }
};
} // namespace

TEST_CASE("The scoring tab shows the stored profile and how many leads qualify", "[ui][scoring]")
{
    test::UiLanguage language(i18n::Language::English);
    ScoringFixture f;
    CHECK(f.page.currentTab() == ui::SettingsPage::Tab::LeadScoring);
    CHECK(f.page.tabs()->tabText(int(ui::SettingsPage::Tab::Industries)) == QStringLiteral("Industries"));
    CHECK(f.editor().profile() == leads::ScoringProfile::defaults());
    CHECK(f.tab->previewLabel()->text() == QStringLiteral("1 of 3 open leads would qualify"));
    CHECK_FALSE(f.tab->hasUnsavedChanges());
    CHECK_FALSE(f.tab->saveButton()->isEnabled());

    QAbstractItemModelTester tiers(f.editor().budgetModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.editor().budgetModel()->rowCount() == 4);
    CHECK(f.editor().criterionBox(QStringLiteral("timeline"))->model()->rowCount() == leads::allTimelines().size());
    // One row per industry of the list.
    CHECK(f.editor().criterionBox(QStringLiteral("industry"))->model()->rowCount()
          == f.service.industries().valueOr({}).size());

    SECTION("lowering the threshold updates the preview after a pause")
    {
        f.editor().thresholdBox()->setValue(40);
        CHECK(f.tab->hasUnsavedChanges());
        CHECK(f.tab->saveButton()->isEnabled());
        CHECK(f.tab->previewLabel()->text() == QStringLiteral("1 of 3 open leads would qualify")); // not yet
        test::settle(ui::ScoringSettingsTab::kPreviewDelayMs + 100);
        CHECK(f.tab->previewLabel()->text() == QStringLiteral("2 of 3 open leads would qualify"));
    }
    SECTION("an invalid profile has no preview")
    {
        f.editor().warmBox()->setValue(90); // above hot
        f.tab->updatePreview();
        CHECK(f.tab->previewLabel()->text().startsWith(QStringLiteral("Fix the profile")));
    }
}

TEST_CASE("Saving the profile rescores every lead (inline on an in-memory database)", "[ui][scoring]")
{
    test::UiLanguage language(i18n::Language::English);
    ScoringFixture f;
    CHECK_FALSE(f.tab->rescoreJob()->usesWorkerThread());
    QSignalSpy rescored(f.tab, &ui::ScoringSettingsTab::leadsRescored);
    f.editor().thresholdBox()->setValue(40);
    ui::ChoiceCriterionBox* need = f.editor().criterionBox(QStringLiteral("need"));
    need->model()->setData(need->model()->index(1, ui::OptionPointsModel::PointsColumn), 10); // vague 6 -> 10
    REQUIRE(f.tab->save());
    CHECK(rescored.count() == 1);
    CHECK_FALSE(f.tab->hasUnsavedChanges());
    const leads::ScoringProfile stored = *f.service.profile();
    CHECK(stored.threshold == 40);
    CHECK(stored == f.editor().profile());

    leads::LeadQuery query(*f.db);
    leads::LeadFilter queue;
    queue.qualifiedOnly = true;
    CHECK(*query.count(queue) == 2);
    const QList<leads::LeadRow> rows = *query.page({}, leads::LeadSort::Priority, 10, 0);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).score == 53); // the warm lead: vague now gives 10
    const QList<leads::ScoreChange> history = *f.service.scoreHistory(rows.at(1).id);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().cause == leads::ScoreChangeCause::Profile);
    CHECK(f.statuses.contains(QStringLiteral("Rescored 3 leads: 1 scores changed, 2 qualified")));
}

TEST_CASE("On a database file the leads are rescored in a worker thread", "[ui][scoring]")
{
    test::UiLanguage language(i18n::Language::English);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(dir.filePath(QStringLiteral("leads.sqlite")));
    REQUIRE(opened.hasValue());
    storage::Database& db = **opened;
    leads::LeadService service(db);
    test::addHotLead(service);
    const leads::Lead warm = test::addWarmLead(service);
    ui::ScoringSettingsTab tab(db);
    CHECK(tab.rescoreJob()->usesWorkerThread());
    QSignalSpy rescored(&tab, &ui::ScoringSettingsTab::leadsRescored);
    tab.editor()->criterionBox(QStringLiteral("need"))->model()->setData(
        tab.editor()->criterionBox(QStringLiteral("need"))->model()->index(1, ui::OptionPointsModel::PointsColumn), 10);
    REQUIRE(tab.save());
    CHECK(tab.rescoreJob()->isRunning());
    REQUIRE(rescored.wait(20000));
    CHECK_FALSE(tab.rescoreJob()->isRunning());
    REQUIRE(tab.rescoreJob()->lastResult().hasValue());
    CHECK(tab.rescoreJob()->lastResult()->leads == 2);
    CHECK(tab.rescoreJob()->lastResult()->changed == 1);
    CHECK(service.get(warm.id)->score == 53);
    CHECK(tab.previewLabel()->text() == QStringLiteral("2 of 2 open leads would qualify"));
}

TEST_CASE("Cancelling the rescoring keeps the earlier scores", "[ui][scoring]")
{
    test::UiLanguage language(i18n::Language::English);
    ScoringFixture f;
    QObject::connect(f.tab->rescoreJob(), &ui::LeadRescoreJob::progress, f.tab->rescoreJob(), &ui::LeadRescoreJob::cancel);
    QSignalSpy rescored(f.tab, &ui::ScoringSettingsTab::leadsRescored);
    f.editor().thresholdBox()->setValue(40);
    ui::ChoiceCriterionBox* need = f.editor().criterionBox(QStringLiteral("need"));
    need->model()->setData(need->model()->index(1, ui::OptionPointsModel::PointsColumn), 10);
    REQUIRE(f.tab->save()); // the profile is saved; the rescoring is cancelled
    CHECK(rescored.count() == 0);
    REQUIRE_FALSE(f.tab->rescoreJob()->lastResult().hasValue());
    CHECK(f.tab->rescoreJob()->lastResult().error().code == ErrorCode::Cancelled);
    CHECK(f.statuses.last().startsWith(QStringLiteral("Rescoring cancelled")));
    leads::LeadQuery query(*f.db);
    const QList<leads::LeadRow> rows = *query.page({}, leads::LeadSort::Priority, 10, 0);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).score == 49);
}

TEST_CASE("Core's validation error shows at the group it concerns and nothing is saved", "[ui][scoring]")
{
    test::UiLanguage language(i18n::Language::English);
    ScoringFixture f;
    SECTION("bands")
    {
        f.editor().warmBox()->setValue(90);
        CHECK_FALSE(f.tab->save());
        QLabel* error = f.editor().errorLabel(QStringLiteral("qualification"));
        CHECK(error->isVisibleTo(&f.page));
        CHECK(error->text().contains(QStringLiteral("bands.warm")));
    }
    SECTION("a budget tier")
    {
        f.editor().budgetModel()->setData(
            f.editor().budgetModel()->index(0, ui::BudgetTierModel::PointsColumn), 500);
        CHECK_FALSE(f.tab->save());
        CHECK(f.editor().errorLabel(QStringLiteral("budget"))->text().contains(QStringLiteral("budget.tiers[0].points")));
    }
    SECTION("a custom criterion without a name")
    {
        ui::ChoiceCriterionBox* box = f.editor().addCustomCriterion();
        box->model()->addOption(QStringLiteral("Small"));
        CHECK_FALSE(f.tab->save());
        CHECK_FALSE(box->errorLabel()->isHidden());
        CHECK(box->errorLabel()->text().contains(QStringLiteral("custom[0].label")));
    }
    CHECK(*f.service.profile() == leads::ScoringProfile::defaults());
    CHECK(f.tab->hasUnsavedChanges());
}

TEST_CASE("A custom criterion made in the editor is saved and offered to leads", "[ui][scoring]")
{
    test::UiLanguage language(i18n::Language::English);
    ScoringFixture f;
    ui::ChoiceCriterionBox* box = f.editor().addCustomCriterion();
    test::typeText(box->labelEdit(), QStringLiteral("Company size"));
    box->capBox()->setValue(10);
    const int small = box->model()->addOption(QStringLiteral("Small"));
    const int large = box->model()->addOption(QStringLiteral("Large"));
    box->model()->setData(box->model()->index(small, ui::OptionPointsModel::PointsColumn), 2);
    box->model()->setData(box->model()->index(large, ui::OptionPointsModel::PointsColumn), 10);
    REQUIRE(f.tab->save());
    const leads::ScoringProfile stored = *f.service.profile();
    REQUIRE(stored.custom.size() == 1);
    CHECK(stored.custom.first().key == QStringLiteral("criterion_1"));
    CHECK(stored.custom.first().label == QStringLiteral("Company size"));
    CHECK(stored.custom.first().options.size() == 2);
    CHECK(stored.custom.first().options.at(1).points == 10);

    // Removing it again.
    QTest::mouseClick(f.editor().customBoxes().first()->removeButton(), Qt::LeftButton);
    CHECK(f.editor().customBoxes().isEmpty());
    REQUIRE(f.tab->save());
    CHECK(f.service.profile()->custom.isEmpty());
}

TEST_CASE("Reset, discard, export and import of the scoring profile", "[ui][scoring]")
{
    test::UiLanguage language(i18n::Language::English);
    ScoringFixture f;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profile.json"));

    SECTION("export then import gives the same profile back")
    {
        f.editor().thresholdBox()->setValue(42);
        f.editor().halfLifeBox()->setValue(14);
        const leads::ScoringProfile edited = f.editor().profile();
        ui::FileDialogs::scriptPaths({ path });
        REQUIRE(f.tab->exportProfile());
        REQUIRE(QFile::exists(path));
        f.tab->reload(); // drops the edits
        CHECK(f.editor().profile() == leads::ScoringProfile::defaults());
        CHECK_FALSE(f.tab->hasUnsavedChanges());
        ui::FileDialogs::scriptPaths({ path });
        REQUIRE(f.tab->importProfile());
        CHECK(f.editor().profile() == edited);
        CHECK(f.tab->hasUnsavedChanges()); // imported, not yet saved
        CHECK(*f.service.profile() == leads::ScoringProfile::defaults());
    }
    SECTION("an invalid file is refused naming the JSON path")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray json = leads::profileToJson(leads::ScoringProfile::defaults());
        json.replace("\"threshold\": 50", "\"threshold\": \"high\"");
        json.replace("\"threshold\":50", "\"threshold\":\"high\"");
        file.write(json);
        file.close();
        ui::FileDialogs::scriptPaths({ path });
        CHECK_FALSE(f.tab->importProfile());
        CHECK(f.tab->messageLabel()->isVisibleTo(&f.page));
        CHECK(f.tab->messageLabel()->text().contains(QStringLiteral("threshold")));
        CHECK(f.editor().profile() == leads::ScoringProfile::defaults());
    }
    SECTION("a cancelled file dialog does nothing")
    {
        ui::FileDialogs::scriptPaths({ QString() });
        CHECK_FALSE(f.tab->importProfile());
        ui::FileDialogs::scriptPaths({ QString() });
        CHECK_FALSE(f.tab->exportProfile());
    }
    SECTION("reset to defaults after a saved change")
    {
        f.editor().thresholdBox()->setValue(30);
        REQUIRE(f.tab->save());
        f.tab->resetToDefaults();
        CHECK(f.editor().profile() == leads::ScoringProfile::defaults());
        CHECK(f.tab->hasUnsavedChanges());
        f.tab->discardButton()->click();
        CHECK(f.editor().thresholdBox()->value() == 30);
        CHECK_FALSE(f.tab->hasUnsavedChanges());
    }
}

TEST_CASE("Industries are added, renamed and removed, the scoring editor follows", "[ui][scoring][industries]")
{
    test::UiLanguage language(i18n::Language::English);
    ScoringFixture f;
    ui::IndustriesPanel& panel = *f.page.industriesPanel();
    const int before = panel.list()->count();
    REQUIRE(before > 0);
    ui::OptionPointsModel* industryPoints = f.editor().criterionBox(QStringLiteral("industry"))->model();

    test::typeText(panel.nameEdit(), QStringLiteral("Tourism"));
    QTest::mouseClick(panel.addButton(), Qt::LeftButton);
    REQUIRE(panel.list()->count() == before + 1);
    CHECK(panel.nameEdit()->text().isEmpty());
    CHECK(industryPoints->rowCount() == before + 1);
    const int row = panel.list()->currentRow();
    CHECK(panel.list()->item(row)->text() == QStringLiteral("Tourism"));

    CHECK_FALSE(panel.addIndustry(QStringLiteral("Tourism"))); // twice
    CHECK_FALSE(panel.errorLabel()->isHidden());
    CHECK_FALSE(panel.addIndustry(QString())); // empty

    REQUIRE(panel.renameIndustry(row, QStringLiteral("Travel")));
    CHECK(panel.list()->item(row)->text() == QStringLiteral("Travel"));
    CHECK_FALSE(panel.renameIndustry(row, QString()));
    CHECK(panel.list()->item(row)->text() == QStringLiteral("Travel")); // the stored name again

    panel.list()->setCurrentRow(row);
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
    CHECK_FALSE(panel.removeCurrent());
    CHECK(panel.list()->count() == before + 1);
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
    REQUIRE(panel.removeCurrent());
    CHECK(panel.list()->count() == before);
    CHECK(industryPoints->rowCount() == before);
}
