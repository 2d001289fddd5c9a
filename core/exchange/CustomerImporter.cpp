#include "CustomerImporter.h"

#include "CustomerMerge.h"
#include "CustomerWriter.h"
#include "DuplicateIndex.h"
#include "RowFeed.h"
#include "customers/ActivityRepository.h"
#include "customers/CustomerReader.h"
#include "customers/CustomerService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QHash>
#include <QJsonObject>

namespace peyvand::exchange {

using customers::Customer;

namespace {

// Where an import's time goes: QT_LOGGING_RULES="peyvand.import.debug=true".
Q_LOGGING_CATEGORY(lcImport, "peyvand.import", QtWarningMsg)

// Resident memory in MB where /proc says it (Linux), for the same log.
QString residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return QString::number(fields.value(1).toLongLong() * 4096 / (1024 * 1024));
}

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// About what a customer takes in a spreadsheet file, to compare a file with the book.
constexpr qint64 kBytesPerRow = 150;

// Database::write rolls back on an error; a dry run ends with this one.
const QString kDryRunMarker = QStringLiteral("peyvand-import-dry-run");

struct Opened {
    std::unique_ptr<io::TableSource> source;
    QStringList headers;
    ColumnMapping mapping;
};

Result<Opened> openSource(const QString& path, const ImportOptions& options)
{
    auto source = io::openTableSource(path, options.source);
    if (!source)
        return source.error();
    Opened out;
    out.headers = (*source)->headers();
    ColumnMapping mapping = options.mapping.columns.isEmpty() ? autoMap(out.headers) : options.mapping;
    mapping.unmappedToNotes = options.mapping.unmappedToNotes;
    auto overridden = applyOverrides(mapping, out.headers, options.overrides);
    if (!overridden)
        return overridden.error();
    out.mapping = *overridden;
    out.source = std::move(*source);
    return out;
}

DuplicateKeys keysOf(const PreparedCustomer& row)
{
    return DuplicateKeys::of(row.customer, row.nameSort, row.cityKey);
}

// One import inside the transaction: the loop over the feed and the policy.
class ImportRun final {
public:
    ImportRun(storage::Database& db, const Clock& clock, const ImportOptions& options, ImportReport& report)
        : m_db(db)
        , m_clock(clock)
        , m_options(options)
        , m_report(report)
    {
    }

    Status run(io::TableSource& source, const RowCleaner& cleaner, const QString& path, const ImportProgressFn& progress)
    {
        const QDateTime now = m_clock.nowUtc();
        m_today = now.toLocalTime().date();
        QElapsedTimer phase;
        phase.start();
        if (auto s = m_index.loadExisting(m_db); !s)
            return s;
        qCDebug(lcImport) << "existing keys loaded:" << m_index.size() << "in" << phase.restart() << "ms, RSS MB" << residentMb();
        auto bulk = inBulk(source.size());
        if (!bulk)
            return bulk.error();
        qCDebug(lcImport) << (*bulk ? "bulk mode" : "row-by-row mode");
        auto writer = CustomerWriter::open(m_db, now, *bulk);
        if (!writer)
            return writer.error();
        m_writer = writer->get();
        const qint64 size = source.size();
        if (auto s = readAll(source, cleaner, progress); !s)
            return s;
        m_index = DuplicateIndex(); // no more rows to compare: its memory goes to the indexes
        qCDebug(lcImport) << m_report.rowsRead << "rows read, cleaned and written in" << phase.restart() << "ms, RSS MB" << residentMb();
        if (progress)
            (void)progress(ImportProgress { m_report.rowsRead, size, size, true });
        if (auto s = m_writer->finish(); !s)
            return s;
        qCDebug(lcImport) << "search index, facets and counts in" << phase.restart() << "ms, RSS MB" << residentMb();
        if (auto s = audit(path, now); !s)
            return s;
        if (m_options.dryRun)
            return Error::make(ErrorCode::Cancelled, QString(), kDryRunMarker);
        return {};
    }

private:
    Status readAll(io::TableSource& source, const RowCleaner& cleaner, const ImportProgressFn& progress)
    {
        RowFeed feed(source, cleaner, m_today, true);
        const qint64 size = source.size();
        for (;;) {
            FeedChunk chunk = feed.next();
            for (FeedRow& row : chunk.rows) {
                if (auto s = handle(row); !s)
                    return s;
            }
            if (chunk.error)
                return *chunk.error;
            if (progress && !progress(ImportProgress { m_report.rowsRead, chunk.position, size })) {
                return Error::make(ErrorCode::Cancelled, ImportText::tr("The import was cancelled; nothing was changed."));
            }
            if (chunk.end)
                return {};
            feed.recycle(std::move(chunk));
        }
    }

