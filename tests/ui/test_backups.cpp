// The Backups page, restore and the automatic backup, on real database files
// in a temporary folder (a backup copies a file; the worker thread opens its
// own connection).
#include "UiTestSupport.h"

#include "BackupJob.h"
#include "BackupListModel.h"
#include "BackupScheduler.h"
#include "BackupsPage.h"
#include "DamagedDatabaseDialog.h"
#include "Dialogs.h"
#include "FileChooser.h"
#include "MainWindow.h"
#include "NavigationBar.h"
#include "PassphraseDialog.h"
#include "RestoreFlow.h"
#include "StorageWarning.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "common/Clock.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace peyvand;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 20), QTime(8, 0), Qt::UTC);

struct BackupFixture {
    QTemporaryDir dir;
    QString dbPath;
    QString backupDir;
    std::unique_ptr<storage::Database> db;
    FixedClock clock { kNow };

    BackupFixture()
    {
        REQUIRE(dir.isValid());
        dbPath = dir.filePath(QStringLiteral("shop.sqlite"));
        backupDir = dir.filePath(QStringLiteral("backups"));
        open();
        customers::CustomerService service(*db);
        test::addCustomer(service, test::u8("مریم احمدی"));
        test::addCustomer(service, test::u8("علی رضایی"));
        REQUIRE(backup::BackupSettings(*db, clock).setFolder(backupDir));
    }

    void open()
    {
        auto opened = storage::Database::open(dbPath);
        REQUIRE(opened.hasValue());
        db = std::move(*opened);
    }

    qint64 customerCount()
    {
        return customers::CustomerSearch(*db).count({}).valueOr(-1);
    }

    backup::BackupEntry backUp(const std::optional<QString>& passphrase = std::nullopt)
    {
        backup::BackupOptions options;
        options.passphrase = passphrase;
        options.kdf = backup::KdfParams::minimum();
        options.rotation.reset();
        auto made = backup::BackupService(*db, clock).backup(backupDir, options);
        REQUIRE(made.hasValue());
        clock.advanceSeconds(60); // backups are named by the second
        return made->backup;
    }
};

bool runBackupNow(ui::BackupsPage& page)
{
    QSignalSpy finished(page.job(), &ui::BackupJob::finished);
    if (!page.backUpNow())
        return false;
    return finished.wait(30000);
}

} // namespace

TEST_CASE("backup list model: date, size, encryption, counts and problems", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    f.backUp();
    f.backUp(QStringLiteral("a long passphrase"));
    QFile junk(QDir(f.backupDir).filePath(QStringLiteral("peyvand-junk.pvbak")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a backup at all");
    junk.close();

    ui::BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto listed = backup::BackupService::list(f.backupDir);
    REQUIRE(listed.hasValue());
    model.setEntries(*listed);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == ui::BackupListModel::ColumnCount);

    int encrypted = 0, plain = 0, damaged = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString state = model.index(row, ui::BackupListModel::Encrypted).data().toString();
        const QString problem = model.index(row, ui::BackupListModel::Problem).data().toString();
        if (!problem.isEmpty()) {
            ++damaged;
            CHECK(model.index(row, ui::BackupListModel::Customers).data().toString().isEmpty());
            CHECK(model.index(row, ui::BackupListModel::Date).data().toString() == QStringLiteral("peyvand-junk.pvbak"));
            continue;
        }
        CHECK(model.index(row, ui::BackupListModel::Customers).data().toString() == QStringLiteral("2"));
        CHECK(model.index(row, ui::BackupListModel::Leads).data().toString() == QStringLiteral("0"));
        CHECK(model.index(row, ui::BackupListModel::Date).data().toString().startsWith(QStringLiteral("1403/12/30")));
        CHECK(model.index(row, ui::BackupListModel::Size).data().toString().endsWith(QStringLiteral("KB")));
        (state == QStringLiteral("Encrypted") ? encrypted : plain) += 1;
    }
    CHECK(encrypted == 1);
    CHECK(plain == 1);
    CHECK(damaged == 1);
    REQUIRE(model.newestReadable());
    CHECK(model.newestReadable()->encrypted); // the later one
    CHECK(ui::BackupListModel::sizeText(512) == QStringLiteral("512 bytes"));
    CHECK(ui::BackupListModel::sizeText(2 * 1024 * 1024 + 400 * 1024) == QStringLiteral("2.4 MB"));
}

