#include "CollectionTestSupport.h"

#include "ChequeRegisterPanel.h"
#include "ChequeDetailPane.h"
#include "ChequesPage.h"
#include "MainWindow.h"
#include "NavigationBar.h"
#include "PaymentReminderModel.h"
#include "PaymentReminderService.h"
#include "PaymentReminderSettings.h"
#include "PaymentRemindersBox.h"
#include "ReceivablesPage.h"
#include "ReminderNotifier.h"
#include "SettingsPage.h"
#include "TasksPage.h"
#include "TodayPanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace peyvand;
using payments::Reminder;
using ui::PaymentReminderModel;
using peyvand::test::u8;

namespace {
struct Shown {
    QString title;
    QString text;
};

class RecordingNotifier final : public ui::ReminderNotifier {
public:
    void notify(const QString& title, const QString& text) override { shown.append({ title, text }); }
    QList<Shown> shown;
};

// A cheque due in 2 days, one 4 days overdue, an instalment plan with an
// overdue instalment, and a credit promise due in 10 days.
struct Due {
    test::CollectionFixture f;
    qint64 karimi = f.customer(QStringLiteral("Ali Karimi"));
    qint64 rezaei = f.customer(QStringLiteral("Leila Rezaei"));
    qint64 invoiceA = f.invoice(karimi, f.day(-30), 50'000'000);
    qint64 invoiceB = f.invoice(rezaei, f.day(-60), 30'000'000);
    payments::Cheque soon = f.chequeFor(invoiceA, 20'000'000, f.day(2), QStringLiteral("1111222233334444"));
    payments::Cheque late = f.chequeFor(invoiceA, 10'000'000, f.day(-4), QStringLiteral("1111222233335555"), {}, {}, {},
                                        f.day(-30));
    Due()
    {
        f.plan(invoiceB, 0, 3, f.day(-45));
        f.promise(invoiceA, 20'000'000, f.day(10));
    }
};

QStringList kinds(const PaymentReminderModel& model)
{
    QStringList out;
    for (const Reminder& reminder : model.reminders())
        out << payments::toKey(reminder.kind);
    return out;
}
} // namespace

