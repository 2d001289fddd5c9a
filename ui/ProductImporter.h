#pragma once

#include "common/Result.h"
#include "sales/CatalogService.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

// What an import gave: an error (cancelled, unreadable file, or refused
// because of bad lines) or none, and the report, which lists the rejected
// lines even when the whole import was refused.
struct ProductImportOutcome {
    Status status;
    sales::ProductImportReport report;
};

// Runs CatalogService::importCsv without freezing the window. On a database
// file the import runs in a worker thread with its own storage::Database
// opened on the same path (architecture.md rule 9); progress comes back as
// queued signals. An in-memory database cannot be opened twice, so there the
// import runs on the calling thread and keeps the event loop turning from
// its progress callback. Cancelling makes core roll the whole import back.
class ProductImporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductImporter)

public:
    explicit ProductImporter(storage::Database& db, QObject* parent = nullptr);
    ~ProductImporter() override; // waits for a running import (it is cancelled first)

    // False when an import is already running. Only dryRun and skipInvalid of
    // `options` are used; progress is reported through the signal.
    bool start(const QString& csvPath, const sales::ProductImportOptions& options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    bool usesWorkerThread() const;

signals:
    void progress(int done, int total);
    void finished(const peyvand::ui::ProductImportOutcome& outcome);

private:
    void runHere(const QString& csvPath, sales::ProductImportOptions options);
    void runInThread(const QString& csvPath, sales::ProductImportOptions options);
    void finish(const ProductImportOutcome& outcome);

    storage::Database& m_db;
    QThread* m_thread = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace peyvand::ui