TEST_CASE("backup list model: Persian digits and Jalali dates", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::Persian);
    BackupFixture f;
    f.backUp();
    ui::BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(backup::BackupService::list(f.backupDir).value());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::BackupListModel::Date).data().toString().startsWith(test::u8("۱۴۰۳/۱۲/۳۰")));
    CHECK(model.index(0, ui::BackupListModel::Customers).data().toString() == test::u8("۲"));
}

TEST_CASE("backups page: back up now in the worker, then the list and the last backup", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    ui::BackupsPage page(*f.db, nullptr, f.clock);
    CHECK(page.emptyLabel()->isVisibleTo(&page));
    CHECK(page.lastBackupLabel()->text() == QStringLiteral("No backup has been made yet."));
    CHECK_FALSE(page.failureLabel()->isVisibleTo(&page));
    CHECK(page.folder() == f.backupDir);
    CHECK(page.sameDiskWarning()->isVisibleTo(&page)); // the temp folder holds both

    REQUIRE(runBackupNow(page));
    CHECK_FALSE(page.isBackingUp());
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.table()->isVisibleTo(&page));
    CHECK_FALSE(page.emptyLabel()->isVisibleTo(&page));
    CHECK(page.lastBackupLabel()->text().startsWith(QStringLiteral("Last backup: 1403/12/30")));
    CHECK(page.model()->index(0, ui::BackupListModel::Encrypted).data().toString() == QStringLiteral("Not encrypted"));
    CHECK(ui::Dialogs::takeShownTexts().isEmpty());
}

TEST_CASE("backups page: a failed backup stays shown until one succeeds", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    // A file where the folder should be: the backup cannot be written.
    QFile blocker(f.backupDir);
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ui::BackupsPage page(*f.db, nullptr, f.clock);
    ui::Dialogs::takeShownTexts();
    REQUIRE(runBackupNow(page));
    CHECK(page.failureLabel()->isVisibleTo(&page));
    CHECK(page.failureLabel()->text().contains(QStringLiteral("until a backup succeeds")));
    const QStringList shown = ui::Dialogs::takeShownTexts();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().startsWith(QStringLiteral("The backup failed")));

    page.reload(); // still there after reading the settings again
    CHECK(page.failureLabel()->isVisibleTo(&page));

    QFile::remove(f.backupDir);
    REQUIRE(runBackupNow(page));
    CHECK_FALSE(page.failureLabel()->isVisibleTo(&page));
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("backups page: frequency, folder and encryption settings", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    ui::BackupsPage page(*f.db, nullptr, f.clock);
    page.setKdf(backup::KdfParams::minimum());

    page.setFrequency(backup::BackupFrequency::Weekly);
    CHECK(backup::BackupSettings(*f.db).load().value().frequency == backup::BackupFrequency::Weekly);
    CHECK(page.frequencyBox()->currentData().toInt() == int(backup::BackupFrequency::Weekly));

    const QString other = f.dir.filePath(QStringLiteral("elsewhere"));
    QDir().mkpath(other);
    ui::FileChooser::scriptPaths({ other });
    page.chooseFolder();
    CHECK(page.folder() == other);
    ui::FileChooser::scriptPaths({ QString() }); // cancelled: unchanged
    page.chooseFolder();
    CHECK(page.folder() == other);

    // Cancelled passphrase: nothing changes.
    ui::PassphraseDialog::scriptPassphrases({ QString() });
    page.setEncryption(true);
    CHECK_FALSE(page.encryptionBox()->isChecked());
    CHECK_FALSE(page.preferences().encrypted);

    ui::PassphraseDialog::scriptPassphrases({ QStringLiteral("correct horse battery staple") });
    page.setEncryption(true);
    CHECK(page.preferences().encrypted);
    CHECK(page.encryptionBox()->isChecked());

    REQUIRE(runBackupNow(page));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, ui::BackupListModel::Encrypted).data().toString() == QStringLiteral("Encrypted"));

    // Turning it off needs the passphrase: a wrong one is asked again with the reason.
    ui::PassphraseDialog::takeAskedPrompts();
    ui::PassphraseDialog::scriptPassphrases({ QStringLiteral("wrong"), QStringLiteral("correct horse battery staple") });
    page.setEncryption(false);
    CHECK_FALSE(page.preferences().encrypted);
    CHECK(ui::PassphraseDialog::takeAskedPrompts().size() == 2);
}

