#include "DocumentTestSupport.h"

#include "AmountText.h"
#include "AttachmentListModel.h"
#include "DocumentAdditionsModel.h"
#include "DocumentLinesModel.h"
#include "DocumentListModel.h"
#include "LineErrors.h"

#include <QAbstractItemModelTester>

using namespace peyvand;
using peyvand::test::u8;
using ui::DocumentAdditionsModel;
using ui::DocumentLinesModel;
using ui::DocumentListModel;

TEST_CASE("DocumentListModel pages lazily, passes the model tester and sorts in SQL", "[ui][documents][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::DocumentFixture f;
    const qint64 ali = f.customer(u8("علی رضایی"));
    const qint64 sara = f.customer(u8("سارا محمدی"));
    for (int i = 0; i < 130; ++i)
        f.quote(i % 2 ? ali : sara, { test::documentLine(u8("کالا"), 1000 + i) }, f.clock.today().addDays(-i));
    DocumentListModel model(f.services->query);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setFilter({}, sales::DocumentSort::IssueDateDesc);
    CHECK(model.rowCount() % DocumentListModel::kPageSize == 0);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 130);

    SECTION("cells show Persian digits and Jalali dates; the sort role keeps raw values")
    {
        const QModelIndex date = model.index(0, DocumentListModel::IssueDateColumn);
        CHECK(date.data().toString() == u8("۱۴۰۴/۰۸/۲۰"));
        CHECK(date.data(DocumentListModel::SortRole).toString() == QStringLiteral("2025-11-11"));
        const QModelIndex total = model.index(0, DocumentListModel::TotalColumn);
        CHECK(test::hasPersianDigits(total.data().toString()));
        CHECK_FALSE(test::hasLatinDigits(total.data().toString()));
        CHECK(total.data(DocumentListModel::SortRole).toLongLong() > 1000);
        CHECK(model.index(0, DocumentListModel::StateColumn).data().toString() == sales::displayName(sales::DocumentState::Draft, sales::DocumentType::Quote));
        CHECK(model.index(0, DocumentListModel::NumberColumn).data().toString() == QStringLiteral("—"));
        CHECK(model.index(0, 0).data(DocumentListModel::IdRole).toLongLong() > 0);
    }

    SECTION("a click on a header maps to the SQL order of the column")
    {
        model.sort(DocumentListModel::IssueDateColumn, Qt::AscendingOrder);
        CHECK(model.sortOrder() == sales::DocumentSort::IssueDateAsc);
        CHECK(model.index(0, DocumentListModel::IssueDateColumn).data(DocumentListModel::SortRole).toString()
              < model.index(1, DocumentListModel::IssueDateColumn).data(DocumentListModel::SortRole).toString());
        model.sort(DocumentListModel::TotalColumn, Qt::AscendingOrder);
        CHECK(model.sortOrder() == sales::DocumentSort::TotalDesc); // totals sort largest first only
        CHECK(model.index(0, DocumentListModel::TotalColumn).data(DocumentListModel::SortRole).toLongLong()
              >= model.index(1, DocumentListModel::TotalColumn).data(DocumentListModel::SortRole).toLongLong());
        model.sort(DocumentListModel::MarketerColumn, Qt::AscendingOrder); // no SQL order: ignored
        CHECK(model.sortOrder() == sales::DocumentSort::TotalDesc);
        CHECK(DocumentListModel::columnForSort(sales::DocumentSort::CustomerAsc) == DocumentListModel::CustomerColumn);
        CHECK(DocumentListModel::orderForSort(sales::DocumentSort::IssueDateDesc) == Qt::DescendingOrder);
    }

    SECTION("totals read in Toman when the profile asks for it; the sort role stays Rial")
    {
        const QModelIndex total = model.index(0, DocumentListModel::TotalColumn);
        const qint64 rial = total.data(DocumentListModel::SortRole).toLongLong();
        const QString inRial = total.data().toString();
        model.setDisplayToman(true);
        CHECK(total.data().toString() != inRial);
        CHECK(total.data().toString() == ui::AmountText::amount(peyvand::Money::fromRial(rial), true));
        CHECK(total.data(DocumentListModel::SortRole).toLongLong() == rial);
        CHECK(model.headerData(DocumentListModel::TotalColumn, Qt::Horizontal).toString().contains(ui::AmountText::unitName(true)));
        model.setDisplayToman(false);
        CHECK(total.data().toString() == inRial);
    }

    SECTION("a customer filter narrows the rows")
    {
        sales::DocumentFilter filter;
        filter.customerId = ali;
        model.setFilter(filter, sales::DocumentSort::IssueDateDesc);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == 65);
        CHECK(test::plain(model.index(0, DocumentListModel::CustomerColumn).data()) == u8("علی رضایی"));
    }
}

