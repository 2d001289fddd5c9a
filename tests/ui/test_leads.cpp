// The leads area: the list and its filters, the lead form, the lead page
// with its override and conversion flows, and the main window's wiring.
#include "LeadTestSupport.h"

#include "ContactFieldsForm.h"
#include "CustomerPage.h"
#include "Dialogs.h"
#include "FieldFeedback.h"
#include "FunnelModel.h"
#include "FunnelView.h"
#include "InteractionListModel.h"
#include "JalaliDateEdit.h"
#include "LeadFilterBar.h"
#include "LeadFormDialog.h"
#include "LeadHeader.h"
#include "LeadListModel.h"
#include "LeadListPage.h"
#include "LeadPage.h"
#include "LeadScoreBox.h"
#include "LeadTasksModel.h"
#include "LeadsSection.h"
#include "LogInteractionDialog.h"
#include "MainWindow.h"
#include "NavigationBar.h"
#include "NoteListModel.h"
#include "OverrideScoreDialog.h"
#include "FollowUpDialog.h"
#include "ScoreBreakdownModel.h"
#include "ScoreHistoryModel.h"
#include "StartupOptions.h"
#include "customers/CustomerSearch.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

struct LeadsWindow {
    std::unique_ptr<storage::Database> db = test::memoryDatabase();
    ui::MainWindow window { *db };
    ui::LeadsSection& section = *window.leads();
    leads::LeadService& service = section.service();
    QStringList statuses;

    LeadsWindow()
    {
        ui::Dialogs::takeShownTexts();
        QObject::connect(&section, &ui::LeadsSection::statusMessage, [this](const QString& m) { statuses << m; });
        window.show();
    }

    ui::LeadPage& openLead(qint64 id)
    {
        REQUIRE(window.showLead(id));
        test::settle();
        return *section.leadPage();
    }
};

void type(QLineEdit* edit, const QString& text)
{
    REQUIRE(edit);
    edit->clear();
    test::typeText(edit, text);
}

void choose(QComboBox* combo, const QString& data)
{
    REQUIRE(combo);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}
} // namespace

TEST_CASE("The lead list starts as the priority queue and says why it is empty", "[ui][leads][list]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    f.window.showPage(QStringLiteral("leads"));
    ui::LeadListPage& list = *f.section.listPage();
    CHECK(f.window.navigation()->current() == ui::NavigationBar::Section::Leads);
    CHECK(list.isVisible());
    CHECK(list.filterBar()->qualifiedOnly()->isChecked());
    CHECK(list.showsEmptyState());
    CHECK(list.emptyLabel()->text() == QStringLiteral("No leads yet — add one."));

    test::addWarmLead(f.service);
    list.refresh();
    CHECK(list.showsEmptyState());
    CHECK(list.emptyLabel()->text().contains(QStringLiteral("Qualified only")));

    const leads::Lead hot = test::addHotLead(f.service);
    list.refresh();
    CHECK_FALSE(list.showsEmptyState());
    CHECK(list.model()->rowCount() == 1);
    CHECK(list.currentLeadId() == hot.id);
    CHECK(list.countLabel()->text() == QStringLiteral("1 qualified lead, best first"));

    list.filterBar()->qualifiedOnly()->setChecked(false);
    CHECK(list.model()->rowCount() == 2);
    CHECK(list.model()->leadId(0) == hot.id); // best first
    CHECK(list.countLabel()->text() == QStringLiteral("2 leads"));
}

