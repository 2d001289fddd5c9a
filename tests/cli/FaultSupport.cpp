#include "FaultSupport.h"

#include "TestSupport.h"

#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

namespace peyvand::faults {

QString cli() { return QStringLiteral(PEYVAND_CLI); }

Finished runCli(const QString& db, const QStringList& args, qint64 fileSizeLimit)
{
    QProcess p;
#ifdef Q_OS_LINUX
    if (fileSizeLimit > 0) {
        p.setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
#else
    (void)fileSizeLimit;
#endif
    p.start(cli(), QStringList { s("--lang"), s("en"), s("--db"), db } + args);
    REQUIRE(p.waitForFinished(120000));
    return { p.exitStatus() == QProcess::CrashExit, p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

// Runs the CLI to the end; it must succeed.
Finished runOk(const QString& db, const QStringList& args)
{
    const Finished f = runCli(db, args);
    INFO(args.join(u' ').toStdString() << " → " << f.err.toStdString());
    REQUIRE_FALSE(f.crashed);
    REQUIRE(f.code == 0);
    return f;
}

// Opens the database and requires a clean integrity_check (FTS included).
std::unique_ptr<storage::Database> openChecked(const QString& db)
{
    auto opened = storage::Database::open(db);
    REQUIRE(opened);
    QStringList problems;
    const bool ok = bool((*opened)->integrityCheck(&problems));
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(ok);
    REQUIRE(problems.isEmpty());
    REQUIRE(storage::run((*opened)->connection(),
                         QStringLiteral("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')")));
    return std::move(*opened);
}

QVariant value(storage::Database& d, const QString& sql)
{
    auto v = storage::scalar(d.connection(), sql);
    REQUIRE(v);
    return *v;
}

qint64 count(storage::Database& d, const QString& sql) { return value(d, sql).toLongLong(); }

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeText(const QString& path, const QString& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray bytes = text.toUtf8();
    REQUIRE(f.write(bytes) == bytes.size());
}

QString seededDatabase(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("faults.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("seed.csv"));
    QString text = QStringLiteral("نام,موبایل,شهر\n");
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("مشتری %1,9%2,تهران\n").arg(i).arg(120000000 + i);
    writeText(csv, text);
    runOk(db, { s("customers"), s("import"), csv, s("--encoding"), s("utf-8") });
    return db;
}

} // namespace peyvand::faults