TEST_CASE("DocumentLinesModel parses what is typed and keeps an empty row at the end", "[ui][documents][models]")
{
    test::UiLanguage language(i18n::Language::English);
    DocumentLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.isPlaceholderRow(0));
    CHECK(model.collect().lines.isEmpty());

    const auto set = [&model](int row, int column, const QString& text) {
        return model.setData(model.index(row, column), text, Qt::EditRole);
    };
    REQUIRE(set(0, DocumentLinesModel::DescriptionColumn, u8("لپ‌تاپ")));
    CHECK(model.rowCount() == 2); // a new empty row appeared
    CHECK(model.isPlaceholderRow(1));
    REQUIRE(set(0, DocumentLinesModel::QuantityColumn, u8("۱٫۲۵")));
    REQUIRE(set(0, DocumentLinesModel::UnitPriceColumn, QStringLiteral("1,200,000")));
    REQUIRE(set(0, DocumentLinesModel::DiscountColumn, QStringLiteral("7.5%")));

    DocumentLinesModel::Collected collected = model.collect();
    REQUIRE(collected.errors.isEmpty());
    REQUIRE(collected.lines.size() == 1);
    CHECK(collected.lines[0].quantity.milli == 1250);
    CHECK(collected.lines[0].unitPrice.rial() == 1200000);
    CHECK(collected.lines[0].discount.kind == sales::Discount::Kind::Percent);
    CHECK(collected.lines[0].discount.percent.value == 750);
    CHECK(collected.lines[0].taxable);
    CHECK(model.index(0, DocumentLinesModel::UnitPriceColumn).data().toString() == QStringLiteral("1,200,000"));

    SECTION("a discount without % is an amount, and replaces the percent")
    {
        REQUIRE(set(0, DocumentLinesModel::DiscountColumn, u8("۵۰٬۰۰۰")));
        collected = model.collect();
        CHECK(collected.lines[0].discount.kind == sales::Discount::Kind::Amount);
        CHECK(collected.lines[0].discount.amount.rial() == 50000);
        REQUIRE(set(0, DocumentLinesModel::DiscountColumn, u8("۱۰٪")));
        CHECK(model.collect().lines[0].discount.percent.value == 1000);
        REQUIRE(set(0, DocumentLinesModel::DiscountColumn, QString()));
        CHECK(model.collect().lines[0].discount.kind == sales::Discount::Kind::None);
    }

    SECTION("a quantity with four decimals stays in its cell, marked, and is an error named like core's")
    {
        REQUIRE(set(0, DocumentLinesModel::QuantityColumn, QStringLiteral("1.2345")));
        const QModelIndex cell = model.index(0, DocumentLinesModel::QuantityColumn);
        CHECK(cell.data().toString() == QStringLiteral("1.2345"));
        CHECK_FALSE(cell.data(DocumentLinesModel::ErrorRole).toString().isEmpty());
        CHECK(cell.data(Qt::BackgroundRole).isValid());
        collected = model.collect();
        REQUIRE(collected.errors.size() == 1);
        CHECK(collected.errors[0].field == QStringLiteral("lines[0].quantity"));
        REQUIRE(set(0, DocumentLinesModel::QuantityColumn, QStringLiteral("2")));
        CHECK(model.collect().errors.isEmpty());
        CHECK(model.index(0, DocumentLinesModel::QuantityColumn).data(DocumentLinesModel::ErrorRole).isNull());
    }

    SECTION("core's field names point at the row of the collected line, skipping empty rows")
    {
        REQUIRE(set(1, DocumentLinesModel::DescriptionColumn, u8("کابل")));
        REQUIRE(set(2, DocumentLinesModel::DescriptionColumn, u8("نصب")));
        REQUIRE(model.removeRow(1)); // rows: لپ‌تاپ, نصب, empty
        REQUIRE(set(0, DocumentLinesModel::UnitColumn, u8("عدد")));
        collected = model.collect();
        REQUIRE(collected.lines.size() == 2);
        const QModelIndex marked = model.showError(QStringLiteral("lines[1].unit_price"), QStringLiteral("bad"));
        CHECK(marked == model.index(1, DocumentLinesModel::UnitPriceColumn));
        CHECK(model.showError(QStringLiteral("lines[0].discount"), QStringLiteral("x")).column()
              == DocumentLinesModel::DiscountColumn);
        CHECK(model.showError(QStringLiteral("lines[1]"), QStringLiteral("x")).column()
              == DocumentLinesModel::DescriptionColumn);
        CHECK_FALSE(model.showError(QStringLiteral("lines[7].quantity"), QStringLiteral("x")).isValid());
        CHECK_FALSE(model.showError(QStringLiteral("customer_id"), QStringLiteral("x")).isValid());
        CHECK(model.firstError() == model.index(0, DocumentLinesModel::DiscountColumn));
        model.clearErrors();
        CHECK_FALSE(model.hasErrors());
    }

    SECTION("computed values fill the read-only columns of the collected lines")
    {
        collected = model.collect();
        QList<sales::DocumentLine> computed = collected.lines;
        computed[0].computed.net = Money::fromRial(1387500);
        computed[0].computed.vat = Money::fromRial(97125);
        computed[0].computed.duty = Money::fromRial(41625);
        computed[0].computed.total = Money::fromRial(1526250);
        model.setComputed(computed);
        CHECK(model.index(0, DocumentLinesModel::NetColumn).data().toString() == QStringLiteral("1,387,500"));
        CHECK(model.index(0, DocumentLinesModel::TaxColumn).data().toString() == QStringLiteral("138,750"));
        CHECK(model.index(0, DocumentLinesModel::TotalColumn).data().toString() == QStringLiteral("1,526,250"));
        CHECK_FALSE(model.flags(model.index(0, DocumentLinesModel::TotalColumn)).testFlag(Qt::ItemIsEditable));
        CHECK_FALSE(model.setData(model.index(0, DocumentLinesModel::TotalColumn), QStringLiteral("5")));
        model.clearComputed();
        CHECK(model.index(0, DocumentLinesModel::TotalColumn).data().toString().isEmpty());
    }

    SECTION("the taxable column is a check box")
    {
        const QModelIndex taxable = model.index(0, DocumentLinesModel::TaxableColumn);
        CHECK(model.flags(taxable).testFlag(Qt::ItemIsUserCheckable));
        REQUIRE(model.setData(taxable, Qt::Unchecked, Qt::CheckStateRole));
        CHECK_FALSE(model.collect().lines[0].taxable);
    }

    SECTION("read-only: no empty row, nothing editable")
    {
        model.setReadOnly(true);
        CHECK(model.rowCount() == 1);
        CHECK_FALSE(model.flags(model.index(0, DocumentLinesModel::DescriptionColumn)).testFlag(Qt::ItemIsEditable));
        CHECK_FALSE(model.setData(model.index(0, DocumentLinesModel::DescriptionColumn), QStringLiteral("x")));
        CHECK_FALSE(model.removeRow(0));
        model.setReadOnly(false);
        CHECK(model.rowCount() == 2);
    }

    SECTION("a catalog product fills the row")
    {
        sales::Product product;
        product.id = 9;
        product.code = QStringLiteral("K-9");
        product.name = u8("سوییچ");
        product.unit = u8("عدد");
        product.unitPrice = Money::fromRial(98765432);
        product.taxExempt = true;
        model.applyProduct(1, product);
        CHECK(model.rowCount() == 3);
        collected = model.collect();
        REQUIRE(collected.lines.size() == 2);
        CHECK(collected.lines[1].productId == qint64(9));
        CHECK(collected.lines[1].code == QStringLiteral("K-9"));
        CHECK(collected.lines[1].unitPrice.rial() == 98765432);
        CHECK_FALSE(collected.lines[1].taxable);
    }
}