    // Rebuilding the indexes costs about as much as the book is large, and
    // updating them row by row about as much as the file is (CustomerWriter).
    Result<bool> inBulk(qint64 fileBytes)
    {
        if (m_options.indexing != ImportOptions::Indexing::Automatic)
            return m_options.indexing == ImportOptions::Indexing::Rebuild;
        if (fileBytes < ImportOptions::kBulkFromBytes)
            return false;
        auto customers = storage::scalar(m_db.connection(), QStringLiteral("SELECT coalesce(sum(n), 0) FROM customer_counts"));
        if (!customers)
            return customers.error();
        return customers->toLongLong() * kBytesPerRow <= fileBytes;
    }

    Status handle(FeedRow& row)
    {
        ++m_report.rowsRead;
        if (row.blank)
            return {};
        if (!row.problems.isEmpty()) {
            m_report.rejected << row.problems.constFirst();
            return {};
        }
        PreparedCustomer& prepared = row.prepared;
        const DuplicateKeys keys = keysOf(prepared);
        if (const auto hit = m_index.find(keys)) {
            ++m_report.duplicateCount;
            const bool wantDetails = m_report.duplicates.size() < ImportReport::kMaxDuplicateDetails;
            std::optional<Customer> existing;
            if (wantDetails || m_options.onDuplicate == DuplicatePolicy::Update) {
                if (!m_writer->isWritten(hit->id)) {
                    if (auto s = m_writer->writePending(); !s)
                        return s;
                }
                auto found = m_stored.find(hit->id);
                if (!found)
                    return found.error();
                existing = *found;
            }
            if (wantDetails) {
                const Customer& incoming = prepared.customer;
                m_report.duplicates << DuplicateMatch { row.line, hit->reason, hit->line ? 0 : hit->id, hit->line,
                                                        incoming, *existing };
            }
            switch (m_options.onDuplicate) {
            case DuplicatePolicy::Skip:
                ++m_report.skippedDuplicates;
                m_index.add(keys, hit->id, hit->line);
                return {};
            case DuplicatePolicy::Update:
                return update(*existing, prepared, keys, *hit);
            case DuplicatePolicy::Create:
                break;
            }
        }
        auto id = m_writer->insert(prepared);
        if (!id)
            return id.error();
        ++m_report.imported;
        m_index.add(keys, *id, row.line);
        if (m_firstId == 0)
            m_firstId = *id;
        m_lastId = *id;
        return {};
    }

    Status update(Customer existing, const PreparedCustomer& incoming, const DuplicateKeys& keys,
                  const DuplicateIndex::Hit& hit)
    {
        customers::CustomerService service(m_db, m_clock);
        const QStringList storedTags = existing.tags;
        const bool changed = mergeInto(existing, incoming.customer, m_options.overwrite);
        if (changed) {
            if (auto s = m_writer->beforeUpdate(existing.id); !s)
                return s;
            auto saved = service.update(existing);
            if (!saved)
                return saved.error();
            // The service writes the tags again only when they differ.
            const QStringList written = saved->tags == storedTags ? QStringList() : saved->tags;
            if (auto s = m_writer->afterUpdate(existing.id, written); !s)
                return s;
            m_index.add(DuplicateKeys::of(*saved), hit.id, hit.line);
        }
        // A note the customer has already (the same file imported again) is not added twice.
        bool noted = false;
        if (!incoming.note.isEmpty()) {
            auto known = customers::ActivityRepository(m_db).hasNote(existing.id, incoming.note); // in storage form (RowCleaner)
            if (!known)
                return known.error();
            if (!*known) {
                if (auto note = service.addNote(existing.id, incoming.note); !note)
                    return note.error();
                noted = true;
            }
        }
        if (changed || noted)
            ++m_report.updated;
        else
            ++m_report.skippedDuplicates;
        m_index.add(keys, hit.id, hit.line);
        return {};
    }

