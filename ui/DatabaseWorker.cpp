#include "DatabaseWorker.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

namespace peyvand::ui {

DatabaseWorker::DatabaseWorker(storage::Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

DatabaseWorker::~DatabaseWorker()
{
    joinThread();
}

bool DatabaseWorker::usesWorkerThread() const
{
    return !m_db.isInMemory();
}

void DatabaseWorker::joinThread()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool DatabaseWorker::start(Work work, Done done)
{
    if (m_running)
        return false;
    m_running = true;
    if (!usesWorkerThread()) {
        work(m_db);
        finish(done, {});
        return true;
    }
    joinThread();
    const QString path = m_db.path();
    // `this` outlives the thread (the destructor waits for it); what is posted
    // back runs on this object's thread, and is dropped if it is gone.
    m_thread = QThread::create([this, path, work = std::move(work), done = std::move(done)] {
        storage::Database::Options options;
        options.createIfMissing = false;
        Status opened;
        {
            Result<std::unique_ptr<storage::Database>> db = storage::Database::open(path, options);
            if (db)
                work(**db);
            else
                opened = db.error();
        } // the connection is closed on the thread that opened it
        QMetaObject::invokeMethod(this, [this, done, opened] { finish(done, opened); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void DatabaseWorker::post(std::function<void()> fn)
{
    if (QThread::currentThread() == thread()) {
        fn();
        QCoreApplication::processEvents();
        return;
    }
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void DatabaseWorker::waitForFinished()
{
    if (!m_running)
        return;
    if (m_thread)
        m_thread->wait();
    QCoreApplication::sendPostedEvents(this);
}

void DatabaseWorker::finish(const Done& done, const Status& opened)
{
    m_running = false;
    if (done)
        done(opened);
}

} // namespace peyvand::ui
