#pragma once

#include "backup/BackupFormat.h"
#include "backup/BackupSettings.h"
#include "common/Clock.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class BackupJob;
class BackupListModel;
struct BackupJobOutcome;
struct RestoreRequest;

// The Backups page: where backups go (with a warning when that is the disk
// the database is on), how often they are made, whether they are encrypted,
// "Back up now" with progress and Cancel, the backups in the folder, and
// restoring from one of them or from any file. The last backup and the last
// failure are shown at the top; a failure stays until a backup succeeds.
class BackupsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsPage)

public:
    BackupsPage(storage::Database& db, QWidget* parent = nullptr, const Clock& clock = SystemClock::instance());
    ~BackupsPage() override;

    // Reads the settings and the folder again.
    void reload();
    // Starts "Back up now"; false when a backup is already running.
    bool backUpNow();
    bool isBackingUp() const;
    void chooseFolder();
    void setFrequency(backup::BackupFrequency frequency);
    // Asks for a new passphrase (on) or the current one (off).
    void setEncryption(bool on);
    void restoreSelected();
    void restoreFromFile();

    const backup::BackupPreferences& preferences() const { return m_prefs; }
    QString folder() const;
    // True when the folder is on the disk the database is on.
    static bool onSameDisk(const QString& folder, const QString& databasePath);

    BackupListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* lastBackupLabel() const { return m_lastBackup; }
    QLabel* failureLabel() const { return m_failure; }
    QLabel* folderLabel() const { return m_folder; }
    QLabel* sameDiskWarning() const { return m_sameDisk; }
    QComboBox* frequencyBox() const { return m_frequency; }
    QCheckBox* encryptionBox() const { return m_encryption; }
    QPushButton* backUpNowButton() const { return m_backUpNow; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* emptyLabel() const { return m_empty; }
    QProgressDialog* progressDialog() const { return m_progress; }
    BackupJob* job() const { return m_job; }

    // Key derivation cost for turning encryption on (tests use the minimum).
    void setKdf(const backup::KdfParams& kdf) { m_kdf = kdf; }

signals:
    void statusMessage(const QString& message);
    // The user chose a backup, gave its passphrase and confirmed: the
    // application closes the database and restores.
    void restoreRequested(const peyvand::ui::RestoreRequest& request);
    // A backup (manual or automatic) finished: ok or the failure's message.
    void backupFinished(bool ok, const QString& message);

private:
    QWidget* createSettingsGroup();
    void showPreferences();
    void showList();
    void onBackupFinished(const BackupJobOutcome& outcome);
    void showError(const Error& error);

    storage::Database& m_db;
    const Clock& m_clock;
    backup::BackupPreferences m_prefs;
    backup::KdfParams m_kdf = backup::KdfParams::moderate();
    BackupListModel* m_model = nullptr;
    BackupJob* m_job = nullptr;
    QProgressDialog* m_progress = nullptr;
    QLabel* m_lastBackup = nullptr;
    QLabel* m_failure = nullptr;
    QLabel* m_folder = nullptr;
    QLabel* m_sameDisk = nullptr;
    QComboBox* m_frequency = nullptr;
    QCheckBox* m_encryption = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    bool m_updating = false;
};

} // namespace peyvand::ui
