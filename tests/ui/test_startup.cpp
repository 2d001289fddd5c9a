#include "UiTestSupport.h"

#include "Display.h"
#include "ErrorText.h"
#include "StartupOptions.h"
#include "StartupProbe.h"
#include "CustomerListPage.h"
#include "MainWindow.h"

#include <QSignalSpy>

using namespace peyvand;
using peyvand::test::u8;
using ui::StartupOptions;

TEST_CASE("The command line is understood", "[ui][startup]")
{
    const QString program = QStringLiteral("peyvand");
    SECTION("defaults")
    {
        const StartupOptions options = StartupOptions::parse({ program });
        CHECK(options.error.isEmpty());
        CHECK(options.databasePath.isEmpty());
        CHECK_FALSE(options.language.has_value());
        CHECK_FALSE(options.measureStartup);
    }
    SECTION("every option")
    {
        const StartupOptions options = StartupOptions::parse(
            { program, QStringLiteral("--db"), QStringLiteral("/tmp/a.sqlite"), QStringLiteral("--lang"),
              QStringLiteral("en"), QStringLiteral("--measure-startup"), QStringLiteral("--show-customer"),
              QStringLiteral("7") });
        CHECK(options.error.isEmpty());
        CHECK(options.databasePath == QStringLiteral("/tmp/a.sqlite"));
        CHECK(options.language == i18n::Language::English);
        CHECK(options.measureStartup);
        CHECK(options.showCustomerId == 7);
    }
    SECTION("mistakes")
    {
        CHECK_FALSE(StartupOptions::parse({ program, QStringLiteral("--lang"), QStringLiteral("de") }).error.isEmpty());
        CHECK_FALSE(StartupOptions::parse({ program, QStringLiteral("--nonsense") }).error.isEmpty());
    }
}

TEST_CASE("Database errors read as a clear reason", "[ui][startup]")
{
    test::UiLanguage language(i18n::Language::English);
    const QString path = QStringLiteral("/tmp/x.sqlite");
    const QString notDb = ui::ErrorText::databaseOpenFailed(Error::make(ErrorCode::NotADatabase, {}), path);
    CHECK(notDb.contains(QStringLiteral("not a Peyvand database")));
    CHECK(notDb.contains(path));
    CHECK(ui::ErrorText::databaseOpenFailed(Error::make(ErrorCode::SchemaTooNew, {}), path)
              .contains(QStringLiteral("newer version")));
    CHECK(ui::ErrorText::databaseOpenFailed(Error::make(ErrorCode::Corrupt, {}), path)
              .contains(QStringLiteral("damaged")));
    CHECK(ui::ErrorText::databaseOpenFailed(Error::make(ErrorCode::Io, {}), path)
              .contains(QStringLiteral("write")));
}

TEST_CASE("Values are shown with the language's digits and Jalali dates", "[ui][startup]")
{
    SECTION("Persian")
    {
        test::UiLanguage language(i18n::Language::Persian);
        CHECK(ui::Display::number(1234) == u8("۱٬۲۳۴"));
        CHECK(ui::Display::date(QDate(2025, 3, 21)) == u8("۱۴۰۴/۰۱/۰۱"));
        CHECK(ui::Display::digits(QStringLiteral("0912")) == u8("۰۹۱۲"));
    }
    SECTION("English")
    {
        test::UiLanguage language(i18n::Language::English);
        CHECK(ui::Display::number(1234) == QStringLiteral("1,234"));
        CHECK(ui::Display::date(QDate(2025, 3, 21)) == QStringLiteral("1404/01/01 (2025-03-21)"));
        CHECK(ui::Display::date(QDate()).isEmpty());
    }
}

TEST_CASE("Error messages take the language's digits, except inside quotes", "[ui][startup]")
{
    {
        test::UiLanguage language(i18n::Language::Persian);
        CHECK(ui::ErrorText::localDigits(u8("«/tmp/peyvand-20250101T000000Z.pvbak» نسخهٔ پشتیبان نیست (2 خطا)"))
              == u8("«/tmp/peyvand-20250101T000000Z.pvbak» نسخهٔ پشتیبان نیست (۲ خطا)"));
        CHECK(ui::ErrorText::localDigits(u8("خط 3: “a1” و «b2» و 4")) == u8("خط ۳: “a1” و «b2» و ۴"));
        CHECK(ui::ErrorText::localDigits(u8("بدون پایان «x1")) == u8("بدون پایان «x1"));
        CHECK(ui::ErrorText::describe(Error::invalid(QStringLiteral("amount"), u8("بیش از 10 ریال")))
              == u8("بیش از ۱۰ ریال"));
    }
    test::UiLanguage language(i18n::Language::English);
    CHECK(ui::ErrorText::localDigits(QStringLiteral("line 3: “a1”")) == QStringLiteral("line 3: “a1”"));
}

TEST_CASE("The startup probe reports the first paint of the customer list, empty or not", "[ui][startup]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    REQUIRE(window.customerList()->showsEmptyState());
    ui::StartupProbe probe(window.customerList()->visibleContent());
    QSignalSpy painted(&probe, &ui::StartupProbe::firstPaint);
    window.showCustomerList(); // as --measure-startup does: the dashboard is the home screen
    window.show();
    REQUIRE(painted.wait(5000));
    test::settle(20);
    CHECK(painted.count() == 1);
}