TEST_CASE("Search, status, band, source and owner filters narrow the lead list", "[ui][leads][list]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    const leads::Lead hot = test::addHotLead(f.service);
    const leads::Lead warm = test::addWarmLead(f.service);
    const leads::Lead cold = test::addColdLead(f.service);
    f.window.showLeads();
    ui::LeadListPage& list = *f.section.listPage();
    QAbstractItemModelTester tester(list.model(), kFatal);
    ui::LeadFilterBar& bar = *list.filterBar();
    bar.qualifiedOnly()->setChecked(false);
    REQUIRE(list.model()->rowCount() == 3);

    SECTION("search as you type")
    {
        test::typeText(bar.searchBox(), QStringLiteral("karimi"));
        bar.flushPendingSearch();
        REQUIRE(list.model()->rowCount() == 1);
        CHECK(list.model()->leadId(0) == warm.id);
        test::typeText(bar.searchBox(), QStringLiteral("zzz"));
        bar.flushPendingSearch();
        CHECK(list.showsEmptyState());
        CHECK(list.emptyLabel()->text() == QStringLiteral("No lead matches these filters."));
    }
    SECTION("band")
    {
        choose(bar.bandFilter(), leads::toKey(leads::Band::Cold));
        REQUIRE(list.model()->rowCount() == 1);
        CHECK(list.model()->leadId(0) == cold.id);
    }
    SECTION("source")
    {
        choose(bar.sourceFilter(), leads::toKey(leads::LeadSource::Referral));
        REQUIRE(list.model()->rowCount() == 1);
        CHECK(list.model()->leadId(0) == hot.id);
    }
    SECTION("owner, from the owners in use")
    {
        CHECK(bar.ownerFilter()->findData(QStringLiteral("Ali")) > 0);
        choose(bar.ownerFilter(), QStringLiteral("Ali"));
        REQUIRE(list.model()->rowCount() == 1);
        CHECK(list.model()->leadId(0) == warm.id);
    }
    SECTION("status: lost leads are closed and hidden by default")
    {
        leads::Lead lost = warm;
        lost.status = leads::LeadStatus::Lost;
        lost.lostReason = QStringLiteral("No budget");
        REQUIRE(f.service.update(lost).hasValue());
        list.refresh();
        CHECK(list.model()->rowCount() == 2);
        choose(bar.statusFilter(), leads::toKey(leads::LeadStatus::Lost));
        REQUIRE(list.model()->rowCount() == 1);
        CHECK(list.model()->leadId(0) == warm.id);
        bar.statusFilter()->setCurrentIndex(1); // all leads
        CHECK(list.model()->rowCount() == 3);
    }
    SECTION("sorting by a header")
    {
        list.table()->horizontalHeader()->setSortIndicator(ui::LeadListModel::NameColumn, Qt::AscendingOrder);
        CHECK(list.model()->sortOrder() == leads::LeadSort::NameAsc);
        CHECK(list.model()->leadId(0) == cold.id); // Nima < Reza < Sara
        // The same header again turns the order around.
        list.table()->horizontalHeader()->setSortIndicator(ui::LeadListModel::NameColumn, Qt::DescendingOrder);
        CHECK(list.model()->isReversed());
        CHECK(list.model()->leadId(2) == cold.id);
        CHECK(list.table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
        // Another header starts in its own natural direction, whatever the arrow said.
        list.table()->horizontalHeader()->setSortIndicator(ui::LeadListModel::StatusColumn, Qt::DescendingOrder);
        CHECK(list.model()->sortOrder() == leads::LeadSort::StatusAsc);
        CHECK_FALSE(list.model()->isReversed());
        CHECK(list.table()->horizontalHeader()->sortIndicatorSection() == ui::LeadListModel::StatusColumn);
        CHECK(list.table()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
        for (int column = 0; column < ui::LeadListModel::ColumnCount; ++column) {
            list.table()->horizontalHeader()->setSortIndicator(column, Qt::AscendingOrder);
            CHECK(list.table()->horizontalHeader()->sortIndicatorSection() == column);
            CHECK(list.model()->rowCount() == 3);
        }
    }
}

TEST_CASE("Enter on a row opens the lead page, back goes to the list", "[ui][leads][list]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    const leads::Lead hot = test::addHotLead(f.service);
    f.window.showLeads();
    ui::LeadListPage& list = *f.section.listPage();
    list.table()->setFocus();
    QTest::keyClick(list.table(), Qt::Key_Return);
    REQUIRE(f.section.showsLeadPage());
    CHECK(f.section.leadPage()->leadId() == hot.id);
    QTest::mouseClick(f.section.leadPage()->findChild<QAbstractButton*>(QStringLiteral("backButton")), Qt::LeftButton);
    CHECK_FALSE(f.section.showsLeadPage());
    CHECK(list.currentLeadId() == hot.id);
}

TEST_CASE("The funnel tab shows this period's leads per month and per source", "[ui][leads][list]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    test::addHotLead(f.service);
    test::addWarmLead(f.service);
    f.window.showLeads();
    ui::LeadListPage& list = *f.section.listPage();
    list.showFunnel();
    ui::FunnelView& funnel = *list.funnel();
    QAbstractItemModelTester months(funnel.monthModel(), kFatal);
    QAbstractItemModelTester sources(funnel.sourceModel(), kFatal);
    CHECK(funnel.monthModel()->rowCount() >= 2); // at least this month and the total
    const int total = funnel.monthModel()->rowCount() - 1;
    CHECK(funnel.monthModel()->index(total, ui::FunnelModel::LeadsColumn).data().toString() == QStringLiteral("2"));
    CHECK(funnel.monthModel()->index(total, ui::FunnelModel::QualifiedColumn).data().toString() == QStringLiteral("1"));
    CHECK(funnel.monthModel()->index(total, ui::FunnelModel::QualifiedRateColumn).data().toString() == QStringLiteral("50%"));
    CHECK(funnel.sourceModel()->rowCount() == 3); // referral, website, total
    CHECK(funnel.summaryLabel()->text().contains(QStringLiteral("2 leads")));
    CHECK(ui::FunnelView::defaultFrom(QDate(2025, 3, 21)) == QDate(2024, 4, 20)); // 1403/02/01 .. 1404/01/01
}

TEST_CASE("The lead form shows core's errors at their fields and saves a valid lead", "[ui][leads][form]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    leads::LeadService service(*db);
    ui::LeadFormDialog dialog(service, leads::Lead {}, { QStringLiteral("Tehran") });
    dialog.show();
    ui::FieldFeedback& feedback = *dialog.feedback();

    SECTION("the name is required")
    {
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(feedback.errorFields().contains(QStringLiteral("name")));
    }
    SECTION("an invalid mobile is named like in the customer form")
    {
        type(dialog.edit(QStringLiteral("name")), QStringLiteral("Sara"));
        type(dialog.edit(QStringLiteral("mobile")), QStringLiteral("12345"));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("mobile") });
    }
    SECTION("a lost lead needs its reason; the field shows only when lost")
    {
        type(dialog.edit(QStringLiteral("name")), QStringLiteral("Sara"));
        CHECK_FALSE(dialog.lostReasonVisible());
        choose(dialog.combo(QStringLiteral("status")), leads::toKey(leads::LeadStatus::Lost));
        CHECK(dialog.lostReasonVisible());
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK_FALSE(feedback.message(QStringLiteral("lost_reason")).isEmpty());
        CHECK(dialog.focusWidget() == dialog.edit(QStringLiteral("lost_reason")));
        type(dialog.edit(QStringLiteral("lost_reason")), QStringLiteral("Chose a competitor"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.saved().status == leads::LeadStatus::Lost);
        CHECK(dialog.saved().lostReason == QStringLiteral("Chose a competitor"));
    }
    SECTION("the budget: unreadable text and a negative amount")
    {
        type(dialog.edit(QStringLiteral("name")), QStringLiteral("Sara"));
        type(dialog.edit(QStringLiteral("budget")), QStringLiteral("much"));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK_FALSE(feedback.message(QStringLiteral("budget")).isEmpty());
        type(dialog.edit(QStringLiteral("budget")), QStringLiteral("-5"));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("budget") });
    }
    SECTION("every lead field saved; the budget in Persian digits with separators")
    {
        type(dialog.edit(QStringLiteral("name")), u8("سارا احمدی"));
        type(dialog.edit(QStringLiteral("mobile")), u8("۰۹۱۲۱۲۳۴۵۶۷"));
        type(dialog.edit(QStringLiteral("budget")), u8("۶۰۰٬۰۰۰٬۰۰۰"));
        CHECK(dialog.budgetHint()->text() == QStringLiteral("600,000,000 Rial"));
        type(dialog.edit(QStringLiteral("owner")), QStringLiteral("Maryam"));
        type(dialog.edit(QStringLiteral("best_time_to_call")), QStringLiteral("mornings"));
        choose(dialog.combo(QStringLiteral("type")), leads::toKey(leads::LeadType::Product));
        choose(dialog.combo(QStringLiteral("source")), leads::toKey(leads::LeadSource::Trial));
        choose(dialog.combo(QStringLiteral("timeline")), leads::toKey(leads::Timeline::Now));
        choose(dialog.combo(QStringLiteral("authority")), leads::toKey(leads::Authority::Owner));
        choose(dialog.combo(QStringLiteral("need")), leads::toKey(leads::Need::Clear));
        choose(dialog.combo(QStringLiteral("industry")), QStringLiteral("software"));
        CHECK(dialog.combo(QStringLiteral("status"))->findData(leads::toKey(leads::LeadStatus::Converted)) < 0);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        const leads::Lead saved = dialog.saved();
        CHECK(saved.id > 0);
        CHECK(saved.contact.mobile == QStringLiteral("09121234567"));
        CHECK(saved.budget == Money::fromRial(600'000'000));
        CHECK(saved.owner == QStringLiteral("Maryam"));
        CHECK(saved.type == leads::LeadType::Product);
        CHECK(saved.source == leads::LeadSource::Trial);
        CHECK(saved.industry == QStringLiteral("software"));
        CHECK(saved.score == 95);
        CHECK(saved.qualified);
    }
}

