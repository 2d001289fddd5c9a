#pragma once

#include "common/Result.h"

#include <QObject>

#include <functional>

class QThread;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

// Runs one piece of work against the database without freezing the window
// (architecture.md rule 9), as ProductImporter does: on a database file in a
// worker thread that opens its own storage::Database on the same path; an
// in-memory database cannot be opened twice, so there the work runs on the
// calling thread. The customer import, its preview and the export use it.
class DatabaseWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    using Work = std::function<void(storage::Database& db)>;
    // Called on this object's thread when the work is over; the status is an
    // error only when the worker could not open its connection (work did not run).
    using Done = std::function<void(const Status& opened)>;

    explicit DatabaseWorker(storage::Database& db, QObject* parent = nullptr);
    ~DatabaseWorker() override; // waits for running work: its owner cancels it first

    bool usesWorkerThread() const;
    bool isRunning() const { return m_running; }

    // False when work is already running.
    bool start(Work work, Done done);

    // For the work: runs `fn` on this object's thread — queued from a worker
    // (dropped once this object is gone), at once from inline work, followed
    // by a turn of the event loop so that a Cancel button is heard.
    void post(std::function<void()> fn);

    // Waits until the running work finished and its Done ran (tests).
    void waitForFinished();

private:
    void finish(const Done& done, const Status& opened);
    void joinThread();

    storage::Database& m_db;
    QThread* m_thread = nullptr;
    bool m_running = false;
};

} // namespace peyvand::ui
