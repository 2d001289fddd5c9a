#include "Database.h"

#include "Migrations.h"
#include "SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtEndian>

// The migrations are a resource of a static library: register them explicitly.
static void registerMigrationResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(migrations);
        return true;
    }();
    (void)done;
}

namespace peyvand::storage {

namespace {

// How long a statement waits for another connection's lock before failing.
constexpr int kBusyTimeoutMs = 5000;
// How long emptying the log waits for a reader of an older snapshot.
constexpr int kShrinkWaitMs = 200;

struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("peyvand-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What the 100-byte SQLite header of an existing file says, read without
// opening it through SQLite so that nothing can write to a file we refuse.
struct HeaderFacts {
    bool empty = false;
    bool wal = false;
    quint32 schemaCookie = 0;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Result<HeaderFacts> readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::Io, DatabaseText::tr("The database file “%1” cannot be read: %2").arg(path, file.errorString()));
    }
    const QByteArray header = file.read(100);
    HeaderFacts facts;
    if (header.isEmpty()) {
        facts.empty = true;
        return facts;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return Error::make(ErrorCode::NotADatabase, DatabaseText::tr("“%1” is not a Peyvand database (it is not an SQLite file).").arg(path));
    }
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    facts.wal = bytes[18] == 2 && bytes[19] == 2;
    facts.schemaCookie = qFromBigEndian<quint32>(bytes + 40);
    facts.userVersion = qFromBigEndian<quint32>(bytes + 60);
    facts.applicationId = qFromBigEndian<quint32>(bytes + 68);
    return facts;
}

Status checkHeader(const QString& path, const HeaderFacts& facts, int latest)
{
    if (facts.empty)
        return {};
    if (facts.applicationId != 0 && facts.applicationId != static_cast<quint32>(Database::kApplicationId)) {
        return Error::make(ErrorCode::NotADatabase, DatabaseText::tr("“%1” is an SQLite file of another program, not a Peyvand database.").arg(path));
    }
    if (facts.applicationId == 0 && facts.schemaCookie != 0) {
        return Error::make(ErrorCode::NotADatabase, DatabaseText::tr("“%1” is an SQLite file of another program, not a Peyvand database.").arg(path));
    }
    if (facts.userVersion > static_cast<quint32>(latest)) {
        return Error::make(ErrorCode::SchemaTooNew,
                           DatabaseText::tr("“%1” was written by a newer version of Peyvand (schema %2; this version knows up to %3). Update Peyvand to open it.")
                               .arg(path)
                               .arg(facts.userVersion)
                               .arg(latest));
    }
    return {};
}

Status checkLocation(const QString& path, bool exists)
{
    const QFileInfo info(path);
    if (exists) {
        if (info.isDir())
            return Error::make(ErrorCode::Io, DatabaseText::tr("“%1” is a folder, not a database file.").arg(path));
        if (!info.isWritable())
            return Error::make(ErrorCode::Io, DatabaseText::tr("The database file “%1” is read-only; Peyvand needs to write to it.").arg(path));
        return {};
    }
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Error::make(ErrorCode::Io, DatabaseText::tr("The folder “%1” cannot be created.").arg(folder));
    if (!QFileInfo(folder).isWritable())
        return Error::make(ErrorCode::Io, DatabaseText::tr("The folder “%1” is not writable, so the database cannot be created there.").arg(folder));
    return {};
}

} // namespace

