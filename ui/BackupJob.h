#pragma once

#include "backup/BackupService.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

// What a backup or restore gave: an error (Cancelled when the user stopped
// it) or the outcome of the kind that was run.
struct BackupJobOutcome {
    Status status;
    std::optional<backup::BackupOutcome> backup;
    std::optional<backup::RestoreOutcome> restore;
};

// Runs a backup or a restore without freezing the window. A backup on a
// database file runs in a worker thread on its own storage::Database opened
// on the same path (architecture.md rule 9); an in-memory database cannot be
// opened twice, so there it runs on the calling thread and keeps the event
// loop turning from its progress callback. A restore needs no open database
// (the file it replaces must be closed) and always runs in the thread.
// Progress comes back as queued signals in thousandths.
class BackupJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupJob)

public:
    using BackupTask = std::function<Result<backup::BackupOutcome>(storage::Database&, const backup::BackupProgress&)>;
    using RestoreTask = std::function<Result<backup::RestoreOutcome>(const backup::BackupProgress&)>;

    // db may be null for a job that only restores.
    explicit BackupJob(storage::Database* db, QObject* parent = nullptr);
    ~BackupJob() override; // cancels and waits for a running job

    // False when a job is already running.
    bool startBackup(BackupTask task);
    bool startRestore(RestoreTask task);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int permille);
    void finished(const peyvand::ui::BackupJobOutcome& outcome);

private:
    backup::BackupProgress progressCallback(bool inline_);
    void runInThread(std::function<BackupJobOutcome()> work);
    void finish(const BackupJobOutcome& outcome);

    storage::Database* m_db = nullptr;
    QThread* m_thread = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace peyvand::ui
