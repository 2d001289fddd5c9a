// The app lock in the GUI: the lock dialog at start and after idleness, the
// Security settings tab, and export and print actions following the switches.
#include "DocumentTestSupport.h"

#include "AppLockGuard.h"
#include "CustomerListPage.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "ExportPolicy.h"
#include "FieldFeedback.h"
#include "LockDialog.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "SecuritySettingsTab.h"
#include "SettingsPage.h"
#include "TasksPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace peyvand;
using security::PasswordCost;
using ui::ExportPolicy;

namespace {

const QString kPassword = QStringLiteral("open sesame");

// Puts the export policy back to "all allowed" after a test.
struct PolicyReset {
    ~PolicyReset() { ExportPolicy::instance().setAllowed(true, true); }
};

std::unique_ptr<security::AppLock> lockWithPassword(storage::Database& db)
{
    auto lock = std::make_unique<security::AppLock>(db, SystemClock::instance(), PasswordCost::minimum());
    REQUIRE(lock->enable(kPassword));
    return lock;
}

// Answers the modal dialog that opens next (from inside its exec()).
void answerNextModal(const std::function<void(ui::LockDialog*)>& answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<ui::LockDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (dialog)
            answer(dialog);
    });
}

QWidget* curtainOf(QWidget* window)
{
    return window->findChild<QWidget*>(QStringLiteral("lockCurtain"));
}

} // namespace

