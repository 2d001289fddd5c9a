#include "BackupsPage.h"

#include "BackupJob.h"
#include "BackupListModel.h"
#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "FileChooser.h"
#include "PassphraseDialog.h"
#include "RestoreFlow.h"
#include "Settings.h"
#include "backup/BackupService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStorageInfo>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
QLabel* banner(const QString& objectName, const QString& style, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(style);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return label;
}

// The nearest folder that exists, so a backup folder not made yet is still
// placed on its disk.
QString existingAncestor(QString path)
{
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return {};
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}
} // namespace

BackupsPage::BackupsPage(storage::Database& db, QWidget* parent, const Clock& clock)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_model(new BackupListModel(this))
    , m_job(new BackupJob(&db, this))
    , m_progress(new QProgressDialog(this))
{
    setObjectName(QStringLiteral("backupsPage"));
    auto* title = new QLabel(tr("Backups"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_lastBackup = banner(QStringLiteral("lastBackup"), QStringLiteral("font-size: 12pt; padding: 4px 0;"), this);
    m_failure = banner(QStringLiteral("backupFailure"),
                       QStringLiteral("background: #fee2e2; color: #7f1d1d; padding: 8px; border-radius: 4px;"), this);

    m_backUpNow = new QPushButton(tr("Back up now"), this);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_backUpNow->setDefault(true);
    m_restore = new QPushButton(tr("Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreSelected"));
    m_restore->setEnabled(false);
    auto* fromFile = new QPushButton(tr("Restore from file…"), this);
    fromFile->setObjectName(QStringLiteral("restoreFromFile"));
    auto* refresh = new QPushButton(tr("Refresh"), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("backupList"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_empty = new QLabel(tr("No backups in this folder yet. “Back up now” makes the first one."), this);
    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #64748b; padding: 24px;"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_backUpNow);
    actions->addStretch(1);
    actions->addWidget(refresh);
    actions->addWidget(fromFile);
    actions->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_lastBackup);
    layout->addWidget(m_failure);
    layout->addWidget(createSettingsGroup());
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setWindowTitle(tr("Backing up"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setRange(0, 1000);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->reset();

    connect(m_progress, &QProgressDialog::canceled, m_job, &BackupJob::cancel);
    connect(m_job, &BackupJob::progress, m_progress, [this](int value) {
        if (m_progress->maximum() == 0)
            m_progress->setRange(0, 1000);
        m_progress->setValue(value);
    });
    connect(m_job, &BackupJob::finished, this, &BackupsPage::onBackupFinished);
    connect(m_backUpNow, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::restoreSelected);
    connect(fromFile, &QPushButton::clicked, this, &BackupsPage::restoreFromFile);
    connect(refresh, &QPushButton::clicked, this, &BackupsPage::reload);
    connect(m_table, &QTableView::doubleClicked, this, &BackupsPage::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const backup::BackupEntry* entry = rows.isEmpty() ? nullptr : m_model->entry(rows.constFirst().row());
        m_restore->setEnabled(entry && entry->metadata && !entry->problem);
    });
    reload();
}

BackupsPage::~BackupsPage() = default;

QWidget* BackupsPage::createSettingsGroup()
{
    auto* group = new QGroupBox(tr("Automatic backups"), this);
    m_folder = new QLabel(group);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    auto* choose = new QPushButton(tr("Choose…"), group);
    choose->setObjectName(QStringLiteral("chooseBackupFolder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_sameDisk = banner(QStringLiteral("sameDiskWarning"),
                        QStringLiteral("background: #fef3c7; color: #78350f; padding: 6px; border-radius: 4px;"), group);
    m_sameDisk->setText(tr("This folder is on the same disk as the database: if the disk fails, the backups are lost "
                           "with it. Choose another disk or a synced folder, or copy the backups there."));

    m_frequency = new QComboBox(group);
    m_frequency->setObjectName(QStringLiteral("backupFrequency"));
    m_frequency->addItem(tr("Off"), int(backup::BackupFrequency::Off));
    m_frequency->addItem(tr("Daily"), int(backup::BackupFrequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(backup::BackupFrequency::Weekly));

    m_encryption = new QCheckBox(tr("Encrypt backups with a passphrase"), group);
    m_encryption->setObjectName(QStringLiteral("backupEncryption"));

    auto* groupLayout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    groupLayout->addLayout(form);
    form->addRow(tr("Folder"), folderRow);
    auto* frequencyRow = new QHBoxLayout;
    frequencyRow->addWidget(m_frequency);
    frequencyRow->addStretch(1);
    form->addRow(tr("Back up"), frequencyRow);
    form->addRow(tr("Encryption"), m_encryption);
    groupLayout->insertWidget(1, m_sameDisk);
    group->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(choose, &QPushButton::clicked, this, &BackupsPage::chooseFolder);
    connect(m_frequency, &QComboBox::activated, this, [this](int index) {
        setFrequency(static_cast<backup::BackupFrequency>(m_frequency->itemData(index).toInt()));
    });
    connect(m_encryption, &QCheckBox::clicked, this, [this](bool on) { setEncryption(on); });
    return group;
}

QString BackupsPage::folder() const
{
    return m_prefs.folder.isEmpty() ? backup::BackupService(m_db).defaultFolder() : m_prefs.folder;
}

bool BackupsPage::onSameDisk(const QString& folder, const QString& databasePath)
{
    const QString existing = existingAncestor(folder);
    if (existing.isEmpty() || databasePath.isEmpty())
        return false;
    const QStorageInfo backupDisk(existing);
    const QStorageInfo databaseDisk(QFileInfo(databasePath).absolutePath());
    return backupDisk.isValid() && databaseDisk.isValid() && backupDisk.device() == databaseDisk.device();
}

void BackupsPage::reload()
{
    Result<backup::BackupPreferences> prefs = backup::BackupSettings(m_db, m_clock).load();
    if (prefs)
        m_prefs = *prefs;
    else
        showError(prefs.error());
    showPreferences();
    showList();
}

void BackupsPage::showPreferences()
{
    m_updating = true;
    const QString dir = folder();
    if (!m_db.isInMemory() && !dir.isEmpty())
        Settings().setBackupFolderFor(m_db.path(), dir);
    m_folder->setText(dir.isEmpty() ? tr("None (the database is in memory)")
                                    : Display::isolate(QDir::toNativeSeparators(dir)));
    m_sameDisk->setVisible(!m_db.isInMemory() && onSameDisk(dir, m_db.path()));
    m_frequency->setCurrentIndex(m_frequency->findData(int(m_prefs.frequency)));
    m_encryption->setChecked(m_prefs.encrypted);
    m_updating = false;

    if (m_prefs.lastBackupAt)
        m_lastBackup->setText(tr("Last backup: %1").arg(Display::dateTime(*m_prefs.lastBackupAt)));
    else
        m_lastBackup->setText(tr("No backup has been made yet."));
    if (!m_prefs.lastFailure.isEmpty()) {
        const QString when = m_prefs.lastFailureAt ? Display::dateTime(*m_prefs.lastFailureAt) : QString();
        m_failure->setText(tr("The last backup failed (%1): %2\nThis stays here until a backup succeeds.")
                               .arg(when, m_prefs.lastFailure));
    }
    m_failure->setVisible(!m_prefs.lastFailure.isEmpty());
}

void BackupsPage::showList()
{
    const QString dir = folder();
    QList<backup::BackupEntry> entries;
    if (!dir.isEmpty() && QFileInfo::exists(dir)) {
        Result<QList<backup::BackupEntry>> listed = backup::BackupService::list(dir);
        if (listed)
            entries = *listed;
        else
            emit statusMessage(ErrorText::describe(listed.error()));
    }
    m_model->setEntries(entries);
    m_table->resizeColumnsToContents();
    m_table->setVisible(!entries.isEmpty());
    m_empty->setVisible(entries.isEmpty());
    m_restore->setEnabled(false);
}

void BackupsPage::chooseFolder()
{
    const QString chosen = FileChooser::chooseFolder(this, tr("Folder for backups"), folder());
    if (chosen.isEmpty())
        return;
    const Status saved = backup::BackupSettings(m_db, m_clock).setFolder(QDir::cleanPath(chosen));
    if (!saved) {
        showError(saved.error());
        return;
    }
    reload();
    if (m_sameDisk->isVisible())
        emit statusMessage(tr("The backup folder is on the same disk as the database."));
}

void BackupsPage::setFrequency(backup::BackupFrequency frequency)
{
    if (m_updating)
        return;
    const Status saved = backup::BackupSettings(m_db, m_clock).setFrequency(frequency);
    if (!saved)
        showError(saved.error());
    reload();
}

void BackupsPage::setEncryption(bool on)
{
    if (m_updating || on == m_prefs.encrypted)
        return;
    const QString title = on ? tr("Encrypt backups") : tr("Stop encrypting backups");
    backup::BackupSettings settings(m_db, m_clock);
    QString problem;
    for (;;) {
        const QString passphrase = on
            ? PassphraseDialog::ask(this, PassphraseDialog::Mode::Choose, title,
                                    tr("Backups made from now on are encrypted with this passphrase. "
                                       "Automatic backups do not ask for it."),
                                    problem)
            : PassphraseDialog::ask(this, PassphraseDialog::Mode::Enter, title,
                                    tr("Enter the backup passphrase to turn encryption off. Backups made from now "
                                       "on are not encrypted; those made before still need the passphrase."),
                                    problem);
        if (passphrase.isEmpty())
            break;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status saved = on ? settings.enableEncryption(passphrase, m_kdf) : settings.disableEncryption(passphrase);
        QApplication::restoreOverrideCursor();
        if (saved) {
            emit statusMessage(on ? tr("Backups are encrypted from now on.") : tr("Backups are no longer encrypted."));
            break;
        }
        if (saved.error().code != ErrorCode::InvalidInput) {
            showError(saved.error());
            break;
        }
        problem = saved.error().message;
    }
    reload();
}

bool BackupsPage::isBackingUp() const
{
    return m_job->isRunning();
}

bool BackupsPage::backUpNow()
{
    if (m_job->isRunning()) {
        emit statusMessage(tr("A backup is already running."));
        return false;
    }
    m_progress->setLabelText(tr("Backing up the database…"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_backUpNow->setEnabled(false);
    const Clock& clock = m_clock;
    return m_job->startBackup([&clock](storage::Database& db, const backup::BackupProgress& progress) {
        return backup::BackupService(db, clock).backupNow(progress);
    });
}

void BackupsPage::onBackupFinished(const BackupJobOutcome& outcome)
{
    m_progress->reset();
    m_progress->hide();
    m_backUpNow->setEnabled(true);
    reload();
    if (!outcome.status) {
        const Error& error = outcome.status.error();
        if (error.code == ErrorCode::Cancelled) {
            emit statusMessage(tr("Backup cancelled."));
            emit backupFinished(false, tr("Backup cancelled."));
            return;
        }
        Dialogs::error(this, tr("Back up now"), tr("The backup failed: %1").arg(ErrorText::describe(error)),
                       error.detail);
        emit backupFinished(false, ErrorText::describe(error));
        return;
    }
    const QString message = tr("Backup made: %1 (%2).")
                                .arg(QFileInfo(outcome.backup->backup.path).fileName(),
                                     BackupListModel::sizeText(outcome.backup->backup.size));
    emit statusMessage(message);
    emit backupFinished(true, message);
}

void BackupsPage::restoreSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const backup::BackupEntry* entry = rows.isEmpty() ? nullptr : m_model->entry(rows.constFirst().row());
    if (!entry)
        return;
    if (m_job->isRunning()) {
        emit statusMessage(tr("Wait for the backup to finish before restoring."));
        return;
    }
    if (std::optional<RestoreRequest> request = RestoreFlow::prepare(this, entry->path, m_db.path()))
        emit restoreRequested(*request);
}

void BackupsPage::restoreFromFile()
{
    if (m_job->isRunning()) {
        emit statusMessage(tr("Wait for the backup to finish before restoring."));
        return;
    }
    if (std::optional<RestoreRequest> request = RestoreFlow::prepareFromFile(this, m_db.path()))
        emit restoreRequested(*request);
}

void BackupsPage::showError(const Error& error)
{
    Dialogs::error(this, tr("Backups"), ErrorText::describe(error), error.detail);
}

} // namespace peyvand::ui