TEST_CASE("passphrase dialog: typed twice, with a strength hint", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    ui::PassphraseDialog dialog(ui::PassphraseDialog::Mode::Choose, QStringLiteral("t"), QStringLiteral("p"));
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.firstField()->setText(QStringLiteral("abc"));
    CHECK(dialog.strengthLabel()->text().startsWith(QStringLiteral("Strength: weak")));
    dialog.secondField()->setText(QStringLiteral("abd"));
    CHECK(dialog.strengthLabel()->text() == QStringLiteral("The two passphrases are not the same."));
    CHECK_FALSE(ok->isEnabled());
    dialog.firstField()->setText(QStringLiteral("four words make it strong"));
    dialog.secondField()->setText(QStringLiteral("four words make it strong"));
    CHECK(ok->isEnabled());
    CHECK(dialog.strengthLabel()->text() == QStringLiteral("Strength: strong."));
    CHECK(ui::PassphraseDialog::strengthOf(test::u8("رمز خیلی طولانی من ۱۲۳")) == ui::PassphraseDialog::Strength::Strong);
    CHECK(ui::PassphraseDialog::strengthOf(QStringLiteral("Abcdefgh12")) == ui::PassphraseDialog::Strength::Fair);
}

TEST_CASE("restore: a plain backup replaces the closed database and keeps the old one", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    const backup::BackupEntry made = f.backUp();
    customers::CustomerService service(*f.db);
    test::addCustomer(service, test::u8("بعد از پشتیبان"));
    REQUIRE(f.customerCount() == 3);

    // Declining the confirmation: nothing requested.
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
    CHECK_FALSE(ui::RestoreFlow::prepare(nullptr, made.path, f.dbPath).has_value());
    const QString question = ui::Dialogs::takeShownTexts().value(0);
    CHECK(question.contains(QStringLiteral("2 customers, 0 leads, 0 documents, 0 payments")));
    CHECK(question.contains(QStringLiteral("shop.before-restore-")));

    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
    std::optional<ui::RestoreRequest> request = ui::RestoreFlow::prepare(nullptr, made.path, f.dbPath);
    REQUIRE(request.has_value());
    CHECK(request->passphrase.isEmpty());

    // Refused while the database is open: nothing is lost.
    ui::BackupJobOutcome refused = ui::RestoreFlow::run(nullptr, *request, f.dbPath, f.clock);
    CHECK_FALSE(refused.status);
    CHECK(ui::RestoreFlow::describeOutcome(refused).startsWith(QStringLiteral("The restore failed; the database was not changed.")));
    CHECK(f.customerCount() == 3);

    f.db.reset();
    ui::BackupJobOutcome outcome = ui::RestoreFlow::run(nullptr, *request, f.dbPath, f.clock);
    REQUIRE(outcome.status);
    REQUIRE(outcome.restore.has_value());
    CHECK(QFile::exists(outcome.restore->previousMovedTo));
    CHECK(ui::RestoreFlow::describeOutcome(outcome).contains(outcome.restore->previousMovedTo));
    f.open();
    CHECK(f.customerCount() == 2);
}

