#include "PipelineTestSupport.h"

#include "Dialogs.h"
#include "FieldFeedback.h"
#include "SettingsPage.h"
#include "StageDialog.h"
#include "StageListModel.h"
#include "StagePanel.h"
#include "sales/CompanyProfileService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace peyvand;
using peyvand::test::u8;
using ui::Dialogs;

namespace {
QStringList stageKeysOrNames(pipeline::DealService& deals)
{
    QStringList names;
    for (const pipeline::Stage& stage : deals.stages().valueOr({}))
        names << (stage.key.isEmpty() ? stage.name : stage.key);
    return names;
}
} // namespace

TEST_CASE("The stage list model passes the model tester", "[ui][pipeline][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PipelineFixture f;
    ui::StageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStages(f.services->deals.stages().valueOr({}));
    REQUIRE(model.rowCount() == 6);
    CHECK(model.index(2, ui::StageListModel::ProbabilityColumn).data().toString().contains(u8("۵۰")));
    CHECK(model.index(0, 0).data(ui::StageListModel::IdRole).toLongLong() == f.stage(QStringLiteral("first_contact")).id);
    CHECK(model.rowOf(f.stage(QStringLiteral("lost")).id) == 5);
    CHECK(model.stage(99).id == 0);
}

TEST_CASE("Settings has a Pipeline stages tab to add, change, reorder and remove stages", "[ui][pipeline][settings]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    sales::CompanyProfileService profiles(*f.db);
    ui::SettingsPage settings(profiles, QStringLiteral("in memory"));
    ui::StagePanel* panel = settings.addStagesTab(f.services->deals);
    REQUIRE(panel);
    CHECK(settings.addStagesTab(f.services->deals) == panel); // added once
    settings.show();
    settings.showTab(ui::SettingsPage::Tab::PipelineStages);
    CHECK(settings.currentTab() == ui::SettingsPage::Tab::PipelineStages);
    CHECK(settings.tabs()->currentWidget() == panel);
    settings.showTab(ui::SettingsPage::Tab::General);
    CHECK(settings.currentTab() == ui::SettingsPage::Tab::General);
    settings.showTab(ui::SettingsPage::Tab::PipelineStages);
    CHECK(panel->model()->rowCount() == 6);

    SECTION("add a stage")
    {
        ui::StageDialog* dialog = panel->addStage();
        REQUIRE(dialog);
        dialog->nameEdit()->setText(QStringLiteral("Demo given"));
        dialog->probabilityBox()->setValue(35);
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
        test::settle();
        CHECK(panel->model()->rowCount() == 7);
        const pipeline::Stage added = panel->model()->stage(panel->table()->currentIndex().row());
        CHECK(added.name == QStringLiteral("Demo given"));
        CHECK(added.probability == 35);
        CHECK(added.outcome == pipeline::StageOutcome::Open);
    }
    SECTION("a stage without a name is refused at the name field")
    {
        ui::StageDialog* dialog = panel->addStage();
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("name")).isEmpty());
        dialog->reject();
        test::settle();
        CHECK(panel->model()->rowCount() == 6);
    }
    SECTION("rename and change the probability")
    {
        panel->selectStage(f.stage(QStringLiteral("needs_analysis")).id);
        ui::StageDialog* dialog = panel->changeCurrent();
        REQUIRE(dialog);
        CHECK_FALSE(dialog->outcomeBox()->isEnabled());
        CHECK(dialog->probabilityBox()->value() == 25);
        dialog->nameEdit()->setText(QStringLiteral("Discovery"));
        dialog->probabilityBox()->setValue(30);
        dialog->accept();
        test::settle();
        const pipeline::Stage changed = f.stage(QStringLiteral("needs_analysis"));
        CHECK(changed.displayName() == QStringLiteral("Discovery"));
        CHECK(changed.probability == 30);
        CHECK(panel->model()->index(1, 0).data().toString() == QStringLiteral("Discovery"));
    }
    SECTION("move up and down")
    {
        panel->selectStage(f.stage(QStringLiteral("quote_sent")).id);
        CHECK(panel->moveCurrent(-1));
        CHECK(stageKeysOrNames(f.services->deals).mid(0, 3)
              == QStringList { QStringLiteral("first_contact"), QStringLiteral("quote_sent"), QStringLiteral("needs_analysis") });
        CHECK(panel->currentStageId() == f.stage(QStringLiteral("quote_sent")).id);
        panel->downButton()->click();
        CHECK(stageKeysOrNames(f.services->deals).at(2) == QStringLiteral("quote_sent"));
        panel->selectStage(f.stage(QStringLiteral("first_contact")).id);
        CHECK_FALSE(panel->upButton()->isEnabled());
        CHECK_FALSE(panel->moveCurrent(-1));
        panel->selectStage(f.stage(QStringLiteral("lost")).id);
        CHECK_FALSE(panel->downButton()->isEnabled());
    }
    SECTION("remove asks first, and a stage with deals is refused with the reason shown")
    {
        f.deal(QStringLiteral("Held"), 1000, QStringLiteral("negotiation"));
        panel->selectStage(f.stage(QStringLiteral("negotiation")).id);
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        CHECK_FALSE(panel->removeCurrent());
        CHECK_FALSE(panel->errorLabel()->isHidden());
        CHECK_FALSE(panel->errorLabel()->text().isEmpty());
        CHECK(panel->model()->rowCount() == 6);

        panel->selectStage(f.stage(QStringLiteral("needs_analysis")).id);
        Dialogs::scriptAnswers({ Dialogs::Answer::No });
        CHECK_FALSE(panel->removeCurrent());
        CHECK(panel->model()->rowCount() == 6);
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        CHECK(panel->removeCurrent());
        CHECK(panel->errorLabel()->isHidden());
        CHECK(panel->model()->rowCount() == 5);
        CHECK_FALSE(stageKeysOrNames(f.services->deals).contains(QStringLiteral("needs_analysis")));
    }
}
