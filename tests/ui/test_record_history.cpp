// The change history of a record (issue 7 item 4): the model, the dialog
// with search, sorting and empty states, and the "History…" entries of the
// customer page, the lead page, the document actions and the invoice
// payments panel. A hidden case renders it for a human:
//   PEYVAND_SHOTS=/tmp/shots ./test_ui "[.screenshots][history]"
#include "PaymentTestSupport.h"

#include "CustomerPage.h"
#include "DocumentActions.h"
#include "InvoicePaymentsPanel.h"
#include "LeadPage.h"
#include "RecordHistoryDialog.h"
#include "RecordHistoryModel.h"
#include "leads/LeadService.h"
#include "tasks/TaskService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace peyvand;
using history::RecordKind;
using ui::RecordHistoryModel;
using peyvand::test::u8;

namespace {

// A customer with an edit and a note: 1 create (name, kind, …), 1 update (city), 1 note.
qint64 editedCustomer(test::PaymentFixture& f)
{
    customers::Customer c;
    c.name = u8("علی کریمی");
    c.city = u8("تهران");
    auto created = f.services->customers.create(c);
    REQUIRE(created);
    f.clock.advanceSeconds(3600);
    customers::Customer changed = *created;
    changed.city = u8("شیراز");
    REQUIRE(f.services->customers.update(changed));
    REQUIRE(f.services->customers.addNote(created->id, u8("پیگیری شود")));
    return created->id;
}

int rowOfField(const QAbstractItemModel& model, const QString& label)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, RecordHistoryModel::FieldColumn).data().toString() == label)
            return r;
    }
    return -1;
}

ui::RecordHistoryDialog* openedDialog(QWidget& parent)
{
    const auto dialogs = parent.findChildren<ui::RecordHistoryDialog*>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

} // namespace

TEST_CASE("RecordHistoryModel shows when, action, field, before and after, and passes the model tester", "[ui][history][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PaymentFixture f;
    RecordHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    const qint64 id = editedCustomer(f);
    auto rows = f.services->history.of(RecordKind::Customer, id);
    REQUIRE(rows);
    model.setRows(*rows);
    REQUIRE(model.rowCount() == int(rows->size()));
    CHECK(model.columnCount() == RecordHistoryModel::ColumnCount);

    // "City" changed: the second of its rows.
    int city = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (rows->at(r).field == QStringLiteral("city") && rows->at(r).action == QStringLiteral("update"))
            city = r;
    }
    REQUIRE(city >= 0);
    CHECK(model.index(city, RecordHistoryModel::ActionColumn).data().toString() == QStringLiteral("Changed"));
    CHECK(model.index(city, RecordHistoryModel::FieldColumn).data().toString() == QStringLiteral("City"));
    CHECK(model.index(city, RecordHistoryModel::BeforeColumn).data().toString().contains(u8("تهران")));
    CHECK(model.index(city, RecordHistoryModel::AfterColumn).data().toString().contains(u8("شیراز")));
    CHECK(model.index(city, RecordHistoryModel::SourceColumn).data().toString() == QStringLiteral("App"));
    const QString when = model.index(city, RecordHistoryModel::WhenColumn).data().toString();
    CHECK(when.startsWith(u8("۱۴۰۴/۰۸/۲۰"))); // Jalali, Persian digits
    CHECK(model.headerData(RecordHistoryModel::BeforeColumn, Qt::Horizontal).toString() == QStringLiteral("Before"));
    // The time sorts by the order of the changes.
    CHECK(model.index(0, 0).data(RecordHistoryModel::SortRole).toLongLong()
          < model.index(model.rowCount() - 1, 0).data(RecordHistoryModel::SortRole).toLongLong());
    // A created field has nothing before it.
    const int name = rowOfField(model, QStringLiteral("Name"));
    REQUIRE(name >= 0);
    CHECK(model.index(name, RecordHistoryModel::BeforeColumn).data().toString().isEmpty());
    CHECK(rowOfField(model, QStringLiteral("Note: Text")) >= 0);
}

TEST_CASE("RecordHistoryModel formats money, dates and yes/no", "[ui][history][models]")
{
    test::UiLanguage language(i18n::Language::English);
    history::HistoryRow row;
    row.field = QStringLiteral("amount");
    row.valueKind = history::ValueKind::Money;
    CHECK(RecordHistoryModel::displayValue(row, QJsonValue(qint64(1'250'000))) == QStringLiteral("1,250,000 Rial"));
    row.valueKind = history::ValueKind::Date;
    CHECK(RecordHistoryModel::displayValue(row, QJsonValue(QStringLiteral("2025-03-21"))).startsWith(QStringLiteral("1404/01/01")));
    row.valueKind = history::ValueKind::Text;
    CHECK(RecordHistoryModel::displayValue(row, QJsonValue(true)) == QStringLiteral("Yes"));
    CHECK(RecordHistoryModel::displayValue(row, QJsonValue(QString())) == QStringLiteral("—"));
    CHECK(RecordHistoryModel::displayValue(row, QJsonValue(QJsonValue::Undefined)).isEmpty());
}

