#include "UiTestSupport.h"

#include "DuplicatesModel.h"
#include "ImportFieldText.h"
#include "ImportPreviewModel.h"
#include "RejectedRowsModel.h"

#include <QAbstractItemModelTester>

using namespace peyvand;
using exchange::ImportField;
using peyvand::test::u8;
using ui::ImportPreviewModel;

namespace {
exchange::ImportPreview samplePreview()
{
    exchange::ImportPreview preview;
    preview.headers = { QStringLiteral("First"), QStringLiteral("Last"), QStringLiteral("Mobile"),
                        QStringLiteral("Phone 1"), QStringLiteral("Phone 2"), QStringLiteral("Extra") };
    preview.mapping.columns = { ImportField::FirstName, ImportField::LastName, ImportField::Mobile,
                                ImportField::Phone, ImportField::Phone, ImportField::Ignore };

    exchange::PreviewRow ok;
    ok.line = 2;
    ok.cells = { QStringLiteral("Ali"), QStringLiteral("Karimi"), QStringLiteral("09121234567"),
                 QStringLiteral("0211234"), QStringLiteral("0217654"), QStringLiteral("x") };
    ok.customer.name = QStringLiteral("Ali Karimi");
    ok.customer.mobile = QStringLiteral("09121234567");
    ok.customer.otherPhones = { QStringLiteral("0211234"), QStringLiteral("0217654") };

    exchange::PreviewRow bad;
    bad.line = 3;
    bad.cells = { QString(), QString(), QStringLiteral("12"), QString(), QString(), QString() };
    bad.problems << exchange::RejectedRow { 3, QStringLiteral("mobile"), QStringLiteral("12"), QStringLiteral("Not a mobile number.") }
                 << exchange::RejectedRow { 3, QStringLiteral("row"), QString(), QStringLiteral("A customer needs a name.") };

    exchange::PreviewRow dup;
    dup.line = 4;
    dup.cells = { QStringLiteral("Ali"), QStringLiteral("Karimi"), QStringLiteral("09121234567"), QString(), QString(),
                  QString() };
    dup.customer = ok.customer;
    dup.duplicate = exchange::DuplicateMatch { 4, exchange::DuplicateReason::Mobile, 0, 2, dup.customer, ok.customer };

    preview.rows = { ok, bad, dup };
    return preview;
}
} // namespace

TEST_CASE("Import preview model: a column per shown field, problems and duplicates marked", "[ui][import][models]")
{
    test::UiLanguage language(i18n::Language::English);
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == ImportPreviewModel::FixedColumnCount);
    model.setPreview(samplePreview());
    // First and last name show as one name column; two phone columns as one.
    REQUIRE(model.columnCount() == ImportPreviewModel::FixedColumnCount + 3);
    CHECK(model.fieldAt(2) == ImportField::Name);
    CHECK(model.fieldAt(3) == ImportField::Mobile);
    CHECK(model.fieldAt(4) == ImportField::Phone);
    CHECK(model.fieldAt(0) == ImportField::Ignore);
    CHECK(model.columnOf(ImportField::FirstName) == 2);
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("Name"));
    CHECK(model.headerData(4, Qt::Horizontal, ImportPreviewModel::FieldKeyRole).toString() == QStringLiteral("phone"));
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Status"));
    CHECK(test::plain(model.index(0, 4).data()) == QStringLiteral("0211234, 0217654"));
    CHECK(model.problemRowCount() == 1);
    CHECK(model.duplicateRowCount() == 1);

    // A problem of a shown field marks its cell; a row-wide one the status.
    CHECK(model.index(1, 3).data(ImportPreviewModel::ProblemRole).toBool());
    CHECK(model.index(1, 3).data(Qt::ToolTipRole).toString() == QStringLiteral("Not a mobile number."));
    CHECK_FALSE(model.index(1, 2).data(ImportPreviewModel::ProblemRole).toBool());
    const QModelIndex status = model.index(1, ImportPreviewModel::StatusColumn);
    CHECK(status.data(ImportPreviewModel::ProblemRole).toBool());
    CHECK(status.data(Qt::ToolTipRole).toString()
          == QStringLiteral("Mobile: Not a mobile number.\nWhole row: A customer needs a name."));
    CHECK(model.index(1, 0).data(ImportPreviewModel::LineRole).toLongLong() == 3);
    CHECK_FALSE(model.index(1, 0).data(Qt::BackgroundRole).isValid());

    CHECK(model.index(2, 0).data(ImportPreviewModel::DuplicateRole).toBool());
    CHECK(test::plain(model.index(2, ImportPreviewModel::StatusColumn).data()) == QStringLiteral("Duplicate of line 2"));
    CHECK(model.index(2, ImportPreviewModel::StatusColumn).data(Qt::ToolTipRole).toString()
          == QStringLiteral("Matches line 2 of this file (same mobile)."));

    // Columns left out go into the note when asked.
    exchange::ImportPreview withNotes = samplePreview();
    withNotes.mapping.unmappedToNotes = true;
    model.setPreview(withNotes);
    REQUIRE(model.columnOf(ImportField::Notes) == ImportPreviewModel::FixedColumnCount + 3);
    CHECK(test::plain(model.index(0, model.columnOf(ImportField::Notes)).data()) == QStringLiteral("Extra: x"));
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Import preview model shows Persian digits in Persian", "[ui][import][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPreview(samplePreview());
    CHECK(test::plain(model.index(0, ImportPreviewModel::LineColumn).data()) == u8("۲"));
    CHECK(test::plain(model.index(0, model.columnOf(ImportField::Mobile)).data()) == u8("۰۹۱۲۱۲۳۴۵۶۷"));
    CHECK(test::plain(model.index(1, model.columnOf(ImportField::Mobile)).data()) == u8("۱۲")); // as read
}

