#include "UiTestSupport.h"

#include "CustomerListModel.h"
#include "InteractionListModel.h"
#include "NoteListModel.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "customers/DemoData.h"

#include <QAbstractItemModelTester>

using namespace peyvand;
using peyvand::test::u8;
using ui::CustomerListModel;

namespace {
void fillDemo(storage::Database& db, qint64 count)
{
    customers::DemoDataOptions options;
    options.customers = count;
    options.withNotesAndInteractions = false;
    const Result<qint64> made = customers::generateDemoCustomers(db, options);
    REQUIRE(made.hasValue());
}
} // namespace

TEST_CASE("CustomerListModel pages lazily and passes the model tester", "[ui][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    fillDemo(*db, 250);
    customers::CustomerSearch search(*db);
    CustomerListModel model(search);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    customers::CustomerQuery query;
    query.sort = customers::CustomerQuery::Sort::Name;
    model.setQuery(query);
    // The tester may already have fetched a page; never more than it asked for.
    CHECK(model.rowCount() % CustomerListModel::kPageSize == 0);
    CHECK(model.rowCount() <= 200);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));

    SECTION("columns show Persian digits and Jalali dates, the sort role keeps raw values")
    {
        const QModelIndex since = model.index(0, CustomerListModel::SinceColumn);
        const QString shown = since.data().toString();
        CHECK(test::hasPersianDigits(shown));
        CHECK_FALSE(test::hasLatinDigits(shown));
        CHECK(since.data(CustomerListModel::SortRole).toString().contains(QLatin1Char('-'))); // ISO date
        const QModelIndex mobile = model.index(0, CustomerListModel::MobileColumn);
        CHECK(mobile.data(CustomerListModel::SortRole).toString().startsWith(QLatin1String("09")));
        CHECK(mobile.data().toString().startsWith(u8("۰۹")));
        CHECK(model.index(0, 0).data(CustomerListModel::IdRole).toLongLong() > 0);
    }

    SECTION("sorting re-queries with the SQL order of the column")
    {
        model.sort(CustomerListModel::CityColumn, Qt::DescendingOrder);
        CHECK(model.query().sort == customers::CustomerQuery::Sort::City);
        CHECK(model.query().descending);
        CHECK(model.rowCount() == CustomerListModel::kPageSize);
        const QString first = model.index(0, CustomerListModel::CityColumn).data(CustomerListModel::SortRole).toString();
        const QString last = model.index(model.rowCount() - 1, CustomerListModel::CityColumn)
                                 .data(CustomerListModel::SortRole).toString();
        CHECK(first >= last);

        model.sort(CustomerListModel::MobileColumn, Qt::AscendingOrder); // no SQL order: ignored
        CHECK(model.query().sort == customers::CustomerQuery::Sort::City);
    }

    SECTION("a search that matches nothing gives an empty model")
    {
        customers::CustomerQuery none;
        none.text = QStringLiteral("zzzzqqqq");
        model.setQuery(none);
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.canFetchMore({}));
    }
}

TEST_CASE("NoteListModel and InteractionListModel pass the model tester", "[ui][models]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    customers::CustomerService service(*db);
    const customers::Customer customer = test::addCustomer(service, u8("مریم کریمی"));
    REQUIRE(service.addNote(customer.id, u8("خوش‌قول است")).hasValue());
    REQUIRE(service.addNote(customer.id, QStringLiteral("Prefers mornings")).hasValue());
    customers::Interaction call;
    call.customerId = customer.id;
    call.summary = QStringLiteral("Asked for a quote");
    call.contactPerson = QStringLiteral("Maryam");
    call.followUp = QDate(2025, 3, 20);
    REQUIRE(service.logInteraction(call).hasValue());

    ui::NoteListModel notes;
    QAbstractItemModelTester notesTester(&notes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    notes.setNotes(*service.notes(customer.id));
    REQUIRE(notes.rowCount() == 2);
    CHECK(notes.index(0).data(ui::NoteListModel::TextRole).toString() == QStringLiteral("Prefers mornings"));
    CHECK(notes.index(0).data().toString().contains(QStringLiteral("Prefers mornings")));
    notes.setNotes({});
    CHECK(notes.rowCount() == 0);

    ui::InteractionListModel interactions;
    QAbstractItemModelTester interactionsTester(&interactions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    interactions.setInteractions(*service.interactions(customer.id));
    REQUIRE(interactions.rowCount() == 1);
    using Col = ui::InteractionListModel::Column;
    CHECK(test::plain(interactions.index(0, Col::SummaryColumn).data()) == QStringLiteral("Asked for a quote"));
    CHECK(test::plain(interactions.index(0, Col::ContactColumn).data()) == QStringLiteral("Maryam"));
    CHECK(interactions.index(0, Col::ChannelColumn).data().toString()
          == customers::displayName(customers::InteractionChannel::Phone));
    // English: the Jalali date with its Gregorian date.
    CHECK(interactions.index(0, Col::FollowUpColumn).data().toString() == QStringLiteral("1403/12/30 (2025-03-20)"));
    CHECK(interactions.index(0, Col::FollowUpColumn).data(ui::InteractionListModel::SortRole).toString()
          == QStringLiteral("2025-03-20"));
}