TEST_CASE("The lock dialog opens only with the right password and has no way around it", "[ui][lock]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    auto lock = lockWithPassword(*db);
    ui::LockDialog dialog(*lock);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    test::typeText(dialog.passwordField(), QStringLiteral("wrong one"));
    QTest::mouseClick(dialog.unlockButton(), Qt::LeftButton);
    CHECK(accepted.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(dialog.errorLabel()->isVisibleTo(&dialog));
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("wrong")));
    CHECK(dialog.passwordField()->text().isEmpty());
    CHECK(dialog.passwordField()->echoMode() == QLineEdit::Password);

    QTest::keyClick(&dialog, Qt::Key_Escape);
    dialog.close();
    CHECK(dialog.isVisible());
    CHECK(accepted.isEmpty());

    test::typeText(dialog.passwordField(), kPassword);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    CHECK(accepted.size() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("At start the lock asks only when a password is set", "[ui][lock]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    SECTION("no password: no question")
    {
        ui::AppLockGuard guard(*db, nullptr, PasswordCost::minimum());
        CHECK(guard.unlockAtStart());
    }
    SECTION("a wrong password, then the right one")
    {
        lockWithPassword(*db);
        ui::AppLockGuard guard(*db, nullptr, PasswordCost::minimum());
        bool sawError = false;
        answerNextModal([&sawError](ui::LockDialog* dialog) {
            dialog->passwordField()->setText(QStringLiteral("not it"));
            dialog->unlockButton()->click();
            sawError = dialog->errorLabel()->isVisibleTo(dialog) && dialog->isVisible();
            dialog->passwordField()->setText(kPassword);
            dialog->unlockButton()->click();
        });
        CHECK(guard.unlockAtStart());
        CHECK(sawError);
    }
    SECTION("quitting instead")
    {
        lockWithPassword(*db);
        ui::AppLockGuard guard(*db, nullptr, PasswordCost::minimum());
        answerNextModal([](ui::LockDialog* dialog) { dialog->quitButton()->click(); });
        CHECK_FALSE(guard.unlockAtStart());
    }
}

TEST_CASE("Locking covers the window until the password is given", "[ui][lock]")
{
    test::UiLanguage language(i18n::Language::English);
    PolicyReset reset;
    auto db = test::memoryDatabase();
    lockWithPassword(*db);
    ui::AppLockGuard guard(*db, nullptr, PasswordCost::minimum());
    ui::MainWindow window(*db);
    window.show();
    guard.watch(&window);
    CHECK(guard.idleInterval() == 10 * 60 * 1000);
    QSignalSpy locked(&guard, &ui::AppLockGuard::locked);
    QSignalSpy unlocked(&guard, &ui::AppLockGuard::unlocked);

    SECTION("after the idle time")
    {
        guard.setIdleInterval(20);
        REQUIRE(QTest::qWaitFor([&guard] { return guard.isLocked(); }, 5000));
    }
    SECTION("on request")
    {
        guard.lockNow();
        CHECK(guard.isLocked());
    }
    CHECK(locked.size() == 1);
    REQUIRE(guard.dialog());
    CHECK(guard.dialog()->isVisible());
    CHECK(guard.dialog()->windowModality() == Qt::ApplicationModal);
    QWidget* curtain = curtainOf(&window);
    REQUIRE(curtain);
    CHECK(curtain->isVisible());
    CHECK(curtain->geometry() == window.rect());

    guard.dialog()->passwordField()->setText(QStringLiteral("wrong"));
    guard.dialog()->unlockButton()->click();
    CHECK(guard.isLocked());
    CHECK(curtainOf(&window));

    guard.dialog()->passwordField()->setText(kPassword);
    guard.dialog()->unlockButton()->click();
    CHECK_FALSE(guard.isLocked());
    CHECK(unlocked.size() == 1);
    CHECK(curtainOf(&window) == nullptr);
}

TEST_CASE("Without a password nothing locks", "[ui][lock]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::AppLockGuard guard(*db, nullptr, PasswordCost::minimum());
    QWidget window;
    window.show();
    guard.watch(&window);
    CHECK(guard.idleInterval() == 0);
    guard.lockNow();
    CHECK_FALSE(guard.isLocked());
    CHECK(curtainOf(&window) == nullptr);
}

TEST_CASE("The Security tab sets, changes and removes the password", "[ui][lock][settings]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    security::AppLock lock(*db, SystemClock::instance(), PasswordCost::minimum());
    ui::SecuritySettingsTab tab(lock);
    tab.show();
    QSignalSpy changed(&tab, &ui::SecuritySettingsTab::settingsChanged);
    CHECK(tab.setButton()->isVisible());
    CHECK_FALSE(tab.changeButton()->isVisible());
    CHECK_FALSE(tab.exportsBox()->isEnabled());
    CHECK_FALSE(tab.idleMinutes()->isEnabled());

    tab.setButton()->click();
    ui::PasswordDialog* dialog = tab.openDialog();
    REQUIRE(dialog);
    CHECK(dialog->currentField() == nullptr);
    dialog->submit({}, kPassword, QStringLiteral("open sesamo"));
    CHECK(dialog->isVisible());
    CHECK(dialog->feedback()->message(QStringLiteral("repeat_password")).contains(QStringLiteral("differ")));
    dialog->submit({}, QStringLiteral("short"), QStringLiteral("short"));
    CHECK(dialog->isVisible());
    CHECK(dialog->feedback()->message(QStringLiteral("new_password")).contains(QStringLiteral("6")));
    dialog->submit({}, kPassword, kPassword);
    CHECK(*lock.isEnabled());
    CHECK(changed.size() == 1);
    CHECK(tab.changeButton()->isVisible());
    CHECK(tab.exportsBox()->isEnabled());

    tab.changeButton()->click();
    dialog = tab.openDialog();
    REQUIRE(dialog);
    dialog->submit(QStringLiteral("guess"), QStringLiteral("new secret"), QStringLiteral("new secret"));
    CHECK(dialog->isVisible());
    CHECK(dialog->feedback()->message(QStringLiteral("password")).contains(QStringLiteral("wrong")));
    dialog->submit(kPassword, QStringLiteral("new secret"), QStringLiteral("new secret"));
    CHECK(*lock.verify(QStringLiteral("new secret")));
    CHECK(changed.size() == 2);

    tab.removeButton()->click();
    dialog = tab.openDialog();
    REQUIRE(dialog);
    CHECK(dialog->newField() == nullptr);
    dialog->submit(kPassword, {}, {});
    CHECK(dialog->isVisible()); // the old password is no longer the password
    dialog->submit(QStringLiteral("new secret"), {}, {});
    CHECK_FALSE(*lock.isEnabled());
    CHECK(tab.setButton()->isVisible());
    CHECK(changed.size() == 3);
}

TEST_CASE("The switches behind the password ask for it and go back when refused", "[ui][lock][settings]")
{
    test::UiLanguage language(i18n::Language::English);
    PolicyReset reset;
    auto db = test::memoryDatabase();
    lockWithPassword(*db);
    ui::AppLockGuard guard(*db, nullptr, PasswordCost::minimum());
    ui::SecuritySettingsTab tab(guard.lock());
    QObject::connect(&tab, &ui::SecuritySettingsTab::settingsChanged, &guard, &ui::AppLockGuard::reloadSettings);
    tab.show();
    REQUIRE(tab.exportsBox()->isChecked());

    tab.exportsBox()->click();
    ui::PasswordDialog* dialog = tab.openDialog();
    REQUIRE(dialog);
    dialog->reject();
    test::settle();
    CHECK(tab.exportsBox()->isChecked());
    CHECK(guard.lock().settings()->exportsAllowed);

    tab.exportsBox()->click();
    dialog = tab.openDialog();
    REQUIRE(dialog);
    dialog->submit(QStringLiteral("guess"), {}, {});
    CHECK(dialog->feedback()->message(QStringLiteral("password")).contains(QStringLiteral("wrong")));
    dialog->submit(kPassword, {}, {});
    CHECK_FALSE(tab.exportsBox()->isChecked());
    CHECK_FALSE(guard.lock().settings()->exportsAllowed);
    CHECK_FALSE(ExportPolicy::allows(ExportPolicy::Kind::Export));
    CHECK(ExportPolicy::allows(ExportPolicy::Kind::Print));

    tab.printingBox()->click();
    tab.openDialog()->submit(kPassword, {}, {});
    CHECK_FALSE(ExportPolicy::allows(ExportPolicy::Kind::Print));

    CHECK_FALSE(tab.applyIdleButton()->isEnabled());
    tab.idleMinutes()->setValue(0);
    CHECK(tab.idleMinutes()->text() == QStringLiteral("Never"));
    REQUIRE(tab.applyIdleButton()->isEnabled());
    tab.applyIdleButton()->click();
    tab.openDialog()->submit(kPassword, {}, {});
    CHECK(guard.lock().settings()->idleMinutes == 0);
    CHECK(guard.idleInterval() == 0);
}

TEST_CASE("Export and print actions are off with the reason while the switches are off", "[ui][lock][export]")
{
    test::UiLanguage language(i18n::Language::English);
    PolicyReset reset;
    test::DocumentFixture f;
    const sales::Document quote = f.quote(f.customer(QStringLiteral("Ali")));
    ui::DocumentActions actions(*f.services, nullptr);
    actions.setDocument(quote.id);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    QPushButton* customers = window.customerList()->exportButton();
    QPushButton* tasks = window.tasksPage()->exportButton();
    const QString ownTip = customers->toolTip();
    REQUIRE(customers->isEnabled());
    REQUIRE(tasks->isEnabled());
    REQUIRE(actions.pdfAction()->isEnabled());
    REQUIRE(actions.printAction()->isEnabled());

    ExportPolicy::instance().setAllowed(false, true);
    CHECK_FALSE(customers->isEnabled());
    CHECK(customers->toolTip() == QStringLiteral("Exports are turned off in Peyvand's settings."));
    CHECK_FALSE(tasks->isEnabled());
    CHECK(tasks->toolTip().contains(QStringLiteral("turned off")));
    CHECK_FALSE(actions.pdfAction()->isEnabled());
    CHECK(actions.pdfAction()->isVisible());
    CHECK(actions.printAction()->isEnabled());
    // The flows refuse too, saying why.
    ui::Dialogs::takeShownTexts();
    CHECK(window.exportCustomers() == nullptr);
    CHECK(ui::Dialogs::takeShownTexts().join(u' ').contains(QStringLiteral("Exports are turned off")));

    ExportPolicy::instance().setAllowed(true, false);
    CHECK(customers->isEnabled());
    CHECK(customers->toolTip() == ownTip);
    CHECK(actions.pdfAction()->isEnabled());
    CHECK_FALSE(actions.printAction()->isEnabled());
    CHECK(actions.printAction()->toolTip().contains(QStringLiteral("Printing is turned off")));
}

// Hidden: PEYVAND_SHOTS=/tmp/shots ./test_ui "[.screenshots][lock]"
TEST_CASE("Screenshots of the lock dialog, the covered window and the Security tab", "[.screenshots][lock]")
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = lang == i18n::Language::Persian ? QStringLiteral("fa.png") : QStringLiteral("en.png");
        auto db = test::memoryDatabase();
        ui::AppLockGuard guard(*db, nullptr, PasswordCost::minimum());
        ui::MainWindow window(*db);
        window.createDemoData();
        auto* tab = window.settingsPage()->addSecurityTab(guard.lock());
        window.resize(1100, 700);
        window.showPage(QStringLiteral("settings"));
        window.settingsPage()->showTab(ui::SettingsPage::Tab::Security);
        window.show();
        test::settle();
        CHECK(window.grab().save(dir + QStringLiteral("/security-tab-off-") + suffix, "PNG"));

        REQUIRE(guard.lock().enable(kPassword));
        tab->reload();
        tab->changeButton()->click();
        test::settle();
        CHECK(tab->openDialog()->grab().save(dir + QStringLiteral("/password-dialog-") + suffix, "PNG"));
        tab->openDialog()->submit(QStringLiteral("guess"), QStringLiteral("abc"), QStringLiteral("abc"));
        test::settle();
        CHECK(tab->openDialog()->grab().save(dir + QStringLiteral("/password-dialog-error-") + suffix, "PNG"));
        tab->openDialog()->reject();
        test::settle();
        CHECK(window.grab().save(dir + QStringLiteral("/security-tab-on-") + suffix, "PNG"));

        guard.reloadSettings();
        guard.watch(&window);
        window.showPage(QStringLiteral("customers"));
        guard.lockNow();
        guard.dialog()->passwordField()->setText(QStringLiteral("x"));
        guard.dialog()->unlockButton()->click();
        test::settle();
        CHECK(window.grab().save(dir + QStringLiteral("/locked-window-") + suffix, "PNG"));
        CHECK(guard.dialog()->grab().save(dir + QStringLiteral("/lock-dialog-") + suffix, "PNG"));
    }
}
