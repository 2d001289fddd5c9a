#include "DocumentTestSupport.h"

#include "CustomerPicker.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "DocumentFilterBar.h"
#include "DocumentListModel.h"
#include "DocumentListPage.h"
#include "ReceivePaymentDialog.h"
#include "JalaliDateEdit.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;
using sales::DocumentState;
using ui::Dialogs;
using ui::DocumentListModel;

namespace {
struct ListFixture : test::DocumentFixture {
    qint64 ali = customer(QStringLiteral("Ali Rezaei"));
    qint64 sara = customer(QStringLiteral("Sara Mohammadi"));
    sales::Document draft = quote(ali, { test::documentLine(QStringLiteral("Cable"), 100000) }, {}, QStringLiteral("Karimi"));
    sales::Document issued = issue(quote(sara, { test::documentLine(QStringLiteral("Laptop"), 2000000) },
                                         test::jalaliDate(1404, 8, 15), QStringLiteral("Ahmadi")).id);
    sales::Document old = issue(quote(ali, { test::documentLine(QStringLiteral("Switch"), 500000) },
                                      test::jalaliDate(1402, 12, 29)).id);
    std::unique_ptr<ui::DocumentListPage> page;

    ListFixture()
    {
        Dialogs::takeShownTexts();
        page = std::make_unique<ui::DocumentListPage>(*services);
        page->resize(1200, 700);
        page->show();
        test::settle();
    }

    QStringList numbersShown() const
    {
        QStringList numbers;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            numbers << page->model()->rowAt(row)->number;
        return numbers;
    }
};
} // namespace