TEST_CASE("DocumentAdditionsModel passes the model tester and names its errors", "[ui][documents][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    DocumentAdditionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 1);
    const int shipping = model.addShipping();
    CHECK(shipping == 0);
    CHECK(model.rowCount() == 2);
    REQUIRE(model.setData(model.index(0, DocumentAdditionsModel::AmountColumn), u8("۲٬۵۰۰٬۰۰۰")));
    REQUIRE(model.setData(model.index(1, DocumentAdditionsModel::DescriptionColumn), u8("بیمه حمل")));
    REQUIRE(model.setData(model.index(1, DocumentAdditionsModel::AmountColumn), QStringLiteral("abc")));
    REQUIRE(model.setData(model.index(1, DocumentAdditionsModel::TaxableColumn), Qt::Checked, Qt::CheckStateRole));
    DocumentAdditionsModel::Collected collected = model.collect();
    REQUIRE(collected.additions.size() == 2);
    CHECK(collected.additions[0].amount.rial() == 2500000);
    CHECK_FALSE(collected.additions[0].taxable);
    CHECK(collected.additions[1].taxable);
    REQUIRE(collected.errors.size() == 1);
    CHECK(collected.errors[0].field == QStringLiteral("additions[1].amount"));
    CHECK(model.index(0, DocumentAdditionsModel::AmountColumn).data().toString() == u8("۲٬۵۰۰٬۰۰۰"));
    CHECK(model.showError(QStringLiteral("additions[0].description"), QStringLiteral("x"))
          == model.index(0, DocumentAdditionsModel::DescriptionColumn));
    REQUIRE(model.removeRow(0));
    CHECK(model.rowCount() == 2);
    model.setReadOnly(true);
    CHECK(model.rowCount() == 1);
}

