#include "DocumentTestSupport.h"

#include "CustomerDocumentsBox.h"
#include "CustomerListPage.h"
#include "CustomerPage.h"
#include "CustomerPicker.h"
#include "CustomerSummaryBox.h"
#include "Dialogs.h"
#include "DocumentEditor.h"
#include "DocumentEditorBar.h"
#include "DocumentHeaderForm.h"
#include "DocumentLinesModel.h"
#include "DocumentListModel.h"
#include "DocumentListPage.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace peyvand;
using peyvand::test::u8;
using ui::Dialogs;

namespace {
struct WindowFixture {
    std::unique_ptr<storage::Database> db = test::memoryDatabase();
    ui::MainWindow window { *db };
    ui::DocumentServices& services = window.documentServices();
    qint64 customer = 0;
    sales::Document invoice;
    sales::Document quote;

    WindowFixture()
    {
        customer = test::addCustomer(window.service(), u8("شرکت فناوران پارس")).id;
        sales::Document draft;
        draft.customerId = customer;
        draft.lines = { test::documentLine(u8("لپ‌تاپ"), 1000000) };
        quote = *services.documents.createDraft(draft);
        draft.type = sales::DocumentType::Invoice;
        invoice = *services.documents.issue(services.documents.createDraft(draft)->id);
        window.customerList()->refresh();
        window.show();
        test::settle();
        Dialogs::takeShownTexts();
    }
};
} // namespace

TEST_CASE("The main window shows the document list and opens documents in the editor", "[ui][documents][window]")
{
    test::UiLanguage language(i18n::Language::English);
    WindowFixture f;
    REQUIRE(f.window.showPage(QStringLiteral("documents")));
    CHECK(f.window.navigation()->current() == ui::NavigationBar::Section::Documents);
    CHECK(f.window.documentList()->isVisible());
    CHECK(f.window.documentList()->model()->rowCount() == 2);

    REQUIRE(f.window.showDocument(f.quote.id));
    CHECK(f.window.showsDocumentEditor());
    CHECK(f.window.documentEditor()->documentId() == f.quote.id);
    CHECK_FALSE(f.window.showDocument(9999));

    SECTION("Back returns to the list")
    {
        auto* back = f.window.documentEditor()->bar()->backButton();
        REQUIRE(back);
        QTest::mouseClick(back, Qt::LeftButton);
        CHECK_FALSE(f.window.showsDocumentEditor());
        CHECK(f.window.documentList()->isVisible());
    }

    SECTION("unsaved changes keep the editor open unless discarded")
    {
        ui::DocumentLinesModel* lines = f.window.documentEditor()->linesModel();
        REQUIRE(lines->setData(lines->index(0, ui::DocumentLinesModel::QuantityColumn), QStringLiteral("3")));
        Dialogs::scriptAnswers({ Dialogs::Answer::No });
        f.window.showSection(ui::NavigationBar::Section::Customers);
        CHECK(f.window.showsDocumentEditor());
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        f.window.showSection(ui::NavigationBar::Section::Customers);
        CHECK_FALSE(f.window.showsDocumentEditor());
        CHECK(f.services.documents.get(f.quote.id).valueOr({}).lines.value(0).quantity.milli == 1000);
    }

    SECTION("saving in the editor refreshes the list")
    {
        ui::DocumentLinesModel* lines = f.window.documentEditor()->linesModel();
        REQUIRE(lines->setData(lines->index(0, ui::DocumentLinesModel::QuantityColumn), QStringLiteral("3")));
        REQUIRE(f.window.documentEditor()->save());
        f.window.showDocuments();
        const int row = f.window.documentList()->model()->rowOf(f.quote.id);
        REQUIRE(row >= 0);
        CHECK(f.window.documentList()->model()->rowAt(row)->grandTotal.rial() == 3300000);
    }
}

TEST_CASE("The customer page lists the customer's documents and sales", "[ui][documents][window]")
{
    test::UiLanguage language(i18n::Language::Persian);
    WindowFixture f;
    payments::NewPayment cash;
    cash.documentId = f.invoice.id;
    cash.amount = f.invoice.grandTotal;
    REQUIRE(f.services.payments.receive(cash).hasValue());
    REQUIRE(f.window.showCustomer(f.customer));
    ui::CustomerPage& page = *f.window.customerPage();
    ui::CustomerDocumentsBox& box = *page.documentsBox();
    QAbstractItemModelTester tester(box.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(box.model()->rowCount() == 2);
    CHECK(box.table()->isColumnHidden(ui::DocumentListModel::CustomerColumn));
    CHECK(page.summaryBox()->purchaseCountLabel()->text() == u8("۱"));
    CHECK(page.summaryBox()->lifetimeValueLabel()->text().contains(u8("۱٬۱۰۰٬۰۰۰")));
    CHECK_FALSE(page.summaryBox()->lastPurchaseLabel()->text().isEmpty());
    CHECK(test::hasPersianDigits(page.summaryBox()->openBalanceLabel()->text()));

    SECTION("New pre-invoice opens the editor for this customer; Back returns to the customer")
    {
        QTest::mouseClick(box.newQuoteButton(), Qt::LeftButton);
        REQUIRE(f.window.showsDocumentEditor());
        ui::DocumentEditor& editor = *f.window.documentEditor();
        CHECK(editor.documentId() == 0);
        CHECK(editor.header()->customerPicker()->customerId() == f.customer);
        CHECK(editor.header()->customerPicker()->text() == u8("شرکت فناوران پارس"));
        CHECK(f.window.navigation()->current() == ui::NavigationBar::Section::Customers);
        emit editor.backRequested();
        CHECK(f.window.showsCustomerPage());
    }

    SECTION("opening a listed document")
    {
        box.table()->setFocus();
        box.table()->setCurrentIndex(box.model()->index(box.model()->rowOf(f.invoice.id), 0));
        QTest::keyClick(box.table(), Qt::Key_Return);
        REQUIRE(f.window.showsDocumentEditor());
        CHECK(f.window.documentEditor()->documentId() == f.invoice.id);
        CHECK(f.window.documentEditor()->isReadOnly());
    }
}

TEST_CASE("A customer without documents says so", "[ui][documents][window]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    const qint64 id = test::addCustomer(window.service(), QStringLiteral("Nobody")).id;
    window.show();
    REQUIRE(window.showCustomer(id));
    ui::CustomerDocumentsBox& box = *window.customerPage()->documentsBox();
    CHECK(box.model()->rowCount() == 0);
    CHECK(box.emptyLabel()->isVisibleTo(&box));
    CHECK(window.customerPage()->summaryBox()->purchaseCountLabel()->text() == QStringLiteral("0"));
    CHECK(window.customerPage()->summaryBox()->lastPurchaseLabel()->text() == QStringLiteral("None yet"));
}