TEST_CASE("The lead form edits a lead and offers its custom criteria", "[ui][leads][form]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    leads::LeadService service(*db);
    leads::ScoringProfile profile = leads::ScoringProfile::defaults();
    leads::ChoiceCriterion size;
    size.key = QStringLiteral("size");
    size.label = QStringLiteral("Company size");
    size.cap = 10;
    size.options = { { QStringLiteral("small"), 2, QStringLiteral("Small") }, { QStringLiteral("large"), 10, QStringLiteral("Large") } };
    profile.custom << size;
    REQUIRE(service.saveProfile(profile).hasValue());
    const leads::Lead warm = test::addWarmLead(service);

    ui::LeadFormDialog dialog(service, warm);
    CHECK(dialog.windowTitle() == QStringLiteral("Edit lead"));
    CHECK(dialog.edit(QStringLiteral("name"))->text() == warm.contact.name);
    CHECK(dialog.edit(QStringLiteral("budget"))->text() == QStringLiteral("150,000,000"));
    CHECK(dialog.combo(QStringLiteral("timeline"))->currentData().toString() == leads::toKey(leads::Timeline::ThreeMonths));
    QComboBox* custom = dialog.combo(QStringLiteral("custom.size"));
    REQUIRE(custom);
    CHECK(custom->count() == 3); // unknown, small, large
    choose(custom, QStringLiteral("large"));
    dialog.edit(QStringLiteral("budget"))->clear();
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.saved().custom.value(QStringLiteral("size")) == QStringLiteral("large"));
    CHECK_FALSE(dialog.saved().budget.has_value());
    CHECK(dialog.saved().score == 49 - 15 + 10);
}