TEST_CASE("restore: an encrypted backup asks for the passphrase again when it does not fit", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    const backup::BackupEntry made = f.backUp(QStringLiteral("right passphrase"));
    customers::CustomerService service(*f.db);
    test::addCustomer(service, test::u8("بعد از پشتیبان"));

    ui::PassphraseDialog::takeAskedPrompts();
    ui::PassphraseDialog::scriptPassphrases({ QStringLiteral("wrong"), QString() }); // then cancelled
    CHECK_FALSE(ui::RestoreFlow::prepare(nullptr, made.path, f.dbPath).has_value());
    QStringList prompts = ui::PassphraseDialog::takeAskedPrompts();
    REQUIRE(prompts.size() == 2);
    CHECK(prompts.at(1).startsWith(QStringLiteral("That passphrase does not open this backup.")));

    ui::PassphraseDialog::scriptPassphrases({ QStringLiteral("wrong"), QStringLiteral("right passphrase") });
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
    std::optional<ui::RestoreRequest> request = ui::RestoreFlow::prepare(nullptr, made.path, f.dbPath);
    REQUIRE(request.has_value());
    CHECK(request->passphrase == QStringLiteral("right passphrase"));

    f.db.reset();
    ui::BackupJobOutcome outcome = ui::RestoreFlow::run(nullptr, *request, f.dbPath, f.clock);
    REQUIRE(outcome.status);
    f.open();
    CHECK(f.customerCount() == 2);
}

TEST_CASE("restore: a damaged backup file is explained, never restored", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    const backup::BackupEntry made = f.backUp();
    QFile file(made.path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    ui::Dialogs::takeShownTexts();
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
    std::optional<ui::RestoreRequest> request = ui::RestoreFlow::prepare(nullptr, made.path, f.dbPath);
    if (request) { // the header reads; the truncation is found while restoring
        f.db.reset();
        ui::BackupJobOutcome outcome = ui::RestoreFlow::run(nullptr, *request, f.dbPath, f.clock);
        CHECK_FALSE(outcome.status);
        f.open();
    }
    CHECK(f.customerCount() == 2);
    ui::Dialogs::scriptAnswers({});
}

TEST_CASE("restore from file: cancelled chooser does nothing", "[ui][backups]")
{
    BackupFixture f;
    ui::FileChooser::scriptPaths({ QString() });
    CHECK_FALSE(ui::RestoreFlow::prepareFromFile(nullptr, f.dbPath).has_value());
}

TEST_CASE("scheduler: backs up when due, not again the same day, again the next day", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    const QTimeZone tehran("Asia/Tehran");
    ui::BackupScheduler scheduler(*f.db, f.clock, nullptr, tehran);
    QSignalSpy finished(&scheduler, &ui::BackupScheduler::backupFinished);

    REQUIRE(scheduler.isDue()); // daily by default, never backed up
    REQUIRE(scheduler.checkNow());
    CHECK_FALSE(scheduler.checkNow()); // one at a time
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString().startsWith(QStringLiteral("Automatic backup made")));
    CHECK(backup::BackupService::list(f.backupDir).value().size() == 1);

    f.clock.advanceSeconds(3 * 3600);
    CHECK_FALSE(scheduler.isDue());
    CHECK_FALSE(scheduler.checkNow());

    f.clock.advanceSeconds(24 * 3600);
    CHECK(scheduler.isDue());
    scheduler.setBusyCheck([] { return true; }); // a restore or manual backup runs
    CHECK_FALSE(scheduler.checkNow());
    scheduler.setBusyCheck({});
    scheduler.setPaused(true);
    CHECK_FALSE(scheduler.checkNow());
    scheduler.setPaused(false);
    REQUIRE(scheduler.checkNow());
    REQUIRE(finished.wait(30000));
    CHECK(backup::BackupService::list(f.backupDir).value().size() == 2);

    REQUIRE(backup::BackupSettings(*f.db).setFrequency(backup::BackupFrequency::Off));
    f.clock.advanceSeconds(30 * 24 * 3600);
    CHECK_FALSE(scheduler.isDue());
    CHECK_FALSE(scheduler.checkNow());
}

TEST_CASE("scheduler: a failure is reported and recorded for the page", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    QFile blocker(f.backupDir);
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ui::BackupScheduler scheduler(*f.db, f.clock);
    QSignalSpy finished(&scheduler, &ui::BackupScheduler::backupFinished);
    ui::Dialogs::takeShownTexts();
    REQUIRE(scheduler.checkNow());
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString().startsWith(QStringLiteral("The automatic backup failed")));
    CHECK_FALSE(backup::BackupSettings(*f.db).load().value().lastFailure.isEmpty());
    CHECK(ui::Dialogs::takeShownTexts().isEmpty()); // no dialog
}

