#pragma once

#include "common/Result.h"
#include "exchange/CustomerExporter.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class DatabaseWorker;

struct ExportOutcome {
    Status status;      // Cancelled, an I/O error, …
    qint64 written = 0; // customers written (0 on error: no file was left)
};

// Runs CustomerExporter::run through a DatabaseWorker (off the GUI thread on
// a database file). A cancel leaves no file behind.
class CustomerExportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerExportJob)

public:
    explicit CustomerExportJob(storage::Database& db, QObject* parent = nullptr);
    ~CustomerExportJob() override; // cancels a running export and waits for it

    bool start(const QString& path, const exchange::ExportOptions& options);
    void cancel();
    bool isRunning() const;
    bool usesWorkerThread() const;
    DatabaseWorker* worker() const { return m_worker; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const peyvand::ui::ExportOutcome& outcome);

private:
    DatabaseWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace peyvand::ui