TEST_CASE("The lead page explains the score and keeps its history", "[ui][leads][page]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    const leads::Lead hot = test::addHotLead(f.service);
    ui::LeadPage& page = f.openLead(hot.id);
    QAbstractItemModelTester breakdown(page.scoreBox()->model(), kFatal);
    QAbstractItemModelTester history(page.historyModel(), kFatal);
    CHECK(page.header()->nameLabel()->text() == QStringLiteral("Sara Ahmadi"));
    CHECK(page.header()->scoreLabel()->text() == QStringLiteral("95"));
    CHECK(page.header()->badgeTexts().contains(QStringLiteral("Qualified")));
    CHECK(page.header()->badgeTexts().contains(QStringLiteral("Hot lead")));
    CHECK(page.scoreBox()->model()->total() == 95);
    CHECK(page.historyModel()->rowCount() == 1);
    CHECK(page.detailText(QStringLiteral("Budget")) == QStringLiteral("600,000,000 Rial"));
    QString software;
    const QList<leads::Industry> industries = f.service.industries().valueOr({});
    for (const leads::Industry& industry : industries)
        software = industry.key == QStringLiteral("software") ? industry.name : software;
    CHECK(page.detailText(QStringLiteral("Industry")) == software);
    CHECK_FALSE(page.scoreBox()->clearOverrideButton()->isVisible());
}

TEST_CASE("Overriding the score asks for a reason, shows it, and can be cleared", "[ui][leads][page]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    const leads::Lead warm = test::addWarmLead(f.service);
    ui::LeadPage& page = f.openLead(warm.id);
    CHECK(page.header()->scoreLabel()->text() == QStringLiteral("49"));

    ui::OverrideScoreDialog* dialog = page.openOverride();
    REQUIRE(dialog);
    CHECK(dialog->scoreBox()->value() == 49);
    dialog->scoreBox()->setValue(85);
    dialog->reasonEdit()->clear();
    dialog->accept();
    CHECK(dialog->isVisible()); // the reason is required
    CHECK_FALSE(dialog->feedback()->message(QStringLiteral("override_reason")).isEmpty());
    test::typeText(dialog->reasonEdit(), QStringLiteral("The CEO called us"));
    dialog->accept();
    test::settle();

    CHECK(page.lead().score == 85);
    CHECK(page.header()->scoreLabel()->text() == QStringLiteral("85"));
    CHECK(page.header()->badgeTexts().contains(QStringLiteral("Score set by hand")));
    CHECK(page.header()->badgeTexts().contains(QStringLiteral("Qualified")));
    CHECK(page.scoreBox()->model()->total() == 85);
    CHECK(page.scoreBox()->overrideLabel()->text().contains(QStringLiteral("The CEO called us")));
    CHECK(page.scoreBox()->clearOverrideButton()->isVisibleTo(&page));
    CHECK(page.historyModel()->rowCount() == 2);
    CHECK(page.historyModel()->index(0, ui::ScoreHistoryModel::CauseColumn).data().toString()
          == leads::displayName(leads::ScoreChangeCause::Override));
    CHECK(f.statuses.contains(QStringLiteral("Score set by hand")));

    REQUIRE(page.clearOverride());
    CHECK(page.lead().score == 49);
    CHECK_FALSE(page.lead().overrideScore.has_value());
    CHECK_FALSE(page.scoreBox()->clearOverrideButton()->isVisibleTo(&page));
    CHECK(page.historyModel()->rowCount() == 3);
}