TEST_CASE("RecordHistoryDialog searches, sorts and shows its empty states", "[ui][history]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    const qint64 id = editedCustomer(f);
    ui::RecordHistoryDialog dialog(f.services->history, RecordKind::Customer, id, QStringLiteral("customer Ali"));
    QAbstractItemModelTester tester(dialog.filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = dialog.filter()->rowCount();
    REQUIRE(all >= 3);
    CHECK(dialog.emptyText().isEmpty());
    CHECK(dialog.windowTitle().contains(QStringLiteral("customer Ali")));
    // Newest first by default: the note is the last change.
    CHECK(dialog.filter()->index(0, RecordHistoryModel::FieldColumn).data().toString().startsWith(QStringLiteral("Note: ")));

    test::typeText(dialog.searchBox(), u8("شیراز"));
    REQUIRE(dialog.filter()->rowCount() == 1);
    CHECK(dialog.filter()->index(0, RecordHistoryModel::FieldColumn).data().toString() == QStringLiteral("City"));
    dialog.setSearchText(QStringLiteral("no such change"));
    CHECK(dialog.filter()->rowCount() == 0);
    CHECK(dialog.emptyText().contains(QStringLiteral("No changes match")));
    dialog.setSearchText(QString());
    CHECK(dialog.filter()->rowCount() == all);

    dialog.table()->sortByColumn(RecordHistoryModel::FieldColumn, Qt::AscendingOrder);
    QStringList fields;
    for (int r = 0; r < dialog.filter()->rowCount(); ++r)
        fields << dialog.filter()->index(r, RecordHistoryModel::FieldColumn).data().toString();
    QStringList sorted = fields;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.toLower() < b.toLower(); });
    CHECK(fields == sorted);

    ui::RecordHistoryDialog nothing(f.services->history, RecordKind::Customer, id + 1000, QStringLiteral("nobody"));
    CHECK(nothing.emptyText() == QStringLiteral("No changes are recorded yet."));
    CHECK_FALSE(nothing.searchBox()->isEnabled());
}

TEST_CASE("The customer page, lead page, document actions and payments panel open the history", "[ui][history]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    QWidget host;

    const qint64 customer = editedCustomer(f);
    ui::CustomerPage page(f.services->customers, *f.services, &host);
    REQUIRE(page.showCustomer(customer));
    REQUIRE(page.historyButton());
    page.historyButton()->click();
    ui::RecordHistoryDialog* dialog = openedDialog(page);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(rowOfField(*dialog->model(), QStringLiteral("City")) >= 0);
    dialog->close();

    leads::LeadService leadService(*f.db, f.clock);
    tasks::TaskService taskService(*f.db, f.clock);
    leads::Lead draft;
    draft.contact.name = QStringLiteral("Sara");
    auto lead = leadService.create(draft);
    REQUIRE(lead);
    REQUIRE(leadService.setOverride(lead->id, 75, QStringLiteral("met at the fair")));
    ui::LeadPage leadPage(leadService, taskService, &host);
    CHECK(leadPage.openHistory() == nullptr); // no history source yet
    leadPage.setRecordHistory(f.services->history);
    REQUIRE(leadPage.showLead(lead->id));
    CHECK_FALSE(leadPage.historyButton()->isHidden());
    leadPage.historyButton()->click();
    dialog = openedDialog(leadPage);
    REQUIRE(dialog);
    CHECK(rowOfField(*dialog->model(), QStringLiteral("Score set by hand")) >= 0);
    dialog->close();

    ui::DocumentActions actions(*f.services, &host);
    actions.setDocument(f.invoice.id);
    REQUIRE(actions.historyAction()->isVisible());
    actions.historyAction()->trigger();
    dialog = openedDialog(host);
    REQUIRE(dialog);
    CHECK(rowOfField(*dialog->model(), QStringLiteral("Number")) >= 0);
    CHECK(dialog->windowTitle().contains(f.invoice.number));
    dialog->close();
    delete dialog;

    f.cash(400000);
    ui::InvoicePaymentsPanel panel(*f.services, &host);
    panel.setInvoice(f.invoice.id);
    CHECK_FALSE(panel.historyButton()->isEnabled()); // nothing selected
    CHECK(panel.openPaymentHistory() == nullptr);
    panel.table()->selectRow(0);
    REQUIRE(panel.historyButton()->isEnabled());
    panel.historyButton()->click();
    dialog = openedDialog(panel);
    REQUIRE(dialog);
    CHECK(rowOfField(*dialog->model(), QStringLiteral("Amount")) >= 0);
}

TEST_CASE("Screenshots of the change history", "[.screenshots][history]")
{
    for (const auto language : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage translated(language);
        test::PaymentFixture f;
        const qint64 id = editedCustomer(f);
        customers::Interaction call;
        call.customerId = id;
        call.summary = u8("درخواست پیش‌فاکتور");
        REQUIRE(f.services->customers.logInteraction(call));
        REQUIRE(f.services->customers.archive(id));
        ui::RecordHistoryDialog dialog(f.services->history, RecordKind::Customer, id, u8("مشتری علی کریمی"));
        dialog.show();
        test::settle(50);
        const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
        QDir().mkpath(dir);
        const QString suffix = language == i18n::Language::Persian ? QStringLiteral("fa") : QStringLiteral("en");
        CHECK(dialog.grab().save(dir + QStringLiteral("/record-history-") + suffix + QStringLiteral(".png"), "PNG"));
        ui::RecordHistoryDialog payment(f.services->history, RecordKind::Payment, f.cash(500000).payments.first().id,
                                        u8("پرداخت"));
        payment.show();
        test::settle(50);
        CHECK(payment.grab().save(dir + QStringLiteral("/record-history-payment-") + suffix + QStringLiteral(".png"), "PNG"));
    }
}
