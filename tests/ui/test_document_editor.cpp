#include "DocumentTestSupport.h"

#include "CustomerPicker.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "DocumentAdditionsModel.h"
#include "DocumentAdjustmentsBox.h"
#include "DocumentEditor.h"
#include "DocumentEditorBar.h"
#include "DocumentHeaderForm.h"
#include "DocumentLinesModel.h"
#include "DocumentTotalsPanel.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"
#include "LineItemDelegate.h"
#include "LineTableView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;
using ui::Dialogs;
using ui::DocumentLinesModel;

namespace {
struct EditorFixture : test::DocumentFixture {
    ui::DocumentEditor editor { *services };

    EditorFixture()
    {
        Dialogs::takeShownTexts();
        editor.resize(1300, 850);
        editor.show();
        QApplication::setActiveWindow(&editor);
        test::settle();
    }

    DocumentLinesModel& lines() { return *editor.linesModel(); }
    QModelIndex cell(int row, int column) { return lines().index(row, column); }

    // Types into a cell the way a user does: the editor opens, the text goes
    // in, Tab commits and moves on.
    void typeInto(int row, int column, const QString& text)
    {
        ui::LineTableView* table = editor.linesTable();
        table->setFocus(Qt::OtherFocusReason);
        table->setCurrentIndex(cell(row, column));
        table->edit(cell(row, column));
        auto* input = qobject_cast<QLineEdit*>(table->indexWidget(cell(row, column)));
        REQUIRE(input);
        input->selectAll();
        test::typeText(input, text);
        QTest::keyClick(input, Qt::Key_Tab);
        test::settle();
    }
};
} // namespace

TEST_CASE("A new pre-invoice starts from today, the profile's validity and terms", "[ui][documents][editor]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::DocumentFixture f;
    sales::CompanyProfile profile = f.services->profile.load().valueOr({});
    profile.name = u8("فروشگاه پیوند");
    profile.defaultValidityDays = 10;
    profile.defaultTerms = u8("تحویل از انبار فروشنده");
    REQUIRE(f.services->profile.save(profile).hasValue());
    const qint64 customer = f.customer(u8("شرکت فناوران پارس"));

    ui::DocumentEditor editor(*f.services);
    editor.newQuote(customer);
    ui::DocumentHeaderForm& header = *editor.header();
    CHECK(header.customerPicker()->customerId() == customer);
    CHECK(header.customerPicker()->text() == u8("شرکت فناوران پارس"));
    CHECK(header.issueDateEdit()->date().valueOr({}) == f.clock.today());
    CHECK(header.validUntilEdit()->date().valueOr({}) == f.clock.today().addDays(10));
    CHECK(header.issueDateEdit()->lineEdit()->text() == u8("۱۴۰۴/۰۸/۲۰"));
    CHECK(header.descriptionEdit()->toPlainText() == u8("تحویل از انبار فروشنده"));
    CHECK(header.titleEdit()->text().isEmpty());
    CHECK(header.titleEdit()->placeholderText() == sales::defaultTitle(sales::DocumentType::Quote));
    CHECK(editor.documentId() == 0);
    CHECK_FALSE(editor.isDirty());
    CHECK_FALSE(editor.isReadOnly());
    CHECK(editor.banner()->isHidden());
    CHECK(editor.adjustments()->ratesLabel()->text().contains(u8("۷")));

    SECTION("the validity follows the issue date until the user sets it")
    {
        header.issueDateEdit()->setDate(test::jalaliDate(1404, 9, 1));
        emit header.issueDateEdit()->editingFinished();
        CHECK(header.validUntilEdit()->date().valueOr({}) == test::jalaliDate(1404, 9, 11));
        header.validUntilEdit()->setDate(test::jalaliDate(1404, 9, 30));
        emit header.validUntilEdit()->edited();
        header.issueDateEdit()->setDate(test::jalaliDate(1404, 9, 2));
        emit header.issueDateEdit()->editingFinished();
        CHECK(header.validUntilEdit()->date().valueOr({}) == test::jalaliDate(1404, 9, 30));
    }

    SECTION("an issue date in 1402 shows that year's rates")
    {
        header.issueDateEdit()->setDate(test::jalaliDate(1402, 6, 1));
        emit header.issueDateEdit()->editingFinished();
        CHECK(editor.adjustments()->ratesLabel()->text().contains(u8("۶")));
    }
}

