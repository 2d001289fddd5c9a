#include "ProductImporter.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace peyvand::ui {

namespace {
struct ImporterText {
    Q_DECLARE_TR_FUNCTIONS(ProductImporter)
};

// Progress is passed on at most this often: a signal per row would flood the
// event queue of a 10,000-row import.
constexpr qint64 kProgressIntervalMs = 50;

ProductImportOutcome importFile(storage::Database& db, const QString& path, const sales::ProductImportOptions& options)
{
    ProductImportOutcome outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.status = Error::make(ErrorCode::Io, ImporterText::tr("The file could not be read."), file.errorString());
        return outcome;
    }
    const Result<sales::ProductImportReport> result = sales::CatalogService(db).importCsv(file, options, &outcome.report);
    if (!result)
        outcome.status = result.error();
    return outcome;
}

ProductImportOutcome importWithOwnConnection(const QString& dbPath, const QString& csvPath,
                                             const sales::ProductImportOptions& options)
{
    storage::Database::Options openOptions;
    openOptions.createIfMissing = false;
    Result<std::unique_ptr<storage::Database>> db = storage::Database::open(dbPath, openOptions);
    if (!db)
        return ProductImportOutcome { db.error(), {} };
    return importFile(**db, csvPath, options);
}
} // namespace

ProductImporter::ProductImporter(storage::Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

ProductImporter::~ProductImporter()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ProductImporter::usesWorkerThread() const
{
    return !m_db.isInMemory();
}

bool ProductImporter::start(const QString& csvPath, const sales::ProductImportOptions& options)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    sales::ProductImportOptions own;
    own.dryRun = options.dryRun;
    own.skipInvalid = options.skipInvalid;
    if (usesWorkerThread())
        runInThread(csvPath, own);
    else
        runHere(csvPath, own);
    return true;
}

void ProductImporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ProductImporter::runHere(const QString& csvPath, sales::ProductImportOptions options)
{
    QElapsedTimer sinceUpdate;
    sinceUpdate.start();
    const auto cancel = m_cancel;
    options.progress = [this, cancel, &sinceUpdate](int done, int total) {
        if (done == total || sinceUpdate.elapsed() >= kProgressIntervalMs) {
            sinceUpdate.restart();
            emit progress(done, total);
            QCoreApplication::processEvents(); // the progress dialog paints and its Cancel is heard
        }
        return !cancel->load();
    };
    finish(importFile(m_db, csvPath, options));
}

void ProductImporter::runInThread(const QString& csvPath, sales::ProductImportOptions options)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    // `this` outlives the thread (the destructor waits for it); what is posted
    // back runs on this object's thread, and is dropped if it is gone.
    const QString dbPath = m_db.path();
    const auto cancel = m_cancel;
    m_thread = QThread::create([this, dbPath, csvPath, options, cancel]() mutable {
        QElapsedTimer sinceUpdate;
        sinceUpdate.start();
        options.progress = [this, cancel, &sinceUpdate](int done, int total) {
            if (done == total || sinceUpdate.elapsed() >= kProgressIntervalMs) {
                sinceUpdate.restart();
                QMetaObject::invokeMethod(this, [this, done, total] {
                    if (m_running)
                        emit progress(done, total);
                }, Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        const ProductImportOutcome outcome = importWithOwnConnection(dbPath, csvPath, options);
        QMetaObject::invokeMethod(this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void ProductImporter::finish(const ProductImportOutcome& outcome)
{
    m_running = false;
    emit finished(outcome);
}

} // namespace peyvand::ui