TEST_CASE("AttachmentListModel lists files with their purpose and size", "[ui][documents][models]")
{
    test::UiLanguage language(i18n::Language::English);
    ui::AttachmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sales::Attachment contract;
    contract.id = 4;
    contract.fileName = QStringLiteral("contract.pdf");
    contract.purpose = sales::Attachment::Purpose::Contract;
    contract.size = 1536 * 1024;
    contract.addedAt = QDateTime(QDate(2025, 11, 11), QTime(9, 30), Qt::UTC);
    model.setAttachments({ contract });
    REQUIRE(model.rowCount() == 1);
    CHECK(test::plain(model.index(0, ui::AttachmentListModel::NameColumn).data()) == QStringLiteral("contract.pdf"));
    CHECK(model.index(0, ui::AttachmentListModel::PurposeColumn).data().toString() == QStringLiteral("Contract"));
    CHECK(model.index(0, ui::AttachmentListModel::SizeColumn).data().toString() == QStringLiteral("1.5 MB"));
    CHECK(model.index(0, ui::AttachmentListModel::SizeColumn).data(ui::AttachmentListModel::SortRole).toLongLong()
          == 1536 * 1024);
    CHECK(ui::AttachmentListModel::sizeText(500) == QStringLiteral("500 bytes"));
    CHECK(ui::AttachmentListModel::sizeText(2048) == QStringLiteral("2 KB"));
    model.setAttachments({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("RowField reads core's names of rows and cells", "[ui][documents]")
{
    const std::optional<ui::RowField> cell = ui::RowField::parse(QStringLiteral("lines[12].unit_price"));
    REQUIRE(cell);
    CHECK(cell->list == QStringLiteral("lines"));
    CHECK(cell->index == 12);
    CHECK(cell->name == QStringLiteral("unit_price"));
    const std::optional<ui::RowField> row = ui::RowField::parse(QStringLiteral("additions[0]"));
    REQUIRE(row);
    CHECK(row->name.isEmpty());
    CHECK_FALSE(ui::RowField::parse(QStringLiteral("lines")));
    CHECK_FALSE(ui::RowField::parse(QStringLiteral("lines[x].quantity")));
    CHECK_FALSE(ui::RowField::parse(QStringLiteral("customer_id")));
}

TEST_CASE("In Persian, line numbers, quantities and percents read in Persian digits", "[ui][documents][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    DocumentLinesModel lines;
    REQUIRE(lines.setData(lines.index(0, DocumentLinesModel::DescriptionColumn), u8("کابل")));
    REQUIRE(lines.setData(lines.index(0, DocumentLinesModel::QuantityColumn), QStringLiteral("12.75")));
    REQUIRE(lines.setData(lines.index(0, DocumentLinesModel::DiscountColumn), u8("۷٫۵٪")));
    CHECK(lines.index(0, DocumentLinesModel::QuantityColumn).data().toString() == u8("۱۲٫۷۵"));
    CHECK(lines.index(0, DocumentLinesModel::DiscountColumn).data().toString().contains(u8("۷٫۵")));
    CHECK(lines.headerData(1, Qt::Vertical).toString() == u8("۲"));
    // What the cell shows parses back to the same values.
    REQUIRE(lines.setData(lines.index(0, DocumentLinesModel::QuantityColumn),
                          lines.index(0, DocumentLinesModel::QuantityColumn).data(Qt::EditRole)));
    CHECK(lines.collect().lines.value(0).quantity.milli == 12750);
    CHECK(lines.collect().lines.value(0).discount.percent.value == 750);
    DocumentAdditionsModel additions;
    CHECK(additions.headerData(0, Qt::Vertical).toString() == u8("۱"));
}