TEST_CASE("The document list shows what was issued, with count and sum", "[ui][documents][list]")
{
    test::UiLanguage language(i18n::Language::English);
    ListFixture f;
    // Showing the page expired the 1402 pre-invoice (its validity ended long ago).
    CHECK(f.services->documents.get(f.old.id).valueOr({}).state == DocumentState::Expired);
    REQUIRE(f.page->model()->rowCount() == 3);
    CHECK(f.page->model()->rowAt(0)->id == f.draft.id); // newest first
    CHECK(f.page->totalsLabel()->text() == QStringLiteral("3 documents, grand total 2,855,000 Rial"));
    CHECK_FALSE(f.page->showsEmptyState());
    CHECK(f.page->currentDocumentId() == f.draft.id);
    CHECK(f.page->actions()->issueAction()->isVisible());
    CHECK(f.page->actions()->removeAction()->isVisible());
    CHECK_FALSE(f.page->actions()->convertAction()->isVisible());

    SECTION("filters: type, state, customer, marketer, text and dates")
    {
        ui::DocumentFilterBar& filters = *f.page->filterBar();
        filters.typeFilter()->setCurrentIndex(2); // invoices
        CHECK(f.page->model()->rowCount() == 0);
        CHECK(f.page->showsEmptyState());
        CHECK(f.page->emptyLabel()->text() == QStringLiteral("No document matches these filters."));
        filters.typeFilter()->setCurrentIndex(1); // pre-invoices
        CHECK(f.page->model()->rowCount() == 3);
        filters.stateFilter()->setCurrentIndex(filters.stateFilter()->findData(int(DocumentState::Issued)));
        CHECK(f.numbersShown() == QStringList { f.issued.number });
        filters.stateFilter()->setCurrentIndex(0);

        filters.customerFilter()->lineEdit()->setFocus();
        test::typeText(filters.customerFilter()->lineEdit(), QStringLiteral("Ali"));
        REQUIRE(filters.customerFilter()->suggestions()->rowCount() == 1);
        REQUIRE(filters.customerFilter()->pickSuggestion(0));
        CHECK(f.page->model()->rowCount() == 2);
        CHECK(f.page->totalsLabel()->text().startsWith(QStringLiteral("2 documents")));
        // A name typed without picking one searches like the free text.
        test::typeText(filters.customerFilter()->lineEdit(), QStringLiteral("x"));
        filters.flushPendingSearch();
        CHECK(filters.customerFilter()->customerId() == 0);
        CHECK(f.page->model()->rowCount() == 0);
        filters.customerFilter()->lineEdit()->setText(QStringLiteral("Sara"));
        emit filters.customerFilter()->textEdited(QStringLiteral("Sara"));
        filters.flushPendingSearch();
        CHECK(f.numbersShown() == QStringList { f.issued.number });
        filters.customerFilter()->clear();
        emit filters.customerFilter()->customerChanged(0);
        CHECK(f.page->model()->rowCount() == 3);

        filters.marketerFilter()->setText(QStringLiteral("Ahmadi"));
        filters.flushPendingSearch();
        CHECK(f.numbersShown() == QStringList { f.issued.number });
        filters.marketerFilter()->clear();

        filters.searchBox()->setText(QStringLiteral("Sara"));
        filters.flushPendingSearch();
        CHECK(f.numbersShown() == QStringList { f.issued.number });
        filters.searchBox()->setText(f.issued.number);
        filters.flushPendingSearch();
        CHECK(f.numbersShown() == QStringList { f.issued.number });
        filters.searchBox()->clear();
        filters.flushPendingSearch();

        filters.fromDate()->setDate(test::jalaliDate(1404, 8, 1));
        emit filters.fromDate()->editingFinished();
        CHECK(f.page->model()->rowCount() == 2);
        filters.toDate()->setDate(test::jalaliDate(1404, 8, 16));
        emit filters.toDate()->editingFinished();
        CHECK(f.numbersShown() == QStringList { f.issued.number });
        CHECK(filters.hasFilters());
    }

    SECTION("clicking the total column sorts by total")
    {
        f.page->table()->horizontalHeader()->setSortIndicator(DocumentListModel::TotalColumn, Qt::AscendingOrder);
        CHECK(f.page->model()->sortOrder() == sales::DocumentSort::TotalDesc);
        CHECK(f.page->model()->rowAt(0)->id == f.issued.id);
        CHECK(f.page->table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    }

    SECTION("double-click or Enter opens the editor")
    {
        QSignalSpy open(f.page.get(), &ui::DocumentListPage::openDocumentRequested);
        f.page->select(f.issued.id);
        f.page->table()->setFocus();
        QTest::keyClick(f.page->table(), Qt::Key_Return);
        REQUIRE(open.size() == 1);
        CHECK(open.first().first().toLongLong() == f.issued.id);
    }

    SECTION("issuing the selected draft")
    {
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        f.page->actions()->issueAction()->trigger();
        const sales::Document now = f.services->documents.get(f.draft.id).valueOr({});
        CHECK(now.state == DocumentState::Issued);
        CHECK(f.page->currentDocumentId() == f.draft.id);
        CHECK(f.page->actions()->acceptAction()->isVisible());
        CHECK_FALSE(f.page->actions()->issueAction()->isVisible());
    }

    SECTION("deleting a draft asks first")
    {
        Dialogs::scriptAnswers({ Dialogs::Answer::No });
        CHECK_FALSE(f.page->actions()->removeDraft());
        CHECK(f.page->model()->rowCount() == 3);
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        CHECK(f.page->actions()->removeDraft());
        CHECK(f.page->model()->rowCount() == 2);
        CHECK(Dialogs::takeShownTexts().size() == 2);
    }

    SECTION("accept, then convert; duplicate opens the copy")
    {
        f.page->select(f.issued.id);
        CHECK(f.page->actions()->acceptAction()->isVisible());
        REQUIRE(f.page->actions()->accept());
        CHECK(f.services->documents.get(f.issued.id).valueOr({}).state == DocumentState::Accepted);
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        const std::optional<sales::ConversionReport> report = f.page->actions()->convert();
        REQUIRE(report);
        CHECK_FALSE(report->ratesChanged);
        CHECK(f.page->currentDocumentId() == report->invoiceId); // the new invoice is selected
        CHECK(f.page->actions()->receivePaymentAction()->isVisible());
        ui::ReceivePaymentDialog* payment = f.page->actions()->receivePayment();
        REQUIRE(payment);
        payment->accept(); // cash, the whole balance
        REQUIRE(payment->receipt());
        CHECK(f.services->documents.get(report->invoiceId).valueOr({}).state == DocumentState::Settled);
        CHECK_FALSE(f.page->actions()->receivePaymentAction()->isVisible());
        CHECK(f.page->actions()->planAction()->isVisible());

        QSignalSpy open(f.page.get(), &ui::DocumentListPage::openDocumentRequested);
        const std::optional<qint64> copy = f.page->actions()->duplicate();
        REQUIRE(copy);
        REQUIRE(open.size() == 1);
        CHECK(open.first().first().toLongLong() == *copy);
    }

    SECTION("rejecting asks first")
    {
        f.page->select(f.issued.id);
        Dialogs::scriptAnswers({ Dialogs::Answer::No });
        CHECK_FALSE(f.page->actions()->reject());
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        CHECK(f.page->actions()->reject());
        CHECK(f.services->documents.get(f.issued.id).valueOr({}).state == DocumentState::Rejected);
    }
}

TEST_CASE("Converting a pre-invoice of 1402 says the rates changed, old and new", "[ui][documents][list]")
{
    test::UiLanguage language(i18n::Language::English);
    test::DocumentFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    sales::Document draft;
    draft.customerId = ali;
    draft.issueDate = test::jalaliDate(1402, 12, 20);
    draft.validUntil = test::jalaliDate(1404, 12, 20); // still valid today
    draft.lines = { test::documentLine(QStringLiteral("Switch"), 1000000) };
    const Result<sales::Document> created = f.services->documents.createDraft(draft);
    REQUIRE(created.hasValue());
    const sales::Document quote = f.issue(created->id);

    ui::DocumentListPage page(*f.services);
    page.show();
    page.select(quote.id);
    REQUIRE(page.actions()->convertAction()->isVisible());
    Dialogs::takeShownTexts();
    Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
    page.actions()->convertAction()->trigger();

    const QStringList shown = Dialogs::takeShownTexts();
    REQUIRE(shown.size() == 2); // the question, then the notice
    const QString notice = shown.last();
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("VAT 6 % + duty 3 %")));
    CHECK(notice.contains(QStringLiteral("VAT 7 % + duty 3 %")));
    CHECK(notice.contains(QStringLiteral("1,090,000")));
    CHECK(notice.contains(QStringLiteral("1,100,000")));
    CHECK(notice.contains(quote.number));
    CHECK(notice.contains(QStringLiteral("INV-1404-0001")));
    CHECK(f.services->documents.get(quote.id).valueOr({}).state == DocumentState::Converted);

    SECTION("the notice reads the report")
    {
        sales::ConversionReport report;
        report.ratesChanged = true;
        report.quoteRates = { BasisPoints { 600 }, BasisPoints { 300 } };
        report.invoiceRates = { BasisPoints { 700 }, BasisPoints { 300 } };
        report.quoteTotal = Money::fromRial(1090);
        report.invoiceTotal = Money::fromRial(1100);
        test::UiLanguage persian(i18n::Language::Persian);
        const QString text = ui::DocumentActions::conversionNotice(report, QStringLiteral("PF-1"), QStringLiteral("INV-1"));
        CHECK(text.contains(u8("۱٬۰۹۰")));
        CHECK(text.contains(u8("۱٬۱۰۰")));
    }
}

TEST_CASE("An empty document list invites to create one", "[ui][documents][list]")
{
    test::UiLanguage language(i18n::Language::English);
    test::DocumentFixture f;
    ui::DocumentListPage page(*f.services);
    page.show();
    test::settle();
    CHECK(page.showsEmptyState());
    CHECK(page.emptyLabel()->text() == QStringLiteral("No documents yet — create one."));
    CHECK(page.totalsLabel()->text() == QStringLiteral("0 documents, grand total 0 Rial"));
    QSignalSpy create(&page, &ui::DocumentListPage::newQuoteRequested);
    QTest::mouseClick(page.newQuoteButton(), Qt::LeftButton);
    CHECK(create.size() == 1);
    for (QAction* action : page.actions()->actions())
        CHECK_FALSE(action->isEnabled());
}