TEST_CASE("Rejected rows and duplicates models", "[ui][import][models]")
{
    test::UiLanguage language(i18n::Language::English);
    ui::RejectedRowsModel rejected;
    QAbstractItemModelTester rejectedTester(&rejected, QAbstractItemModelTester::FailureReportingMode::Fatal);
    rejected.setRows({ { 12, QStringLiteral("national_id"), QStringLiteral("123"), QStringLiteral("Too short.") },
                       { 40, QStringLiteral("row"), QString(), QStringLiteral("No name.") } });
    REQUIRE(rejected.rowCount() == 2);
    CHECK(rejected.columnCount() == ui::RejectedRowsModel::ColumnCount);
    CHECK(rejected.index(0, ui::RejectedRowsModel::FieldColumn).data().toString() == QStringLiteral("National ID"));
    CHECK(rejected.index(1, ui::RejectedRowsModel::FieldColumn).data().toString() == QStringLiteral("Whole row"));
    CHECK(rejected.index(1, 0).data(ui::RejectedRowsModel::LineRole).toLongLong() == 40);
    CHECK(rejected.index(0, 0).data(ui::RejectedRowsModel::FieldKeyRole).toString() == QStringLiteral("national_id"));
    CHECK(rejected.headerData(ui::RejectedRowsModel::ReasonColumn, Qt::Horizontal).toString() == QStringLiteral("Reason"));
    rejected.setRows({});
    CHECK(rejected.rowCount() == 0);

    customers::Customer incoming;
    incoming.name = QStringLiteral("Ali Karimi");
    incoming.city = QStringLiteral("Karaj");
    customers::Customer existing = incoming;
    existing.city = QStringLiteral("Karaj");
    existing.mobile = QStringLiteral("09121234567");
    const exchange::DuplicateMatch byName { 7, exchange::DuplicateReason::NameAndCity, 42, 0, incoming, existing };

    ui::DuplicatesModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setMatches({ byName });
    REQUIRE(list.rowCount() == 1);
    CHECK(list.index(0, ui::DuplicatesModel::ReasonColumn).data().toString() == QStringLiteral("same name and city"));
    CHECK(list.matchAt(0)->existingId == 42);
    CHECK(list.matchAt(1) == nullptr);

    ui::DuplicateComparisonModel compare;
    QAbstractItemModelTester compareTester(&compare, QAbstractItemModelTester::FailureReportingMode::Fatal);
    compare.setMatch(byName);
    const int name = compare.rowOf(ImportField::Name);
    const int city = compare.rowOf(ImportField::City);
    const int mobile = compare.rowOf(ImportField::Mobile);
    REQUIRE(name >= 0);
    REQUIRE(mobile >= 0);
    CHECK(compare.index(name, 0).data(ui::DuplicateComparisonModel::MatchedRole).toBool());
    CHECK(compare.index(city, 0).data(ui::DuplicateComparisonModel::MatchedRole).toBool());
    CHECK(compare.index(name, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(compare.index(city, 0).data(ui::DuplicateComparisonModel::DifferentRole).toBool());
    CHECK(compare.index(mobile, 0).data(ui::DuplicateComparisonModel::DifferentRole).toBool());
    CHECK(compare.index(mobile, ui::DuplicateComparisonModel::IncomingColumn).data().toString().isEmpty());
    // Fields neither side has are left out.
    CHECK(compare.rowOf(ImportField::Since) == -1);
    compare.clear();
    CHECK(compare.rowCount() == 0);

    CHECK(ui::ImportFieldText::labelOfKey(QStringLiteral("other_phones")) == QStringLiteral("Other phones"));
    CHECK(ui::ImportFieldText::comparedFields().contains(ImportField::Name));
    CHECK_FALSE(ui::ImportFieldText::comparedFields().contains(ImportField::FirstName));
}