    Status audit(const QString& path, const QDateTime& now)
    {
        if (m_report.imported == 0 && m_report.updated == 0)
            return {};
        const QJsonObject values {
            { QStringLiteral("file"), QFileInfo(path).fileName() },
            { QStringLiteral("format"), io::formatKey(m_options.source.format) },
            { QStringLiteral("rows_read"), m_report.rowsRead },
            { QStringLiteral("imported"), m_report.imported },
            { QStringLiteral("updated"), m_report.updated },
            { QStringLiteral("skipped_duplicates"), m_report.skippedDuplicates },
            { QStringLiteral("rejected"), qint64(m_report.rejected.size()) },
            { QStringLiteral("first_id"), m_firstId },
            { QStringLiteral("last_id"), m_lastId },
        };
        return storage::AuditLog(m_db).record(now, QStringLiteral("customer_import"), m_firstId, QStringLiteral("create"),
                                              {}, values);
    }

    storage::Database& m_db;
    const Clock& m_clock;
    const ImportOptions& m_options;
    ImportReport& m_report;
    DuplicateIndex m_index;
    customers::CustomerReader m_stored { m_db };
    CustomerWriter* m_writer = nullptr;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
    QDate m_today;
};

} // namespace

CustomerImporter::CustomerImporter(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<ImportPreview> CustomerImporter::preview(const QString& path, const ImportOptions& options, int rows)
{
    auto opened = openSource(path, options);
    if (!opened)
        return opened.error();
    ImportPreview preview;
    preview.headers = opened->headers;
    preview.mapping = opened->mapping;
    RowCleaner cleaner(opened->headers, opened->mapping);
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    FeedChunk chunk = readChunk(*opened->source, cleaner, today, std::max(rows, 0), true);
    preview.encoding = opened->source->encoding();
    preview.delimiter = opened->source->delimiter();
    preview.notices = opened->source->notices();
    if (chunk.error && chunk.rows.empty())
        return *chunk.error;

    DuplicateIndex index;
    if (auto s = index.loadExisting(m_db); !s)
        return s.error();
    QHash<qint64, Customer> earlier; // line → customer, for matches within the file
    customers::CustomerReader stored(m_db);
    for (FeedRow& row : chunk.rows) {
        if (row.blank)
            continue;
        PreviewRow out;
        out.line = row.line;
        out.cells = row.cells;
        out.customer = row.prepared.customer;
        if (!out.customer.since.isValid())
            out.customer.since = today;
        out.problems = row.problems;
        if (row.problems.isEmpty()) {
            const DuplicateKeys keys = keysOf(row.prepared);
            if (const auto hit = index.find(keys)) {
                DuplicateMatch match { row.line, hit->reason, hit->line ? 0 : hit->id, hit->line, out.customer, {} };
                if (hit->line) {
                    match.existing = earlier.value(hit->line);
                } else {
                    auto found = stored.find(hit->id);
                    if (!found)
                        return found.error();
                    match.existing = *found;
                }
                out.duplicate = match;
                index.add(keys, hit->id, hit->line);
            } else {
                index.add(keys, 0, row.line);
                earlier.insert(row.line, out.customer);
            }
        }
        preview.rows << out;
    }
    return preview;
}

Result<ImportReport> CustomerImporter::run(const QString& path, const ImportOptions& options,
                                           const ImportProgressFn& progress, ImportReport* reportOut)
{
    const storage::audit_origin::Scope origin(storage::audit_origin::kImport);
    ImportReport report;
    report.dryRun = options.dryRun;
    const auto finish = [&](Result<ImportReport> result) {
        if (reportOut)
            *reportOut = report;
        return result;
    };
    auto opened = openSource(path, options);
    if (!opened)
        return finish(opened.error());
    RowCleaner cleaner(opened->headers, opened->mapping);
    ImportRun importRun(m_db, m_clock, options, report);
    QElapsedTimer commit;
    const Status s = m_db.write([&]() -> Status {
        Status done = importRun.run(*opened->source, cleaner, path, progress);
        commit.start();
        return done;
    });
    qCDebug(lcImport) << "commit (or rollback) in" << commit.elapsed() << "ms";
    if (s) {
        // A million customers leave an 860 MB log behind while the app has the book open.
        if (auto shrunk = m_db.shrinkLog(); !shrunk)
            qCWarning(lcImport) << "the write-ahead log was not emptied:" << shrunk.error().message;
    }
    report.encoding = opened->source->encoding();
    report.notices = opened->source->notices();
    if (!s && !(s.error().code == ErrorCode::Cancelled && s.error().detail == kDryRunMarker))
        return finish(s.error());
    return finish(report);
}

} // namespace peyvand::exchange