TEST_CASE("Typing a line updates the totals through core", "[ui][documents][editor]")
{
    test::UiLanguage language(i18n::Language::Persian);
    EditorFixture f;
    QAbstractItemModelTester tester(f.editor.linesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::DocumentTotalsPanel& totals = *f.editor.totals();
    CHECK(totals.grandTotalLabel()->text() == u8("۰"));

    f.typeInto(0, DocumentLinesModel::DescriptionColumn, u8("لپ‌تاپ ایسوس"));
    // Tab moved on to the quantity cell.
    CHECK(f.editor.linesTable()->currentIndex() == f.cell(0, DocumentLinesModel::QuantityColumn));
    f.typeInto(0, DocumentLinesModel::QuantityColumn, u8("۲"));
    f.typeInto(0, DocumentLinesModel::UnitPriceColumn, u8("۱٬۰۰۰٬۰۰۰"));
    // 2 × 1,000,000 = 2,000,000 + VAT 7 % + duty 3 %
    CHECK(totals.grossLabel()->text() == u8("۲٬۰۰۰٬۰۰۰"));
    CHECK(totals.vatLabel()->text() == u8("۱۴۰٬۰۰۰"));
    CHECK(totals.dutyLabel()->text() == u8("۶۰٬۰۰۰"));
    CHECK(totals.grandTotalLabel()->text() == u8("۲٬۲۰۰٬۰۰۰"));
    CHECK(f.cell(0, DocumentLinesModel::TotalColumn).data().toString() == u8("۲٬۲۰۰٬۰۰۰"));
    CHECK(f.cell(0, DocumentLinesModel::TaxColumn).data().toString() == u8("۲۰۰٬۰۰۰"));
    CHECK(totals.wordsLabel()->text().startsWith(u8("دو میلیون و دویست هزار")));
    CHECK(f.editor.isDirty());
    CHECK(f.lines().rowCount() == 2); // the empty row for the next line

    SECTION("a line discount, a document discount and shipping")
    {
        f.typeInto(0, DocumentLinesModel::DiscountColumn, QStringLiteral("10%"));
        CHECK(totals.grandTotalLabel()->text() == u8("۱٬۹۸۰٬۰۰۰"));
        ui::DocumentAdjustmentsBox& adjustments = *f.editor.adjustments();
        adjustments.discountKindBox()->setCurrentIndex(2); // amount
        adjustments.discountEdit()->setText(QStringLiteral("800000"));
        emit adjustments.discountEdit()->textEdited(QStringLiteral("800000"));
        CHECK(totals.discountLabel()->text() == u8("۱٬۰۰۰٬۰۰۰"));
        CHECK(totals.grandTotalLabel()->text() == u8("۱٬۱۰۰٬۰۰۰"));
        QTest::mouseClick(adjustments.shippingButton(), Qt::LeftButton);
        ui::DocumentAdditionsModel& additions = *adjustments.additionsModel();
        REQUIRE(additions.setData(additions.index(0, ui::DocumentAdditionsModel::AmountColumn), QStringLiteral("50000")));
        CHECK(totals.additionsLabel()->text() == u8("۵۰٬۰۰۰"));
        CHECK(totals.grandTotalLabel()->text() == u8("۱٬۱۵۰٬۰۰۰")); // shipping is not taxed by default
        REQUIRE(additions.setData(additions.index(0, ui::DocumentAdditionsModel::TaxableColumn), Qt::Checked,
                                  Qt::CheckStateRole));
        CHECK(totals.grandTotalLabel()->text() == u8("۱٬۱۵۵٬۰۰۰"));
    }

    SECTION("overridden rates")
    {
        ui::DocumentAdjustmentsBox& adjustments = *f.editor.adjustments();
        adjustments.overrideRatesBox()->setChecked(true);
        CHECK(adjustments.vatEdit()->isEnabled());
        adjustments.vatEdit()->setText(QStringLiteral("9"));
        adjustments.dutyEdit()->setText(QStringLiteral("0"));
        emit adjustments.dutyEdit()->textEdited(QStringLiteral("0"));
        CHECK(totals.grandTotalLabel()->text() == u8("۲٬۱۸۰٬۰۰۰"));
        adjustments.vatEdit()->setText(QStringLiteral("abc"));
        emit adjustments.vatEdit()->textEdited(QStringLiteral("abc"));
        CHECK(totals.problemLabel()->isVisibleTo(&f.editor));
        CHECK(totals.grandTotalLabel()->text() == QStringLiteral("—"));
        // Core refuses a rate above 100 % when saving; the rates row says so.
        f.editor.header()->customerPicker()->setCustomer(f.customer(u8("رضا")), u8("رضا"));
        adjustments.vatEdit()->setText(QStringLiteral("120"));
        emit adjustments.vatEdit()->textEdited(QStringLiteral("120"));
        CHECK_FALSE(f.editor.save());
        CHECK(adjustments.findChild<QLabel*>(QStringLiteral("issue_rates"))->isVisibleTo(&f.editor));
    }

    SECTION("Ctrl+Delete removes the current line and the totals follow")
    {
        f.typeInto(1, DocumentLinesModel::DescriptionColumn, u8("کابل"));
        f.typeInto(1, DocumentLinesModel::UnitPriceColumn, QStringLiteral("500000"));
        CHECK(totals.grossLabel()->text() == u8("۲٬۵۰۰٬۰۰۰"));
        f.editor.linesTable()->setCurrentIndex(f.cell(0, DocumentLinesModel::CodeColumn));
        QTest::keyClick(f.editor.linesTable(), Qt::Key_Delete, Qt::ControlModifier);
        CHECK(f.lines().rowCount() == 2);
        CHECK(totals.grossLabel()->text() == u8("۵۰۰٬۰۰۰"));
        // The empty row at the end is not removed.
        f.editor.linesTable()->setCurrentIndex(f.cell(1, DocumentLinesModel::CodeColumn));
        QTest::keyClick(f.editor.linesTable(), Qt::Key_Delete, Qt::ControlModifier);
        CHECK(f.lines().rowCount() == 2);
    }

    SECTION("Tab skips the computed columns and wraps to the next row")
    {
        f.editor.linesTable()->setFocus();
        f.editor.linesTable()->setCurrentIndex(f.cell(0, DocumentLinesModel::TaxableColumn));
        QTest::keyClick(f.editor.linesTable(), Qt::Key_Tab);
        CHECK(f.editor.linesTable()->currentIndex() == f.cell(1, DocumentLinesModel::CodeColumn));
        QTest::keyClick(f.editor.linesTable(), Qt::Key_Backtab);
        CHECK(f.editor.linesTable()->currentIndex() == f.cell(0, DocumentLinesModel::TaxableColumn));
        QTest::keyClick(f.editor.linesTable(), Qt::Key_Space); // toggles the tax flag
        CHECK(f.cell(0, DocumentLinesModel::TaxableColumn).data(Qt::CheckStateRole).value<Qt::CheckState>()
              == Qt::Unchecked);
        CHECK(totals.grandTotalLabel()->text() == u8("۲٬۰۰۰٬۰۰۰"));
    }
}

TEST_CASE("An invalid quantity marks its line and withholds the totals", "[ui][documents][editor]")
{
    test::UiLanguage language(i18n::Language::English);
    EditorFixture f;
    for (int row = 0; row < 3; ++row) {
        f.typeInto(row, DocumentLinesModel::DescriptionColumn, QStringLiteral("Item %1").arg(row + 1));
        f.typeInto(row, DocumentLinesModel::UnitPriceColumn, QStringLiteral("1000"));
    }
    f.typeInto(2, DocumentLinesModel::QuantityColumn, QStringLiteral("1.2345"));
    const QModelIndex quantity = f.cell(2, DocumentLinesModel::QuantityColumn);
    CHECK(quantity.data().toString() == QStringLiteral("1.2345")); // kept as typed
    CHECK_FALSE(quantity.data(DocumentLinesModel::ErrorRole).toString().isEmpty());
    CHECK(quantity.data(Qt::BackgroundRole).isValid());
    CHECK(f.editor.linesMessage()->isVisibleTo(&f.editor));
    CHECK(f.editor.linesMessage()->text().startsWith(QStringLiteral("Line 3, Quantity:")));
    CHECK(f.editor.totals()->grandTotalLabel()->text() == QStringLiteral("—"));
    CHECK(f.editor.totals()->problemLabel()->isVisibleTo(&f.editor));

    SECTION("saving is refused and goes to the cell")
    {
        f.editor.header()->customerPicker()->setCustomer(f.customer(QStringLiteral("Ali")), QStringLiteral("Ali"));
        CHECK_FALSE(f.editor.save());
        CHECK(f.editor.documentId() == 0);
        CHECK(f.editor.linesTable()->currentIndex() == quantity);
    }

    SECTION("correcting it brings the totals back")
    {
        f.typeInto(2, DocumentLinesModel::QuantityColumn, QStringLiteral("1.5"));
        CHECK(quantity.data(DocumentLinesModel::ErrorRole).isNull());
        CHECK_FALSE(f.editor.linesMessage()->isVisibleTo(&f.editor));
        CHECK(f.editor.totals()->grossLabel()->text() == QStringLiteral("3,500"));
    }
}

TEST_CASE("Saving a draft with Ctrl+S, and core's errors on their fields", "[ui][documents][editor]")
{
    test::UiLanguage language(i18n::Language::English);
    EditorFixture f;
    QSignalSpy saved(&f.editor, &ui::DocumentEditor::documentSaved);
    f.typeInto(0, DocumentLinesModel::DescriptionColumn, QStringLiteral("Consulting"));
    f.typeInto(0, DocumentLinesModel::UnitPriceColumn, QStringLiteral("2500000"));

    SECTION("without a customer the customer field says so")
    {
        QTest::keyClick(f.editor.linesTable(), Qt::Key_S, Qt::ControlModifier);
        CHECK(saved.isEmpty());
        CHECK(f.editor.header()->feedback()->errorFields() == QStringList { QStringLiteral("customer_id") });
        CHECK_FALSE(f.editor.header()->feedback()->message(QStringLiteral("customer_id")).isEmpty());
        // Picking a customer clears the message.
        const qint64 id = f.customer(QStringLiteral("Sara Mohammadi"));
        ui::CustomerPicker& picker = *f.editor.header()->customerPicker();
        picker.lineEdit()->setFocus();
        test::typeText(picker.lineEdit(), QStringLiteral("Sara"));
        REQUIRE(picker.suggestions()->rowCount() == 1);
        REQUIRE(picker.pickSuggestion(0));
        CHECK(picker.customerId() == id);
        CHECK(f.editor.header()->feedback()->errorFields().isEmpty());
    }

    SECTION("a line without a description is marked in its cell")
    {
        f.editor.header()->customerPicker()->setCustomer(f.customer(QStringLiteral("Reza")), QStringLiteral("Reza"));
        f.typeInto(1, DocumentLinesModel::UnitPriceColumn, QStringLiteral("100"));
        CHECK_FALSE(f.editor.save());
        const QModelIndex description = f.cell(1, DocumentLinesModel::DescriptionColumn);
        CHECK_FALSE(description.data(DocumentLinesModel::ErrorRole).toString().isEmpty());
        CHECK(f.editor.linesTable()->currentIndex() == description);
        CHECK(f.editor.linesMessage()->text().startsWith(QStringLiteral("Line 2, Description:")));
    }

    SECTION("a saved draft reads back as typed")
    {
        const qint64 customer = f.customer(QStringLiteral("Reza"));
        f.editor.header()->customerPicker()->setCustomer(customer, QStringLiteral("Reza"));
        f.editor.header()->marketerEdit()->setText(QStringLiteral("Karimi"));
        f.editor.header()->outgoingNumberEdit()->setText(QStringLiteral("OUT-12"));
        QTest::keyClick(f.editor.linesTable(), Qt::Key_S, Qt::ControlModifier);
        REQUIRE(saved.size() == 1);
        const qint64 id = saved.first().first().toLongLong();
        CHECK(f.editor.documentId() == id);
        CHECK_FALSE(f.editor.isDirty());
        CHECK(f.editor.bar()->titleLabel()->text() == QStringLiteral("Draft pre-invoice"));
        const sales::Document stored = f.services->documents.get(id).valueOr({});
        CHECK(stored.customerId == customer);
        CHECK(stored.marketer == QStringLiteral("Karimi"));
        CHECK(stored.outgoingNumber == QStringLiteral("OUT-12"));
        REQUIRE(stored.lines.size() == 1);
        CHECK(stored.lines[0].unitPrice.rial() == 2500000);
        CHECK(stored.grandTotal.rial() == 2750000);
        CHECK(stored.validUntil == f.clock.today().addDays(7));

        // Editing again updates the same draft.
        f.typeInto(0, DocumentLinesModel::QuantityColumn, QStringLiteral("2"));
        REQUIRE(f.editor.save());
        CHECK(f.services->documents.get(id).valueOr({}).grandTotal.rial() == 5500000);
        CHECK(f.services->query.totals({}).valueOr({}).count == 1);
    }
}

TEST_CASE("Ctrl+Enter saves and issues, an issued document opens read-only", "[ui][documents][editor]")
{
    test::UiLanguage language(i18n::Language::English);
    EditorFixture f;
    f.editor.header()->customerPicker()->setCustomer(f.customer(QStringLiteral("Reza")), QStringLiteral("Reza"));
    f.typeInto(0, DocumentLinesModel::DescriptionColumn, QStringLiteral("Consulting"));
    f.typeInto(0, DocumentLinesModel::UnitPriceColumn, QStringLiteral("1000000"));
    Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
    QTest::keyClick(f.editor.linesTable(), Qt::Key_Return, Qt::ControlModifier);

    const sales::Document& issued = f.editor.document();
    REQUIRE(issued.id > 0);
    CHECK(issued.state == sales::DocumentState::Issued);
    CHECK(issued.number == QStringLiteral("PF-1404-0001"));
    CHECK(f.editor.isReadOnly());
    CHECK(f.editor.banner()->isVisibleTo(&f.editor));
    CHECK(f.editor.bannerText()->text().contains(QStringLiteral("PF-1404-0001")));
    CHECK(f.editor.bannerText()->text().contains(QStringLiteral("cannot be changed")));
    CHECK_FALSE(f.editor.bar()->saveButton()->isVisibleTo(&f.editor));
    CHECK(f.editor.linesModel()->rowCount() == 1); // no empty row for new lines
    CHECK_FALSE(f.editor.linesModel()->flags(f.cell(0, DocumentLinesModel::UnitPriceColumn)).testFlag(Qt::ItemIsEditable));
    CHECK(f.editor.header()->titleEdit()->isReadOnly());
    CHECK_FALSE(f.editor.save());
    CHECK(f.editor.totals()->grandTotalLabel()->text() == QStringLiteral("1,100,000"));
    CHECK_FALSE(f.editor.actions()->removeAction()->isVisible());
    CHECK(f.editor.actions()->convertAction()->isVisible());

    SECTION("Duplicate in the banner opens a new draft")
    {
        const qint64 issuedId = issued.id;
        QTest::mouseClick(f.editor.bannerDuplicateButton(), Qt::LeftButton);
        CHECK(f.editor.documentId() != issuedId);
        CHECK_FALSE(f.editor.isReadOnly());
        CHECK(f.editor.banner()->isHidden());
        CHECK(f.editor.linesModel()->collect().lines.size() == 1);
    }

    SECTION("opening it again is read-only too")
    {
        ui::DocumentEditor other(*f.services);
        REQUIRE(other.openDocument(issued.id));
        CHECK(other.isReadOnly());
        CHECK_FALSE(other.banner()->isHidden());
        CHECK_FALSE(other.openDocument(9999));
    }
}

TEST_CASE("Picking a catalog product fills the line", "[ui][documents][editor]")
{
    test::UiLanguage language(i18n::Language::English);
    EditorFixture f;
    f.product(QStringLiteral("K-001"), QStringLiteral("Asus laptop"), 185000000, QStringLiteral("pc"));
    f.product(QStringLiteral("S-100"), QStringLiteral("Installation"), 12500000, QStringLiteral("job"), true);
    ui::LineTableView* table = f.editor.linesTable();
    table->setFocus();
    table->setCurrentIndex(f.cell(0, DocumentLinesModel::DescriptionColumn));
    table->edit(f.cell(0, DocumentLinesModel::DescriptionColumn));
    auto* input = qobject_cast<QLineEdit*>(table->indexWidget(f.cell(0, DocumentLinesModel::DescriptionColumn)));
    REQUIRE(input);
    test::typeText(input, QStringLiteral("install"));
    QCompleter* completer = input->completer();
    REQUIRE(completer);
    REQUIRE(completer->model()->rowCount() == 1);
    emit completer->activated(completer->model()->index(0, 0));
    test::settle();

    const sales::DocumentLine line = f.lines().collect().lines.value(0);
    CHECK(line.code == QStringLiteral("S-100"));
    CHECK(line.description == QStringLiteral("Installation"));
    CHECK(line.unit == QStringLiteral("job"));
    CHECK(line.unitPrice.rial() == 12500000);
    CHECK_FALSE(line.taxable);
    CHECK(line.productId.has_value());
    CHECK(table->currentIndex() == f.cell(0, DocumentLinesModel::QuantityColumn));
    CHECK(f.editor.totals()->grandTotalLabel()->text() == QStringLiteral("12,500,000"));
}

TEST_CASE("Leaving an edited document asks first", "[ui][documents][editor]")
{
    test::UiLanguage language(i18n::Language::English);
    EditorFixture f;
    CHECK(f.editor.confirmLeave()); // nothing typed
    f.typeInto(0, DocumentLinesModel::DescriptionColumn, QStringLiteral("Item"));
    Dialogs::scriptAnswers({ Dialogs::Answer::No });
    CHECK_FALSE(f.editor.confirmLeave());
    Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
    CHECK(f.editor.confirmLeave());
    CHECK_FALSE(f.editor.isDirty());
}

TEST_CASE("Enter commits a cell and goes on to the next one", "[ui][documents][editor]")
{
    test::UiLanguage language(i18n::Language::English);
    EditorFixture f;
    ui::LineTableView* table = f.editor.linesTable();
    table->setFocus();
    table->setCurrentIndex(f.cell(0, DocumentLinesModel::CodeColumn));
    QTest::keyClick(table, Qt::Key_Return); // starts editing
    auto* input = qobject_cast<QLineEdit*>(table->indexWidget(f.cell(0, DocumentLinesModel::CodeColumn)));
    REQUIRE(input);
    test::typeText(input, QStringLiteral("X-1"));
    QTest::keyClick(input, Qt::Key_Return);
    test::settle();
    CHECK(f.cell(0, DocumentLinesModel::CodeColumn).data(Qt::EditRole).toString() == QStringLiteral("X-1"));
    CHECK(table->currentIndex() == f.cell(0, DocumentLinesModel::DescriptionColumn));
    CHECK(table->indexWidget(f.cell(0, DocumentLinesModel::DescriptionColumn)) != nullptr); // editing goes on
    CHECK(f.lines().rowCount() == 2);

    // Enter on a computed cell moves on instead of editing it.
    table->commitOpenEditor();
    table->setCurrentIndex(f.cell(0, DocumentLinesModel::NetColumn));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(table->currentIndex() == f.cell(1, DocumentLinesModel::CodeColumn));
}
