#pragma once

#include "common/Result.h"
#include "leads/LeadRescorer.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

// Rescores every lead under a profile without freezing the window (as
// ProductImporter imports): on a database file in a worker thread with its
// own storage::Database opened on the same path; an in-memory database runs
// on the calling thread, keeping the event loop turning from the progress
// callback. Cancelling makes core roll the whole run back.
class LeadRescoreJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadRescoreJob)

public:
    explicit LeadRescoreJob(storage::Database& db, QObject* parent = nullptr);
    ~LeadRescoreJob() override; // cancels and waits for a running job

    // False when a run is already going on.
    bool start(const leads::ScoringProfile& profile, const QString& note,
               leads::ScoreChangeCause cause = leads::ScoreChangeCause::Profile);
    void cancel();
    bool isRunning() const { return m_running; }
    bool usesWorkerThread() const;
    const Result<leads::RescoreSummary>& lastResult() const { return m_result; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void finish(const Result<leads::RescoreSummary>& result);

    storage::Database& m_db;
    QThread* m_thread = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Result<leads::RescoreSummary> m_result = leads::RescoreSummary {};
};

} // namespace peyvand::ui
