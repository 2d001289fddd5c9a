#include "UiTestSupport.h"

#include "SalesTestSupport.h"

#include "CatalogListModel.h"
#include "CatalogPage.h"
#include "Dialogs.h"
#include "FileChooser.h"
#include "ProductImportFlow.h"
#include "ProductImportResultDialog.h"
#include "ProductImporter.h"
#include "sales/CatalogService.h"
#include "sales/CompanyProfileService.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace peyvand;
using peyvand::test::u8;

namespace {
QString csvOfRows(int rows)
{
    QString csv = QStringLiteral("code,name,unit_price,category\n");
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("R%1,Row product %1,%2,Bulk\n").arg(i).arg(i * 100);
    return csv;
}

struct ImportFixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db = test::memoryDatabase();
    sales::CatalogService catalog { *db };
    sales::CompanyProfileService profiles { *db };
    ui::CatalogPage page { *db, catalog, profiles };
    QStringList statuses;

    ImportFixture()
    {
        REQUIRE(dir.isValid());
        QObject::connect(&page, &ui::CatalogPage::statusMessage, [this](const QString& m) { statuses << m; });
    }

    QString file(const QString& name, const QString& text)
    {
        const QString path = dir.filePath(name);
        test::writeTextFile(path, text);
        return path;
    }

    ui::ProductImportResultDialog* importScripted(const QString& path)
    {
        ui::FileChooser::scriptPaths({ path });
        REQUIRE(page.importFlow()->chooseAndImport());
        CHECK_FALSE(ui::FileChooser::hasScriptedPaths());
        return page.importFlow()->resultDialog();
    }
};
} // namespace

TEST_CASE("Importing a CSV from the catalog page adds the products and summarises", "[ui][catalog][import]")
{
    test::UiLanguage language(i18n::Language::English);
    ImportFixture f;
    const QString path = f.file(QStringLiteral("products.csv"),
                                u8("کد,نام,قیمت,دسته\nA1,Pen,\"12,000\",Office\nA2,Pencil,۸۰۰۰,Office\n"));
    ui::ProductImportResultDialog* result = f.importScripted(path);
    REQUIRE(result);
    CHECK(result->summary()->text() == QStringLiteral("Added: 2. Updated: 0."));
    CHECK(result->problems()->isHidden());
    CHECK(result->importValidButton()->isHidden());
    CHECK(f.page.model()->rowCount() == 2);
    CHECK(f.statuses.contains(QStringLiteral("Import finished: 2 added, 0 updated.")));
    CHECK(f.page.model()->index(0, ui::CatalogListModel::PriceColumn).data().toString() == QStringLiteral("12,000"));
    result->close();
    test::settle();

    SECTION("importing again updates by code")
    {
        result = f.importScripted(path);
        REQUIRE(result);
        CHECK(result->summary()->text() == QStringLiteral("Added: 0. Updated: 2."));
    }
}

TEST_CASE("A refused import lists the bad lines and can import the others", "[ui][catalog][import]")
{
    test::UiLanguage language(i18n::Language::English);
    ImportFixture f;
    const QString path = f.file(QStringLiteral("mixed.csv"),
                                QStringLiteral("code,name,price\nB1,Bolt,500\nB2,,700\nB3,Nut,-1\nB4,Washer,100\n"));
    ui::ProductImportResultDialog* result = f.importScripted(path);
    REQUIRE(result);
    CHECK(result->summary()->text().startsWith(QStringLiteral("Nothing was imported")));
    QTableWidget* problems = result->problems();
    REQUIRE(problems->rowCount() == 2);
    CHECK(problems->item(0, 0)->data(Qt::UserRole).toInt() == 3);
    CHECK(problems->item(0, 1)->text() == QStringLiteral("name"));
    CHECK(problems->item(1, 0)->data(Qt::UserRole).toInt() == 4);
    CHECK(problems->item(1, 1)->text() == QStringLiteral("price"));
    CHECK_FALSE(problems->item(1, 2)->text().isEmpty());
    CHECK(f.catalog.count({}).valueOr(-1) == 0);
    REQUIRE(result->importValidButton()->isVisibleTo(result));

    result->importValidButton()->click(); // imports again, skipping the bad lines
    test::settle();
    ui::ProductImportResultDialog* second = f.page.importFlow()->resultDialog();
    REQUIRE(second);
    CHECK(second != result);
    CHECK(second->summary()->text().startsWith(QStringLiteral("Added: 2. Updated: 0.")));
    CHECK(second->problems()->rowCount() == 2);
    CHECK(second->importValidButton()->isHidden());
    CHECK(f.page.model()->rowCount() == 2);
}

