#pragma once

#include "common/Result.h"
#include "exchange/ImportTypes.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class DatabaseWorker;

// How far an import got, with the time it has taken (for rows/s and time left).
struct ImportRunProgress {
    qint64 rowsRead = 0;
    qint64 position = 0; // bytes of the input read
    qint64 size = 0;
    qint64 elapsedMs = 0;
    bool finishing = false; // read to the end; completing indexes and saving
};

// What an import gave: an error (cancelled, the file could not be parsed, …)
// or none, and the report as far as the import got.
struct ImportOutcome {
    Status status;
    exchange::ImportReport report;
};

// Runs CustomerImporter::run through a DatabaseWorker (off the GUI thread on
// a database file). Cancelling makes core roll the whole import back.
class CustomerImportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerImportJob)

public:
    explicit CustomerImportJob(storage::Database& db, QObject* parent = nullptr);
    ~CustomerImportJob() override; // cancels a running import and waits for it

    // False when an import is already running.
    bool start(const QString& path, const exchange::ImportOptions& options);
    void cancel();
    bool isRunning() const;
    bool usesWorkerThread() const;
    bool cancelRequested() const { return m_cancel && m_cancel->load(); }
    DatabaseWorker* worker() const { return m_worker; }

signals:
    void progress(const peyvand::ui::ImportRunProgress& progress);
    void finished(const peyvand::ui::ImportOutcome& outcome);

private:
    DatabaseWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace peyvand::ui