int Database::currentSchemaVersion()
{
    return latestSchemaVersion();
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isInMemory() const
{
    return m_path == QLatin1String(":memory:");
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return open(QStringLiteral(":memory:"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    registerMigrationResources();
    if (options.readOnly)
        return openReadOnly(path, options);
    const bool inMemory = path == QLatin1String(":memory:");
    bool existed = false;
    HeaderFacts facts;
    if (!inMemory) {
        existed = QFileInfo::exists(path);
        if (!existed && !options.createIfMissing)
            return Error::make(ErrorCode::NotFound, DatabaseText::tr("The database file “%1” does not exist.").arg(path));
        if (auto s = checkLocation(path, existed); !s)
            return s.error();
        if (existed) {
            auto header = readHeader(path);
            if (!header)
                return header.error();
            facts = *header;
            const int latest = options.migrationsOverride ? options.migrationsOverride->constLast().version
                                                          : latestSchemaVersion();
            if (auto s = checkHeader(path, facts, latest); !s)
                return s.error();
        }
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error::make(ErrorCode::Internal, DatabaseText::tr("The SQLite driver for Qt is not installed."));
    db->m_db.setDatabaseName(path);
    if (!db->m_db.open())
        return Error::make(ErrorCode::Io, DatabaseText::tr("The database file “%1” cannot be opened.").arg(path), db->m_db.lastError().text());

    if (existed && !facts.empty) {
        const auto leftover = [&](const char* suffix) {
            const QFileInfo f(path + QLatin1String(suffix));
            return f.exists() && f.size() > 0;
        };
        const int latest = options.migrationsOverride ? options.migrationsOverride->constLast().version : latestSchemaVersion();
        const bool checkNow = QFileInfo(path).size() <= kFullCheckBytes || !facts.wal || leftover("-wal")
            || leftover("-journal") || facts.userVersion < static_cast<quint32>(latest);
        if (checkNow) {
            // integrity_check also compares every index with its table, which
            // quick_check skips: a flipped bit in a stored value or an index
            // entry shows only there.
            const bool thorough = QFileInfo(path).size() <= kThoroughCheckBytes;
            QStringList problems;
            if (auto s = thorough ? db->structureCheck(&problems) : db->quickCheck(&problems); !s)
                return s.error();
            db->m_verifiedOnOpen = thorough;
        }
    } else {
        db->m_verifiedOnOpen = true; // new and empty
    }
    if (auto s = db->configure(); !s)
        return s.error();
    if (auto s = db->migrate(options); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path, const Options& options)
{
    if (path == QLatin1String(":memory:") || !QFileInfo(path).isFile())
        return Error::make(ErrorCode::NotFound, DatabaseText::tr("The database file “%1” does not exist.").arg(path));
    auto header = readHeader(path);
    if (!header)
        return header.error();
    const int latest = options.migrationsOverride ? options.migrationsOverride->constLast().version : latestSchemaVersion();
    if (auto s = checkHeader(path, *header, latest); !s)
        return s.error();
    if (header->empty)
        return Error::make(ErrorCode::NotADatabase, DatabaseText::tr("“%1” is empty, not a Peyvand database.").arg(path));

    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_readOnly = true;
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error::make(ErrorCode::Internal, DatabaseText::tr("The SQLite driver for Qt is not installed."));
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db->m_db.open())
        return Error::make(ErrorCode::Io, DatabaseText::tr("The database file “%1” cannot be opened.").arg(path), db->m_db.lastError().text());
    if (auto s = db->configureReadOnly(); !s)
        return s.error();
    const bool thorough = QFileInfo(path).size() <= kFullCheckBytes;
    if (auto s = thorough ? db->structureCheck(&db->m_damage) : db->quickCheck(&db->m_damage); !s && db->m_damage.isEmpty())
        db->m_damage << s.error().message;
    db->m_verifiedOnOpen = db->m_damage.isEmpty();
    if (db->m_damage.isEmpty() && header->userVersion != static_cast<quint32>(latest)) {
        return Error::make(ErrorCode::ReadOnly,
                           DatabaseText::tr("“%1” needs updating to this version of Peyvand, which cannot be done read-only.").arg(path));
    }
    return db;
}

// query_only makes SQLite itself refuse every write on this connection, on
// top of the read-only open flag.
Status Database::configureReadOnly()
{
    const char* pragmas[] = {
        "PRAGMA query_only = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -16000",
    };
    if (auto s = setBusyTimeout(kBusyTimeoutMs); !s)
        return s;
    for (const char* pragma : pragmas) {
        if (auto q = run(m_db, QString::fromLatin1(pragma)); !q)
            return q.error();
    }
    return {};
}

Status Database::configure()
{
    // journal_mode returns a row; the others return nothing. WAL is refused on
    // :memory: (it stays "memory"), which is fine.
    const char* pragmas[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -16000",
    };
    // First: switching to WAL waits for other connections' locks too.
    if (auto s = setBusyTimeout(kBusyTimeoutMs); !s)
        return s;
    for (const char* pragma : pragmas) {
        auto q = run(m_db, QString::fromLatin1(pragma));
        if (!q)
            return q.error();
    }
    if (auto q = run(m_db, QStringLiteral("PRAGMA journal_size_limit = %1").arg(kLogSizeLimit)); !q)
        return q.error();
    auto fk = scalar(m_db, QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || fk->toInt() != 1)
        return Error::make(ErrorCode::Internal, DatabaseText::tr("This SQLite library does not enforce foreign keys."));
    return {};
}

Status Database::shrinkLog()
{
    if (isInMemory() || m_readOnly)
        return {};
    // A reader in the middle of a long query is not worth the usual wait.
    if (auto s = setBusyTimeout(kShrinkWaitMs); !s)
        return s;
    auto checkpoint = run(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const Status restored = setBusyTimeout(kBusyTimeoutMs);
    if (!checkpoint)
        return checkpoint.error();
    return restored;
}

Status Database::setBusyTimeout(int ms)
{
    if (auto q = run(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(ms)); !q)
        return q.error();
    return {};
}

int Database::schemaVersion() const
{
    auto* self = const_cast<Database*>(this);
    auto v = scalar(self->m_db, QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Status Database::backupBeforeMigration(const Options& options, int fromVersion)
{
    if (isInMemory())
        return {};
    const QFileInfo info(m_path);
    if (options.migrationBackup) {
        // A name the backup code's stale-temporary clean-up recognises, should this run be killed.
        QString tag;
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 8; ++i)
            tag += QChar::fromLatin1(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
        const QString snapshot = info.absoluteDir().filePath(QStringLiteral(".peyvand-snapshot-%1.sqlite").arg(tag));
        if (!QFileInfo::exists(snapshot) && run(m_db, QStringLiteral("VACUUM INTO ?"), { snapshot })) {
            auto written = options.migrationBackup(MigrationBackupRequest { m_path, snapshot, fromVersion });
            QFile::remove(snapshot);
            if (written) {
                m_migrationBackup = *written;
                return {};
            }
            // The backup folder may be on a drive that is not plugged in: a plain copy beside the database instead.
        } else {
            QFile::remove(snapshot);
        }
    }
    const QString folder = options.backupDirectory.isEmpty() ? info.absolutePath() : options.backupDirectory;
    if (!QDir().mkpath(folder))
        return Error::make(ErrorCode::Io, DatabaseText::tr("The backup folder “%1” cannot be created.").arg(folder));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1.schema%2-%3.bak.sqlite").arg(info.completeBaseName()).arg(fromVersion).arg(stamp));
    if (QFileInfo::exists(target))
        return Error::make(ErrorCode::Io, DatabaseText::tr("A backup named “%1” already exists.").arg(target));
    auto q = run(m_db, QStringLiteral("VACUUM INTO ?"), { target });
    if (!q) {
        Error e = q.error();
        e.message = DatabaseText::tr("Could not back up the database before updating it; nothing was changed.");
        return e;
    }
    m_migrationBackup = target;
    return {};
}

Status Database::migrate(const Options& options)
{
    const QList<Migration>& steps = options.migrationsOverride ? *options.migrationsOverride : migrations();
    const int latest = steps.constLast().version;
    const int current = schemaVersion();
    if (current < 0)
        return Error::make(ErrorCode::Corrupt, DatabaseText::tr("The database version cannot be read."));
    if (current > latest) {
        return Error::make(ErrorCode::SchemaTooNew, DatabaseText::tr("“%1” was written by a newer version of Peyvand.").arg(m_path));
    }
    if (current == latest)
        return {};
    if (current > 0) {
        if (auto s = backupBeforeMigration(options, current); !s)
            return s;
    }
    for (const Migration& migration : steps) {
        if (migration.version <= current)
            continue;
        auto script = migrationScript(migration);
        if (!script)
            return script.error();
        Status step = write([&]() -> Status {
            if (auto s = execScript(m_db, *script, DatabaseText::tr("update its structure")); !s)
                return s;
            const QString bump = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
            if (auto q = run(m_db, bump); !q)
                return q.error();
            const QString appId = QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
            if (auto q = run(m_db, appId); !q)
                return q.error();
            return {};
        });
        if (!step)
            return step;
    }
    return {};
}

Status Database::write(const std::function<Status()>& fn)
{
    if (m_readOnly)
        return Error::make(ErrorCode::ReadOnly, DatabaseText::tr("The database is open read-only; nothing can be changed."));
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = fn();
        --m_transactionDepth;
        return s;
    }
    if (auto q = run(m_db, QStringLiteral("BEGIN IMMEDIATE")); !q)
        return q.error();
    m_transactionDepth = 1;
    Status result;
    try {
        result = fn();
    } catch (...) {
        m_transactionDepth = 0;
        (void)run(m_db, QStringLiteral("ROLLBACK"));
        throw;
    }
    m_transactionDepth = 0;
    if (!result) {
        (void)run(m_db, QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto q = run(m_db, QStringLiteral("COMMIT")); !q) {
        (void)run(m_db, QStringLiteral("ROLLBACK"));
        return q.error();
    }
    return {};
}

namespace {

Status collectCheck(QSqlDatabase& db, const QString& pragma, bool okRowMeansClean, QStringList* problems)
{
    auto q = run(db, pragma);
    if (!q) {
        Error e = q.error();
        e.code = ErrorCode::Corrupt;
        e.message = QCoreApplication::translate("Database", "The database file is damaged.");
        return e;
    }
    QStringList found;
    while (q->next()) {
        const QString row = q->value(0).toString();
        if (okRowMeansClean && row == QLatin1String("ok"))
            continue;
        if (okRowMeansClean) {
            found << row;
        } else {
            found << QStringLiteral("foreign key violation in %1 row %2 (-> %3)")
                         .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
        }
    }
    if (problems)
        *problems << found;
    if (!found.isEmpty()) {
        return Error::make(ErrorCode::Corrupt, QCoreApplication::translate("Database", "The database file is damaged."),
                           found.join(QLatin1Char('\n')));
    }
    return {};
}

} // namespace

Status Database::integrityCheck(QStringList* problems)
{
    Status integrity = collectCheck(m_db, QStringLiteral("PRAGMA integrity_check"), true, problems);
    Status keys = collectCheck(m_db, QStringLiteral("PRAGMA foreign_key_check"), false, problems);
    if (!integrity)
        return integrity;
    return keys;
}

Status Database::verifyFile(const QString& path, QStringList* problems)
{
    const QString name = nextConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error::make(ErrorCode::Io, DatabaseText::tr("The database file “%1” cannot be opened.").arg(path),
                                 db.lastError().text());
        } else {
            result = collectCheck(db, QStringLiteral("PRAGMA integrity_check"), true, problems);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status Database::structureCheck(QStringList* problems)
{
    return collectCheck(m_db, QStringLiteral("PRAGMA integrity_check"), true, problems);
}

Status Database::quickCheck(QStringList* problems)
{
    return collectCheck(m_db, QStringLiteral("PRAGMA quick_check"), true, problems);
}

} // namespace peyvand::storage