TEST_CASE("damaged database dialog: names the newest readable backup and offers the three choices", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    // The default folder beside the database, as a damaged file cannot tell its own.
    const QString beside = QFileInfo(f.dbPath).absoluteDir().filePath(QStringLiteral("backups"));
    REQUIRE(beside == f.backupDir);
    f.backUp();
    const backup::BackupEntry newer = f.backUp(QStringLiteral("secret words here"));
    QFile junk(QDir(f.backupDir).filePath(QStringLiteral("peyvand-zzz.pvbak")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("junk");
    junk.close();

    const std::optional<backup::BackupEntry> newest = ui::DamagedDatabaseDialog::newestBackup(f.dbPath);
    REQUIRE(newest.has_value());
    CHECK(newest->path == newer.path);

    ui::DamagedDatabaseDialog dialog(f.dbPath, newest, { QStringLiteral("*** in database main ***") });
    CHECK(dialog.restoreButton()->isEnabled());
    CHECK(dialog.backupLabel()->text().contains(QStringLiteral("2 customers, 0 leads, 0 documents, 0 payments")));
    CHECK(dialog.choice() == ui::DamagedDatabaseDialog::Choice::Quit);
    dialog.readOnlyButton()->click();
    CHECK(dialog.choice() == ui::DamagedDatabaseDialog::Choice::ReadOnly);

    ui::DamagedDatabaseDialog none(f.dbPath, std::nullopt, {});
    CHECK_FALSE(none.restoreButton()->isEnabled());
    CHECK(none.backupLabel()->text().startsWith(QStringLiteral("No readable backup was found")));

    ui::DamagedDatabaseDialog::scriptChoices({ ui::DamagedDatabaseDialog::Choice::Restore });
    CHECK(ui::DamagedDatabaseDialog::ask(nullptr, f.dbPath, newest, {}) == ui::DamagedDatabaseDialog::Choice::Restore);
    CHECK(ui::DamagedDatabaseDialog::ask(nullptr, f.dbPath, newest, {}) == ui::DamagedDatabaseDialog::Choice::Quit); // unattended
}

TEST_CASE("damaged database dialog: no backups at all", "[ui][backups]")
{
    QTemporaryDir dir;
    CHECK_FALSE(ui::DamagedDatabaseDialog::newestBackup(dir.filePath(QStringLiteral("gone.sqlite"))).has_value());
}

// Screenshots for docs/screenshots: PEYVAND_SCREENSHOT_DIR=docs/screenshots test_ui_backups "[screenshots]"
TEST_CASE("backups screenshots", "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("PEYVAND_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = lang == i18n::Language::Persian ? QStringLiteral("fa") : QStringLiteral("en");
        BackupFixture f;
        f.backUp();
        f.backUp(QStringLiteral("secret words here"));
        QFile junk(QDir(f.backupDir).filePath(QStringLiteral("peyvand-20250101T000000Z.pvbak")));
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write("PVBAK damaged");
        junk.close();
        REQUIRE(backup::BackupSettings(*f.db, f.clock).recordSuccess(f.clock.nowUtc().addSecs(-60)));
        REQUIRE(backup::BackupSettings(*f.db, f.clock).recordFailure(f.clock.nowUtc(), QStringLiteral("No space left on device")));
        ui::BackupsPage page(*f.db, nullptr, f.clock);
        page.resize(1100, 720);
        page.show();
        test::settle(50);
        CHECK(page.grab().save(QDir(out).filePath(QStringLiteral("backups-%1.png").arg(suffix))));

        ui::DamagedDatabaseDialog dialog(f.dbPath, ui::DamagedDatabaseDialog::newestBackup(f.dbPath),
                                         { QStringLiteral("*** in database main ***"),
                                           QStringLiteral("Page 7: btreeInitPage() returns error code 11") });
        dialog.show();
        test::settle(50);
        CHECK(dialog.grab().save(QDir(out).filePath(QStringLiteral("damaged-database-%1.png").arg(suffix))));

        ui::PassphraseDialog passphrase(ui::PassphraseDialog::Mode::Choose, QStringLiteral("-"),
                                        ui::BackupsPage::tr("Backups made from now on are encrypted with this passphrase. "
                                                            "Automatic backups do not ask for it."));
        passphrase.firstField()->setText(QStringLiteral("abcdefgh"));
        passphrase.show();
        test::settle(50);
        CHECK(passphrase.grab().save(QDir(out).filePath(QStringLiteral("passphrase-%1.png").arg(suffix))));
    }
}

namespace {
// Overwrites a page in the middle of the file: the header still reads, quick_check fails.
void damagePages(const QString& path, qint64 firstPage = 2)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 4 * 4096);
    if (firstPage < 0)
        firstPage = size / 4096 + firstPage;
    for (qint64 page = firstPage; page * 4096 < size - 4096; ++page) {
        file.seek(page * 4096);
        file.write(QByteArray(4096, char(0x5a)));
    }
    file.close();
}
} // namespace