TEST_CASE("The Today panel lists payment reminders and opens what they are about", "[ui][reminders][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    Due d;
    ui::PaymentRemindersBox box(*d.f.services);
    QAbstractItemModelTester tester(box.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    box.reload(); // 3 days ahead by default
    const QStringList shown = kinds(*box.model());
    CHECK(shown.contains(QStringLiteral("cheque_due")));
    CHECK(shown.contains(QStringLiteral("cheque_overdue")));
    CHECK(shown.contains(QStringLiteral("instalment_overdue")));
    CHECK_FALSE(shown.contains(QStringLiteral("promise_due"))); // 10 days away
    CHECK(box.titleLabel()->text() == QStringLiteral("Payments (%1)").arg(shown.size()));
    CHECK_FALSE(box.emptyLabel()->isVisibleTo(&box));

    int overdueRow = -1;
    int chequeRow = -1;
    int instalmentRow = -1;
    for (int row = 0; row < box.model()->rowCount(); ++row) {
        const Reminder* reminder = box.model()->reminderAt(row);
        if (reminder->kind == Reminder::Kind::ChequeOverdue)
            overdueRow = row;
        if (reminder->kind == Reminder::Kind::ChequeDue)
            chequeRow = row;
        if (reminder->kind == Reminder::Kind::InstalmentOverdue && instalmentRow < 0)
            instalmentRow = row;
    }
    REQUIRE(overdueRow >= 0);
    REQUIRE(chequeRow >= 0);
    REQUIRE(instalmentRow >= 0);
    const QModelIndex overdue = box.model()->index(overdueRow, PaymentReminderModel::DateColumn);
    CHECK(overdue.data().toString().contains(QStringLiteral("4 days overdue")));
    CHECK(overdue.data(PaymentReminderModel::OverdueRole).toBool());
    CHECK(box.model()->index(chequeRow, PaymentReminderModel::DateColumn).data().toString().contains(QStringLiteral("in 2 days")));
    CHECK(box.model()->index(chequeRow, PaymentReminderModel::AmountColumn).data().toString() == QStringLiteral("20,000,000"));
    CHECK_FALSE(box.model()->index(chequeRow, PaymentReminderModel::WhatColumn).data().toString().isEmpty());

    QSignalSpy cheque(&box, &ui::PaymentRemindersBox::openChequeRequested);
    QSignalSpy document(&box, &ui::PaymentRemindersBox::openDocumentRequested);
    emit box.view()->clicked(box.model()->index(chequeRow, 1));
    REQUIRE(cheque.count() == 1);
    CHECK(cheque.first().first().toLongLong() == d.soon.id);
    box.activate(instalmentRow);
    REQUIRE(document.count() == 1);
    CHECK(document.first().first().toLongLong() == d.invoiceB);

    SECTION("more days ahead bring the promise in")
    {
        REQUIRE(d.f.services->receivables.setReminderDays(14));
        box.reload();
        CHECK(kinds(*box.model()).contains(QStringLiteral("promise_due")));
    }
    SECTION("nothing due")
    {
        test::CollectionFixture empty;
        ui::PaymentRemindersBox none(*empty.services);
        none.reload();
        CHECK(none.model()->rowCount() == 0);
        CHECK(none.emptyLabel()->isVisibleTo(&none));
        CHECK(none.emptyLabel()->text() == QStringLiteral("No payments due in the next 3 days and nothing overdue."));
    }
}

TEST_CASE("The payment summary is notified once a day", "[ui][reminders][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    Due d;
    RecordingNotifier notifier;
    ui::PaymentReminderService service(d.f.services->receivables, notifier, d.f.clock);
    QSignalSpy notified(&service, &ui::PaymentReminderService::notified);
    service.start();
    CHECK(service.isRunning());
    REQUIRE(notifier.shown.size() == 1);
    CHECK(notifier.shown.first().title.startsWith(QStringLiteral("Payments: ")));
    CHECK(notifier.shown.first().title.contains(QStringLiteral("overdue")));
    CHECK(notifier.shown.first().text.count(QLatin1Char('\n')) >= 1);
    CHECK(service.lastNotified() == d.f.today());
    REQUIRE(notified.count() == 1);

    d.f.clock.advanceSeconds(3600);
    CHECK(service.checkNow() == 0); // the same day
    CHECK(notifier.shown.size() == 1);

    d.f.clock.advanceSeconds(24 * 3600); // the next day
    CHECK(service.checkNow() > 0);
    CHECK(notifier.shown.size() == 2);
    service.stop();
    CHECK_FALSE(service.isRunning());

    SECTION("no reminders, no notification")
    {
        test::CollectionFixture empty;
        RecordingNotifier quiet;
        ui::PaymentReminderService none(empty.services->receivables, quiet, empty.clock);
        CHECK(none.checkNow() == 0);
        CHECK(quiet.shown.isEmpty());
        CHECK(none.lastNotified() == empty.today());
    }
}

TEST_CASE("The reminder days setting round-trips", "[ui][reminders][settings]")
{
    test::UiLanguage language(i18n::Language::English);
    test::CollectionFixture f;
    ui::PaymentReminderSettings settings(f.services->receivables);
    QSignalSpy changed(&settings, &ui::PaymentReminderSettings::daysChanged);
    CHECK(settings.daysBox()->value() == 3);
    CHECK(settings.daysBox()->minimum() == 0);
    CHECK(settings.daysBox()->maximum() == 60);
    settings.daysBox()->setValue(10);
    REQUIRE(changed.count() == 1);
    CHECK(f.services->receivables.reminderDays().valueOr(-1) == 10);
    ui::PaymentReminderSettings again(f.services->receivables);
    CHECK(again.daysBox()->value() == 10);
    settings.daysBox()->setValue(0);
    CHECK(f.services->receivables.reminderDays().valueOr(-1) == 0);
    CHECK_FALSE(settings.message()->isVisibleTo(&settings));
}

TEST_CASE("The main window has the cheque and receivables pages", "[ui][cheques][receivables]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    CHECK(window.navigation()->button(ui::NavigationBar::Section::Cheques)->isEnabled());
    CHECK(window.navigation()->button(ui::NavigationBar::Section::Receivables)->isEnabled());
    REQUIRE(window.showPage(QStringLiteral("cheques")));
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Cheques);
    REQUIRE(window.showPage(QStringLiteral("receivables")));
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Receivables);
    REQUIRE(window.tasksPage()->today()->paymentReminders());
    CHECK(window.settingsPage()->findChild<ui::PaymentReminderSettings*>());
    window.navigation()->button(ui::NavigationBar::Section::Cheques)->click();
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Cheques);
    CHECK_FALSE(window.showCheque(12345));
}
