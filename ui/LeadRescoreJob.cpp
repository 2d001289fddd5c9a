#include "LeadRescoreJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace peyvand::ui {

namespace {
// Progress is passed on at most this often.
constexpr qint64 kProgressIntervalMs = 50;

Result<leads::RescoreSummary> rescoreWithOwnConnection(const QString& path, const leads::ScoringProfile& profile,
                                                       leads::ScoreChangeCause cause, const QString& note,
                                                       const leads::LeadRescorer::Progress& progress)
{
    storage::Database::Options options;
    options.createIfMissing = false;
    Result<std::unique_ptr<storage::Database>> db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    return leads::LeadRescorer(**db).rescoreAll(profile, cause, note, progress);
}
} // namespace

LeadRescoreJob::LeadRescoreJob(storage::Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

LeadRescoreJob::~LeadRescoreJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool LeadRescoreJob::usesWorkerThread() const
{
    return !m_db.isInMemory();
}

void LeadRescoreJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool LeadRescoreJob::start(const leads::ScoringProfile& profile, const QString& note, leads::ScoreChangeCause cause)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    if (!usesWorkerThread()) {
        QElapsedTimer sinceUpdate;
        sinceUpdate.start();
        const auto progressHere = [this, cancel, &sinceUpdate](int done, int total) {
            if (done == total || sinceUpdate.elapsed() >= kProgressIntervalMs) {
                sinceUpdate.restart();
                emit progress(done, total);
                QCoreApplication::processEvents(); // the progress dialog paints and its Cancel is heard
            }
            return !cancel->load();
        };
        finish(leads::LeadRescorer(m_db).rescoreAll(profile, cause, note, progressHere));
        return true;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    // `this` outlives the thread (the destructor waits for it); what is posted
    // back runs on this object's thread.
    const QString path = m_db.path();
    m_thread = QThread::create([this, path, profile, cause, note, cancel] {
        QElapsedTimer sinceUpdate;
        sinceUpdate.start();
        const auto progressThere = [this, cancel, &sinceUpdate](int done, int total) {
            if (done == total || sinceUpdate.elapsed() >= kProgressIntervalMs) {
                sinceUpdate.restart();
                QMetaObject::invokeMethod(this, [this, done, total] {
                    if (m_running)
                        emit progress(done, total);
                }, Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        const Result<leads::RescoreSummary> result = rescoreWithOwnConnection(path, profile, cause, note, progressThere);
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void LeadRescoreJob::finish(const Result<leads::RescoreSummary>& result)
{
    m_running = false;
    m_result = result;
    emit finished();
}

} // namespace peyvand::ui