TEST_CASE("damaged database: restore the newest backup, the damaged file is kept aside", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    customers::CustomerService service(*f.db);
    for (int i = 0; i < 40; ++i)
        test::addCustomer(service, QStringLiteral("Customer %1").arg(i));
    f.backUp();
    f.db.reset();
    damagePages(f.dbPath);
    QFile damaged(f.dbPath);
    REQUIRE(damaged.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damaged.readAll();
    damaged.close();

    auto opened = storage::Database::open(f.dbPath);
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().code == ErrorCode::Corrupt);

    // Quit: nothing happens to the file.
    ui::DamagedDatabaseDialog::scriptChoices({ ui::DamagedDatabaseDialog::Choice::Quit });
    CHECK(ui::DamagedDatabaseDialog::decide(nullptr, f.dbPath, {}).choice == ui::DamagedDatabaseDialog::Choice::Quit);

    // Restore, declined at the confirmation, then read-only: asked again each time.
    ui::DamagedDatabaseDialog::scriptChoices({ ui::DamagedDatabaseDialog::Choice::Restore,
                                               ui::DamagedDatabaseDialog::Choice::ReadOnly });
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
    ui::DamagedDatabaseDialog::Decision decision = ui::DamagedDatabaseDialog::decide(nullptr, f.dbPath, {});
    CHECK(decision.choice == ui::DamagedDatabaseDialog::Choice::ReadOnly);
    CHECK_FALSE(decision.restore.has_value());

    ui::DamagedDatabaseDialog::scriptChoices({ ui::DamagedDatabaseDialog::Choice::Restore });
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
    decision = ui::DamagedDatabaseDialog::decide(nullptr, f.dbPath, {});
    REQUIRE(decision.restore.has_value());
    ui::BackupJobOutcome outcome = ui::RestoreFlow::run(nullptr, *decision.restore, f.dbPath, f.clock);
    REQUIRE(outcome.status);
    f.open();
    CHECK(f.customerCount() == 42);
    QFile aside(outcome.restore->previousMovedTo);
    REQUIRE(aside.open(QIODevice::ReadOnly));
    CHECK(aside.size() == damagedBytes.size());
    CHECK(aside.readAll() == damagedBytes); // never written to
}

TEST_CASE("main window: the Backups page from the side bar, the failure notice and the read-only banner", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    CHECK(window.showPage(QStringLiteral("backups")));
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Backups);
    CHECK(window.backupsPage()->isVisibleTo(&window));
    CHECK(window.backupsPage()->folderLabel()->text() == QStringLiteral("None (the database is in memory)"));
    CHECK_FALSE(window.backupFailureNotice()->isVisibleTo(&window));

    REQUIRE(backup::BackupSettings(*db).recordFailure(QDateTime::currentDateTimeUtc(), QStringLiteral("disk full")));
    emit window.backupsPage()->backupFinished(false, QStringLiteral("disk full"));
    CHECK(window.backupFailureNotice()->isVisibleTo(&window));
    window.showCustomerList();
    static_cast<QPushButton*>(window.backupFailureNotice())->click();
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Backups);
    CHECK(window.backupsPage()->failureLabel()->isVisibleTo(&window));

    CHECK_FALSE(window.readOnlyBanner()->isVisibleTo(&window));
    window.showReadOnlyBanner(QStringLiteral("Read-only"));
    CHECK(window.readOnlyBanner()->isVisibleTo(&window));
}

