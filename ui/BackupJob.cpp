#include "BackupJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace peyvand::ui {

namespace {
// Progress is passed on at most this often, not once per frame.
constexpr qint64 kProgressIntervalMs = 50;

int permille(qint64 done, qint64 total)
{
    if (total <= 0)
        return 0;
    return int(std::clamp<qint64>(done * 1000 / total, 0, 1000));
}

BackupJobOutcome backupOutcome(Result<backup::BackupOutcome> result)
{
    BackupJobOutcome outcome;
    if (result)
        outcome.backup = std::move(*result);
    else
        outcome.status = result.error();
    return outcome;
}
} // namespace

BackupJob::BackupJob(storage::Database* db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

BackupJob::~BackupJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackupJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

backup::BackupProgress BackupJob::progressCallback(bool inline_)
{
    auto sinceUpdate = std::make_shared<QElapsedTimer>();
    sinceUpdate->start();
    const auto cancel = m_cancel;
    return [this, cancel, sinceUpdate, inline_](qint64 done, qint64 total) {
        if (done == total || sinceUpdate->elapsed() >= kProgressIntervalMs) {
            sinceUpdate->restart();
            const int value = permille(done, total);
            if (inline_) {
                emit progress(value);
                QCoreApplication::processEvents(); // the progress dialog paints and its Cancel is heard
            } else {
                QMetaObject::invokeMethod(this, [this, value] {
                    if (m_running)
                        emit progress(value);
                }, Qt::QueuedConnection);
            }
        }
        return !cancel->load();
    };
}

bool BackupJob::startBackup(BackupTask task)
{
    if (m_running || !m_db)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (m_db->isInMemory()) {
        finish(backupOutcome(task(*m_db, progressCallback(true))));
        return true;
    }
    const QString dbPath = m_db->path();
    const backup::BackupProgress report = progressCallback(false);
    runInThread([dbPath, task, report]() -> BackupJobOutcome {
        storage::Database::Options options;
        options.createIfMissing = false;
        Result<std::unique_ptr<storage::Database>> db = storage::Database::open(dbPath, options);
        if (!db)
            return BackupJobOutcome { db.error(), {}, {} };
        return backupOutcome(task(**db, report));
    });
    return true;
}

bool BackupJob::startRestore(RestoreTask task)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const backup::BackupProgress report = progressCallback(false);
    runInThread([task, report]() -> BackupJobOutcome {
        BackupJobOutcome outcome;
        Result<backup::RestoreOutcome> result = task(report);
        if (result)
            outcome.restore = std::move(*result);
        else
            outcome.status = result.error();
        return outcome;
    });
    return true;
}

void BackupJob::runInThread(std::function<BackupJobOutcome()> work)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    // `this` outlives the thread (the destructor waits for it).
    m_thread = QThread::create([this, work] {
        const BackupJobOutcome outcome = work();
        QMetaObject::invokeMethod(this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void BackupJob::finish(const BackupJobOutcome& outcome)
{
    m_running = false;
    emit finished(outcome);
}

} // namespace peyvand::ui
