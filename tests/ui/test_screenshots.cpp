// Hidden test cases ([.screenshots]) that render dialogs and empty states to
// PNG files for a human to look at:
//   PEYVAND_SHOTS=/tmp/shots ./test_ui "[.screenshots]"
#include "UiTestSupport.h"

#include "CustomerFormDialog.h"
#include "LogInteractionDialog.h"
#include "MainWindow.h"
#include "customers/CustomerService.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>

using namespace peyvand;
using peyvand::test::u8;

namespace {
void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    test::settle(50);
    CHECK(widget.grab().save(dir + QLatin1Char('/') + name, "PNG"));
}
} // namespace

TEST_CASE("Screenshots of the customer form, the call dialog and the empty list", "[.screenshots]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        auto db = test::memoryDatabase();
        ui::MainWindow window(*db);
        window.show();
        save(window, QStringLiteral("empty-list-") + suffix);

        customers::CustomerService service(*db);
        ui::CustomerFormDialog form(service, customers::Customer {});
        form.show();
        test::typeText(form.edit(QStringLiteral("name")), u8("علی رضایی"));
        test::typeText(form.edit(QStringLiteral("national_id")), QStringLiteral("1234567890"));
        form.checkNow(QStringLiteral("national_id"));
        test::typeText(form.edit(QStringLiteral("mobile")), u8("۰۹۵۰۱۲۳۴۵۶۷"));
        form.checkNow(QStringLiteral("mobile"));
        save(form, QStringLiteral("customer-form-") + suffix);

        ui::LogInteractionDialog call(service, 1);
        call.show();
        save(call, QStringLiteral("log-call-") + suffix);
    }
}