TEST_CASE("storage warning: a network or removable database is warned about until the user insists", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    const QString path = QStringLiteral("/mnt/share/peyvand-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch());
    storage::StorageRisk risk;
    risk.kind = storage::StorageRisk::Kind::Network;
    risk.fileSystem = QStringLiteral("cifs");
    risk.reason = QStringLiteral("It is on a network share (cifs).");
    int assessed = 0;
    ui::StorageWarning::setAssessor([&](const QString&) {
        ++assessed;
        return risk;
    });
    ui::Dialogs::takeShownTexts();

    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No }); // Quit
    CHECK_FALSE(ui::StorageWarning::confirm(nullptr, path));
    QStringList shown = ui::Dialogs::takeShownTexts();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(risk.reason));
    CHECK(shown.first().contains(QStringLiteral("SQLite cannot lock or flush files reliably")));

    // Unattended with nothing scripted: the default is not to open.
    CHECK_FALSE(ui::StorageWarning::confirm(nullptr, path));
    ui::Dialogs::takeShownTexts();

    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes }); // Open anyway, remembered
    CHECK(ui::StorageWarning::confirm(nullptr, path));
    ui::Dialogs::takeShownTexts();
    const int before = assessed;
    CHECK(ui::StorageWarning::confirm(nullptr, path));
    CHECK(ui::Dialogs::takeShownTexts().isEmpty());
    CHECK(assessed == before);

    risk.kind = storage::StorageRisk::Kind::Removable;
    risk.reason = QStringLiteral("It is on a removable drive.");
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
    CHECK_FALSE(ui::StorageWarning::confirm(nullptr, path + QStringLiteral("-usb")));
    CHECK(ui::Dialogs::takeShownTexts().value(0).contains(QStringLiteral("removable drive")));

    risk.kind = storage::StorageRisk::Kind::Local;
    CHECK(ui::StorageWarning::confirm(nullptr, path + QStringLiteral("-local")));
    CHECK(ui::Dialogs::takeShownTexts().isEmpty());
    ui::StorageWarning::setAssessor({});
}

TEST_CASE("read-only: a damaged database opens read-only, writes show the error and leave the file alone", "[ui][backups]")
{
    test::UiLanguage language(i18n::Language::English);
    BackupFixture f;
    customers::CustomerService service(*f.db);
    for (int i = 0; i < 40; ++i)
        test::addCustomer(service, QStringLiteral("Customer %1").arg(i));
    f.db.reset();
    damagePages(f.dbPath, -3); // the last pages: the schema still reads
    QFile file(f.dbPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    storage::Database::Options options;
    options.readOnly = true;
    options.createIfMissing = false;
    auto opened = storage::Database::open(f.dbPath, options);
    INFO((opened ? QString() : opened.error().message + QLatin1Char(' ') + opened.error().detail).toStdString());
    REQUIRE(opened.hasValue());
    {
        ui::MainWindow window(**opened);
        window.showReadOnlyBanner(QStringLiteral("Read-only"));
        CHECK(window.showPage(QStringLiteral("backups")));
        ui::Dialogs::takeShownTexts();
        window.backupsPage()->setFrequency(backup::BackupFrequency::Weekly);
        CHECK(ui::Dialogs::takeShownTexts().size() == 1); // the error, not a crash
        ui::PassphraseDialog::scriptPassphrases({ QStringLiteral("some long passphrase") });
        window.backupsPage()->setKdf(backup::KdfParams::minimum());
        window.backupsPage()->setEncryption(true);
        CHECK_FALSE(window.backupsPage()->preferences().encrypted);
        customers::Customer customer;
        customer.name = QStringLiteral("New");
        CHECK_FALSE(window.service().create(customer).hasValue());
    }
    opened->reset();
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);
    ui::Dialogs::takeShownTexts();
}
