#include "CustomerImportJob.h"

#include "DatabaseWorker.h"
#include "exchange/CustomerImporter.h"

#include <QElapsedTimer>

namespace peyvand::ui {

namespace {
// Progress is passed on at most this often.
constexpr qint64 kProgressIntervalMs = 50;
} // namespace

CustomerImportJob::CustomerImportJob(storage::Database& db, QObject* parent)
    : QObject(parent)
    , m_worker(new DatabaseWorker(db, this))
{
}

CustomerImportJob::~CustomerImportJob()
{
    cancel(); // the worker, a child, waits for the thread after this
}

bool CustomerImportJob::isRunning() const
{
    return m_worker->isRunning();
}

bool CustomerImportJob::usesWorkerThread() const
{
    return m_worker->usesWorkerThread();
}

void CustomerImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool CustomerImportJob::start(const QString& path, const exchange::ImportOptions& options)
{
    if (m_worker->isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<ImportOutcome>();
    DatabaseWorker* worker = m_worker;
    const auto cancel = m_cancel;
    return m_worker->start(
        [this, worker, cancel, outcome, path, options](storage::Database& db) {
            QElapsedTimer elapsed;
            elapsed.start();
            qint64 lastSent = -kProgressIntervalMs;
            const auto onProgress = [&](const exchange::ImportProgress& p) {
                const qint64 now = elapsed.elapsed();
                if (now - lastSent >= kProgressIntervalMs || p.position >= p.size) {
                    lastSent = now;
                    const ImportRunProgress shown { p.rowsRead, p.position, p.size, now, p.finishing };
                    worker->post([this, shown] { emit progress(shown); });
                }
                return !cancel->load();
            };
            const Result<exchange::ImportReport> result =
                exchange::CustomerImporter(db).run(path, options, onProgress, &outcome->report);
            if (!result)
                outcome->status = result.error();
        },
        [this, outcome](const Status& opened) {
            if (!opened)
                outcome->status = opened;
            emit finished(*outcome);
        });
}

} // namespace peyvand::ui