TEST_CASE("A file whose first line is not headers offers nothing to import", "[ui][catalog][import]")
{
    test::UiLanguage language(i18n::Language::English);
    ImportFixture f;
    ui::ProductImportResultDialog* result =
        f.importScripted(f.file(QStringLiteral("bad.csv"), QStringLiteral("colour,size\nred,9\n")));
    REQUIRE(result);
    CHECK(result->problems()->rowCount() == 1);
    CHECK(result->importValidButton()->isHidden());
}

TEST_CASE("Import: a cancelled file dialog does nothing, an unreadable file says so", "[ui][catalog][import]")
{
    test::UiLanguage language(i18n::Language::English);
    ImportFixture f;
    ui::FileChooser::scriptPaths({ QString() });
    CHECK_FALSE(f.page.importFlow()->chooseAndImport());
    CHECK(f.page.importFlow()->resultDialog() == nullptr);

    ui::Dialogs::takeShownTexts();
    f.page.importFlow()->importFile(f.dir.filePath(QStringLiteral("missing.csv")));
    CHECK(f.page.importFlow()->resultDialog() == nullptr);
    CHECK(ui::Dialogs::takeShownTexts() == QStringList { QStringLiteral("The file could not be read.") });
}

TEST_CASE("Cancelling an import rolls everything back", "[ui][catalog][import]")
{
    test::UiLanguage language(i18n::Language::English);
    ImportFixture f;
    ui::ProductImporter* importer = f.page.importFlow()->importer();
    QList<int> seen;
    QObject::connect(importer, &ui::ProductImporter::progress, [&](int done, int) {
        seen << done;
        importer->cancel(); // what the progress dialog's Cancel does
    });
    f.page.importFlow()->importFile(f.file(QStringLiteral("big.csv"), csvOfRows(500)));
    CHECK_FALSE(seen.isEmpty());
    CHECK(f.page.importFlow()->resultDialog() == nullptr);
    CHECK(f.statuses.contains(QStringLiteral("Import cancelled; the catalog was not changed.")));
    CHECK(f.catalog.count({}).valueOr(-1) == 0);
}

TEST_CASE("On a database file the import runs in a worker thread with its own connection", "[ui][catalog][import]")
{
    test::UiLanguage language(i18n::Language::English);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("shop.sqlite")));
    REQUIRE(opened.hasValue());
    storage::Database& db = **opened;
    sales::CatalogService catalog(db);
    sales::CompanyProfileService profiles(db);
    ui::CatalogPage page(db, catalog, profiles);
    ui::ProductImporter* importer = page.importFlow()->importer();
    CHECK(importer->usesWorkerThread());

    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    test::writeTextFile(path, csvOfRows(300));
    QSignalSpy finished(importer, &ui::ProductImporter::finished);
    QSignalSpy progress(importer, &ui::ProductImporter::progress);
    page.importFlow()->importFile(path);
    CHECK(importer->isRunning()); // start() returned while the worker imports
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(importer->isRunning());
    CHECK_FALSE(progress.isEmpty());
    CHECK(progress.last().at(0).toInt() == progress.last().at(1).toInt());
    ui::ProductImportResultDialog* result = page.importFlow()->resultDialog();
    REQUIRE(result);
    CHECK(result->summary()->text() == QStringLiteral("Added: 300. Updated: 0."));
    CHECK(catalog.count({}).valueOr(-1) == 300); // visible on the GUI's own connection
    CHECK(page.countLabel()->text() == QStringLiteral("300 items"));
}