TEST_CASE("Notes, interactions and follow-ups of a lead", "[ui][leads][page]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    const leads::Lead warm = test::addWarmLead(f.service);
    ui::LeadPage& page = f.openLead(warm.id);
    QAbstractItemModelTester notes(page.notesModel(), kFatal);
    QAbstractItemModelTester interactions(page.interactionsModel(), kFatal);
    QAbstractItemModelTester tasks(page.tasksModel(), kFatal);

    page.noteEditor()->setFocus();
    test::typeText(page.noteEditor(), QStringLiteral("Wants a demo next week"));
    QTest::keyClick(page.noteEditor(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(page.notesModel()->rowCount() == 1);
    CHECK(page.notesModel()->index(0).data(ui::NoteListModel::TextRole).toString() == QStringLiteral("Wants a demo next week"));

    ui::LogInteractionDialog* log = page.openLogInteraction();
    REQUIRE(log);
    CHECK_FALSE(log->followUpEdit()->isVisibleTo(log));
    log->accept();
    CHECK(log->isVisible()); // a summary is required
    test::typeText(log->summaryEdit(), QStringLiteral("Talked about prices"));
    log->accept();
    test::settle();
    REQUIRE(page.interactionsModel()->rowCount() == 1);
    CHECK(page.lead().score > warm.score); // engagement points
    CHECK(page.lead().status == leads::LeadStatus::Contacted);

    ui::FollowUpDialog* followUp = page.openFollowUp();
    REQUIRE(followUp);
    CHECK(followUp->titleEdit()->text() == QStringLiteral("Call Reza Karimi"));
    followUp->titleEdit()->clear();
    followUp->accept();
    CHECK(followUp->isVisible()); // the title is required
    test::typeText(followUp->titleEdit(), QStringLiteral("Send the price list"));
    followUp->accept();
    test::settle();
    REQUIRE(page.tasksModel()->rowCount() == 1);
    CHECK(test::plain(page.tasksModel()->index(0, ui::LeadTasksModel::TitleColumn).data())
          == QStringLiteral("Send the price list"));
    CHECK(page.lead().nextFollowUp.isValid());
    page.taskTable()->setCurrentIndex(page.tasksModel()->index(0, 0));
    REQUIRE(page.markTaskDone());
    CHECK(page.tasksModel()->rowCount() == 0);
}

TEST_CASE("Converting a lead asks first, can open a deal and then the customer page", "[ui][leads][convert]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    const leads::Lead hot = test::addHotLead(f.service);
    REQUIRE(f.service.addNote(hot.id, QStringLiteral("Met at the fair")).hasValue());
    ui::LeadPage& page = f.openLead(hot.id);
    customers::CustomerSearch search(*f.db);

    SECTION("No to the first question changes nothing")
    {
        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
        CHECK_FALSE(page.convertToCustomer());
        CHECK(*search.count({}) == 0);
        CHECK(page.lead().status == leads::LeadStatus::New);
        CHECK(ui::Dialogs::takeShownTexts().size() == 1);
    }
    SECTION("converted without a deal, staying on the lead")
    {
        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes, ui::Dialogs::Answer::No, ui::Dialogs::Answer::No });
        REQUIRE(page.convertToCustomer());
        CHECK(ui::Dialogs::takeShownTexts().size() == 3);
        CHECK(*search.count({}) == 1);
        CHECK(page.lead().status == leads::LeadStatus::Converted);
        CHECK(page.lead().convertedCustomerId > 0);
        CHECK(page.convertButton()->text() == QStringLiteral("Open customer"));
        CHECK(f.section.showsLeadPage());
        CHECK(f.statuses.contains(QStringLiteral("Converted into a customer")));
        // A second conversion is not offered: the button opens the customer.
        QTest::mouseClick(page.convertButton(), Qt::LeftButton);
        CHECK(f.window.showsCustomerPage());
    }
    SECTION("converted with a deal, then the customer page opens with the notes")
    {
        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes, ui::Dialogs::Answer::Yes, ui::Dialogs::Answer::Yes });
        REQUIRE(page.convertToCustomer());
        CHECK(f.statuses.contains(QStringLiteral("Converted into a customer, with a deal")));
        REQUIRE(f.window.showsCustomerPage());
        CHECK(f.window.customerPage()->customerId() == page.lead().convertedCustomerId);
        CHECK(f.window.customerPage()->notesModel()->rowCount() == 1);
        CHECK(f.window.navigation()->current() == ui::NavigationBar::Section::Customers);
    }
}

