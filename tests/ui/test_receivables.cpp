#include "CollectionTestSupport.h"

#include "AgeingModel.h"
#include "ChequeCalendarPanel.h"
#include "ChequeListModel.h"
#include "JalaliMonthCalendar.h"
#include "OpenInvoiceModel.h"
#include "ReceivablesPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace peyvand;
using payments::AgeBucket;
using ui::AgeingModel;
using ui::OpenInvoiceModel;
using peyvand::test::u8;

namespace {
int bucketColumn(AgeBucket bucket)
{
    return AgeingModel::FirstBucketColumn + int(bucket);
}
} // namespace

TEST_CASE("The cheque calendar shows each day's received and issued cheques", "[ui][cheques][calendar]")
{
    test::UiLanguage language(i18n::Language::English);
    test::CollectionFixture f; // today 1404/08/20
    const qint64 karimi = f.customer(QStringLiteral("Ali Karimi"));
    const qint64 invoice = f.invoice(karimi, f.day(-5), 100'000'000);
    const QDate due = f.day(3);
    f.chequeFor(invoice, 20'000'000, due, QStringLiteral("1111222233334444"));
    f.chequeFor(invoice, 25'000'000, due, QStringLiteral("1111222233335555"));
    const payments::Cheque cleared = f.chequeFor(invoice, 5'000'000, due, QStringLiteral("1111222233336666"));
    f.move(cleared.id, payments::ChequeStatus::Deposited);
    f.move(cleared.id, payments::ChequeStatus::Cleared);
    f.issuedCheque(QStringLiteral("Alborz Trading"), 7'000'000, due, QStringLiteral("4444333322221111"));
    f.issuedCheque(QStringLiteral("Alborz Trading"), 9'000'000, f.day(6), QStringLiteral("4444333322229999"));

    ui::ChequeCalendarPanel panel(*f.services);
    panel.refresh();
    ui::JalaliMonthCalendar* calendar = panel.calendar();
    CHECK(calendar->month() == 8);
    ui::CalendarDayCell* cell = calendar->cellFor(due);
    REQUIRE(cell);
    REQUIRE(cell->lines().size() == 2);
    CHECK(cell->lines().at(0).text == QStringLiteral("↓ 2 · 45,000,000")); // the cleared one is done
    CHECK(cell->lines().at(1).text == QStringLiteral("↑ 1 · 7,000,000"));
    CHECK(cell->lines().at(0).color != cell->lines().at(1).color);
    CHECK(calendar->cellFor(f.day(6))->lines().size() == 1);
    CHECK(calendar->cellFor(f.day(1))->lines().isEmpty());
    CHECK(panel.monthSummary()->text().contains(QStringLiteral("45,000,000")));

    QAbstractItemModelTester tester(panel.dayModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(panel.dayModel()->rowCount() == 0); // today: none
    CHECK(panel.dayTitle()->text().startsWith(QStringLiteral("No open cheques due on")));
    QSignalSpy open(&panel, &ui::ChequeCalendarPanel::openChequeRequested);
    cell->click();
    CHECK(panel.shownDay() == due);
    CHECK(panel.dayModel()->rowCount() == 3);
    CHECK(panel.dayTitle()->text().startsWith(QStringLiteral("Open cheques due on")));
    emit panel.dayTable()->doubleClicked(panel.dayModel()->index(0, 0));
    REQUIRE(open.count() == 1);
    CHECK(open.first().first().toLongLong() == panel.dayModel()->chequeAt(0)->id);

    calendar->showNextMonth();
    CHECK(calendar->cellFor(f.day(35)) != nullptr);
    CHECK(calendar->cellFor(due) == nullptr);
}

TEST_CASE("The receivables page ages what customers owe", "[ui][receivables]")
{
    test::UiLanguage language(i18n::Language::English);
    test::CollectionFixture f;
    const qint64 karimi = f.customer(QStringLiteral("Ali Karimi"));
    const qint64 rezaei = f.customer(QStringLiteral("Leila Rezaei"));
    const qint64 sadeghi = f.customer(QStringLiteral("Maryam Sadeghi"));
    const qint64 old = f.invoice(karimi, f.day(-100), 40'000'000); // over 90
    f.cash(old, 10'000'000, f.day(-50));
    const qint64 recent = f.invoice(karimi, f.day(-20), 5'000'000); // 0–30
    f.chequeFor(recent, 5'000'000, f.day(10), QStringLiteral("1111222233334444"));
    const qint64 middle = f.invoice(rezaei, f.day(-45), 12'000'000); // 31–60
    const qint64 paid = f.invoice(sadeghi, f.day(-70), 3'000'000);
    f.cash(paid, 3'000'000, f.day(-60));

    ui::ReceivablesPage page(*f.services);
    QSignalSpy customer(&page, &ui::ReceivablesPage::openCustomerRequested);
    QSignalSpy document(&page, &ui::ReceivablesPage::openDocumentRequested);
    page.refresh();
    AgeingModel* ageing = page.ageingModel();
    QAbstractItemModelTester tester(ageing, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(ageing->rowCount() == 3); // two customers and the totals
    CHECK_FALSE(page.showsEmptyState());
    CHECK(test::plain(ageing->index(0, AgeingModel::CustomerColumn).data()) == QStringLiteral("Ali Karimi"));
    CHECK(ageing->index(0, bucketColumn(AgeBucket::Over90)).data().toString() == QStringLiteral("30,000,000"));
    CHECK(ageing->index(0, bucketColumn(AgeBucket::Days0To30)).data().toString() == QStringLiteral("5,000,000"));
    CHECK(ageing->index(0, bucketColumn(AgeBucket::Days31To60)).data().toString() == QStringLiteral("—"));
    CHECK(ageing->index(0, AgeingModel::TotalColumn).data().toString() == QStringLiteral("35,000,000"));
    CHECK(ageing->index(0, AgeingModel::PendingChequesColumn).data().toString() == QStringLiteral("5,000,000"));
    CHECK(ageing->index(1, bucketColumn(AgeBucket::Days31To60)).data().toString() == QStringLiteral("12,000,000"));
    CHECK(ageing->isTotalsRow(2));
    CHECK(ageing->index(2, AgeingModel::CustomerColumn).data().toString() == QStringLiteral("Total"));
    CHECK(ageing->index(2, AgeingModel::TotalColumn).data().toString() == QStringLiteral("47,000,000"));
    CHECK(ageing->index(2, bucketColumn(AgeBucket::NotDue)).data().toString() == QStringLiteral("0"));
    CHECK(ageing->headerData(bucketColumn(AgeBucket::Days61To90), Qt::Horizontal).toString()
          == payments::displayName(AgeBucket::Days61To90));
    CHECK(page.summaryLabel()->text().contains(QStringLiteral("47,000,000")));

    SECTION("sorting keeps the totals last")
    {
        ageing->sort(AgeingModel::CustomerColumn, Qt::DescendingOrder);
        CHECK(test::plain(ageing->index(0, AgeingModel::CustomerColumn).data()) == QStringLiteral("Leila Rezaei"));
        CHECK(ageing->isTotalsRow(2));
        ageing->sort(AgeingModel::TotalColumn, Qt::AscendingOrder);
        CHECK(ageing->index(0, AgeingModel::CustomerIdRole).data().toLongLong() == 0); // role on column 0 only
        CHECK(ageing->index(0, 0).data(AgeingModel::CustomerIdRole).toLongLong() == rezaei);
        CHECK(ageing->index(2, 0).data(AgeingModel::TotalsRowRole).toBool());
    }
    SECTION("open invoices of everyone, then of the chosen customer")
    {
        OpenInvoiceModel* invoices = page.invoiceModel();
        QAbstractItemModelTester invoiceTester(invoices, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(invoices->rowCount() == 3);
        CHECK(invoices->index(0, 0).data(OpenInvoiceModel::DocumentIdRole).toLongLong() == old); // most overdue
        CHECK(invoices->index(0, OpenInvoiceModel::BalanceColumn).data().toString() == QStringLiteral("30,000,000"));
        CHECK(invoices->index(0, OpenInvoiceModel::OverdueColumn).data().toString() == QStringLiteral("100"));
        CHECK(page.invoicesTitle()->text() == QStringLiteral("All customers' open invoices"));
        CHECK_FALSE(page.allInvoicesButton()->isEnabled());

        page.ageingTable()->setCurrentIndex(ageing->index(1, 0)); // Rezaei
        CHECK(page.invoicesCustomerId() == rezaei);
        REQUIRE(invoices->rowCount() == 1);
        CHECK(invoices->index(0, 0).data(OpenInvoiceModel::DocumentIdRole).toLongLong() == middle);
        CHECK(page.invoicesTitle()->text().contains(QStringLiteral("Leila Rezaei")));
        CHECK(page.allInvoicesButton()->isEnabled());

        emit page.invoiceTable()->doubleClicked(invoices->index(0, 1));
        REQUIRE(document.count() == 1);
        CHECK(document.first().first().toLongLong() == middle);
        emit page.ageingTable()->doubleClicked(ageing->index(1, 2));
        REQUIRE(customer.count() == 1);
        CHECK(customer.first().first().toLongLong() == rezaei);
        emit page.ageingTable()->doubleClicked(ageing->index(2, 0)); // the totals row opens nothing
        CHECK(customer.count() == 1);

        page.allInvoicesButton()->click();
        CHECK(invoices->rowCount() == 3);
        CHECK(page.invoicesCustomerId() == 0);
    }
}

TEST_CASE("The receivables page says when nobody owes anything", "[ui][receivables]")
{
    test::UiLanguage language(i18n::Language::English);
    test::CollectionFixture f;
    ui::ReceivablesPage page(*f.services);
    page.refresh();
    CHECK(page.showsEmptyState());
    CHECK(page.ageingModel()->rowCount() == 0);
    CHECK_FALSE(page.emptyText()->text().isEmpty());
}
