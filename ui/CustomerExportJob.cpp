#include "CustomerExportJob.h"

#include "DatabaseWorker.h"

#include <QElapsedTimer>

namespace peyvand::ui {

namespace {
constexpr qint64 kProgressIntervalMs = 50;
} // namespace

CustomerExportJob::CustomerExportJob(storage::Database& db, QObject* parent)
    : QObject(parent)
    , m_worker(new DatabaseWorker(db, this))
{
}

CustomerExportJob::~CustomerExportJob()
{
    cancel();
}

bool CustomerExportJob::isRunning() const
{
    return m_worker->isRunning();
}

bool CustomerExportJob::usesWorkerThread() const
{
    return m_worker->usesWorkerThread();
}

void CustomerExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool CustomerExportJob::start(const QString& path, const exchange::ExportOptions& options)
{
    if (m_worker->isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<ExportOutcome>();
    DatabaseWorker* worker = m_worker;
    const auto cancel = m_cancel;
    return m_worker->start(
        [this, worker, cancel, outcome, path, options](storage::Database& db) {
            QElapsedTimer elapsed;
            elapsed.start();
            qint64 lastSent = -kProgressIntervalMs;
            const auto onProgress = [&](qint64 done, qint64 total) {
                const qint64 now = elapsed.elapsed();
                if (now - lastSent >= kProgressIntervalMs || done >= total) {
                    lastSent = now;
                    worker->post([this, done, total] { emit progress(done, total); });
                }
                return !cancel->load();
            };
            const Result<qint64> written = exchange::CustomerExporter(db).run(path, options, onProgress);
            if (written)
                outcome->written = *written;
            else
                outcome->status = written.error();
        },
        [this, outcome](const Status& opened) {
            if (!opened)
                outcome->status = opened;
            emit finished(*outcome);
        });
}

} // namespace peyvand::ui