TEST_CASE("Deleting a lead asks first and goes back to the list", "[ui][leads][page]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    const leads::Lead hot = test::addHotLead(f.service);
    ui::LeadPage& page = f.openLead(hot.id);
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
    page.deleteLead();
    CHECK(f.section.showsLeadPage());
    CHECK(f.service.get(hot.id).hasValue());
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
    page.deleteLead();
    CHECK_FALSE(f.section.showsLeadPage());
    CHECK_FALSE(f.service.get(hot.id).hasValue());
    CHECK(f.section.listPage()->showsEmptyState());
}

TEST_CASE("New lead from the list opens the form, saving shows the new lead's page", "[ui][leads][form]")
{
    test::UiLanguage language(i18n::Language::English);
    LeadsWindow f;
    f.window.showLeads();
    QTest::mouseClick(f.section.listPage()->newLeadButton(), Qt::LeftButton);
    auto* dialog = f.window.findChild<ui::LeadFormDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("New lead"));
    type(dialog->edit(QStringLiteral("name")), QStringLiteral("Hamid"));
    dialog->accept();
    test::settle();
    REQUIRE(f.section.showsLeadPage());
    CHECK(f.section.leadPage()->lead().contact.name == QStringLiteral("Hamid"));
    CHECK(f.statuses.contains(QStringLiteral("Lead added")));

    ui::LeadFormDialog* edit = f.section.editLead(f.section.leadPage()->leadId());
    REQUIRE(edit);
    type(edit->edit(QStringLiteral("company")), QStringLiteral("Hamid & Sons"));
    edit->accept();
    test::settle();
    CHECK(f.section.leadPage()->lead().contact.company == QStringLiteral("Hamid & Sons"));
    CHECK(f.statuses.contains(QStringLiteral("Lead saved")));
}

TEST_CASE("The lead page reads in Persian with Persian digits", "[ui][leads][page]")
{
    test::UiLanguage language(i18n::Language::Persian);
    LeadsWindow f;
    const leads::Lead hot = test::addHotLead(f.service, u8("سارا احمدی"));
    ui::LeadPage& page = f.openLead(hot.id);
    CHECK(page.header()->scoreLabel()->text() == u8("۹۵"));
    const int last = page.scoreBox()->model()->rowCount() - 1;
    CHECK(page.scoreBox()->model()->index(last, ui::ScoreBreakdownModel::PointsColumn).data().toString() == u8("۹۵"));
    CHECK(test::hasPersianDigits(page.detailText(page.tr("Budget"))));
    CHECK_FALSE(test::hasLatinDigits(page.scoreBox()->model()->index(0, ui::ScoreBreakdownModel::ReasonColumn).data().toString()));
}

TEST_CASE("The startup options --show-lead and --show-page leads are understood", "[ui][leads][startup]")
{
    const QString program = QStringLiteral("peyvand");
    const ui::StartupOptions lead = ui::StartupOptions::parse(
        { program, QStringLiteral("--show-lead"), QStringLiteral("12"), QStringLiteral("--show-page"), QStringLiteral("leads") });
    CHECK(lead.error.isEmpty());
    CHECK(lead.showLeadId == 12);
    CHECK(lead.showPage == QStringLiteral("leads"));
    CHECK_FALSE(ui::StartupOptions::parse({ program, QStringLiteral("--show-lead"), QStringLiteral("x") }).error.isEmpty());
    CHECK_FALSE(ui::StartupOptions::parse({ program, QStringLiteral("--show-lead"), QStringLiteral("0") }).error.isEmpty());
}
