// Issue 5, item 12: an import killed part-way (SIGKILL) leaves the database as
// it was, and the same file then imports. Runs the real peyvand-cli binary.
#include "TestSupport.h"

#include "exchange/ImportTypes.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/types.h>
#endif

using namespace peyvand;

namespace {

constexpr int kRows = 40000;

QString cli() { return QStringLiteral(PEYVAND_CLI); }

void writeCsv(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray out = QStringLiteral("نام,موبایل,شهر,برچسب,نشانی\n").toUtf8();
    const QByteArray city = QStringLiteral("تهران").toUtf8();
    const QByteArray tag = QStringLiteral("عمده").toUtf8();
    const QByteArray address = QStringLiteral("خیابان ولیعصر، بالاتر از میدان ونک، کوچه‌ی نیلوفر، پلاک ").toUtf8();
    for (int i = 0; i < kRows; ++i) {
        out += QStringLiteral("مشتری %1,9%2,").arg(i).arg(120000000 + i).toUtf8();
        out += city + ',' + (i % 3 == 0 ? tag : QByteArray()) + ',' + address + QByteArray::number(i) + '\n';
    }
    // Large enough for the import's bulk mode (indexes dropped and rebuilt,
    // search index built aside): the kill must find that undone too.
    REQUIRE(out.size() >= exchange::ImportOptions::kBulkFromBytes);
    REQUIRE(f.write(out) == out.size());
}

// Bytes the process has read so far (/proc/PID/io rchar).
qint64 bytesRead(qint64 pid)
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

QStringList schemaOf(const QString& path)
{
    auto opened = storage::Database::open(path);
    REQUIRE(opened);
    auto q = storage::run((*opened)->connection(), QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
    REQUIRE(q);
    QStringList rows;
    while (q->next())
        rows << q->value(0).toString() + u' ' + q->value(1).toString() + u' ' + q->value(2).toString();
    return rows;
}

qint64 customerCount(storage::Database& db)
{
    auto n = storage::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM customers"));
    REQUIRE(n);
    return n->toLongLong();
}

} // namespace

TEST_CASE("an import killed part-way leaves the database as it was", "[cli][exchange][crash]")
{
#ifndef Q_OS_LINUX
    WARN("the crash test runs on Linux only");
    return;
#else
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    writeCsv(csv);
    const qint64 size = QFileInfo(csv).size();

    // A database with one customer of its own.
    QProcess add;
    add.start(cli(), { QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("add"),
                       QStringLiteral("--name"), QStringLiteral("Before") });
    REQUIRE(add.waitForFinished(60000));
    REQUIRE(add.exitCode() == 0);
    const QStringList schema = schemaOf(db);

    QProcess import;
    import.setProgram(cli());
    import.setArguments({ QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("import"), csv,
                          QStringLiteral("--encoding"), QStringLiteral("utf-8"), QStringLiteral("--json") });
    import.start();
    REQUIRE(import.waitForStarted());
    const qint64 pid = import.processId();
    // Kill once the reader is past the middle of the file: well inside the
    // transaction, with rows inserted and not committed.
    QElapsedTimer waited;
    waited.start();
    while (import.state() == QProcess::Running && bytesRead(pid) < size / 2 && waited.elapsed() < 60000)
        QThread::msleep(5);
    REQUIRE(import.state() == QProcess::Running);
    REQUIRE(::kill(pid_t(pid), SIGKILL) == 0);
    REQUIRE(import.waitForFinished(10000));
    CHECK(import.exitStatus() == QProcess::CrashExit);

    {
        auto opened = storage::Database::open(db);
        REQUIRE(opened);
        storage::Database& d = **opened;
        QStringList problems;
        CHECK(d.integrityCheck(&problems));
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
        CHECK(storage::run(d.connection(), QStringLiteral("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')")));
        CHECK(customerCount(d) == 1);
        auto notes = storage::scalar(d.connection(), QStringLiteral("SELECT count(*) FROM customer_tags"));
        REQUIRE(notes);
        CHECK(notes->toLongLong() == 0);
        auto counted = storage::scalar(d.connection(), QStringLiteral("SELECT n FROM customer_counts WHERE archived = 0"));
        REQUIRE(counted);
        CHECK(counted->toLongLong() == 1);
    }
    // Every trigger and index the import dropped is there again.
    CHECK(schemaOf(db) == schema);

    // The same file again, to the end.
    QProcess again;
    again.start(cli(), { QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("import"), csv,
                         QStringLiteral("--json") });
    REQUIRE(again.waitForFinished(300000));
    INFO(again.readAllStandardError().toStdString());
    REQUIRE(again.exitStatus() == QProcess::NormalExit);
    REQUIRE(again.exitCode() == 0);
    const QJsonObject report = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
    CHECK(report.value(QStringLiteral("imported")).toInt() == kRows);
    auto opened = storage::Database::open(db);
    REQUIRE(opened);
    CHECK(customerCount(**opened) == kRows + 1);
    QStringList problems;
    CHECK((*opened)->integrityCheck(&problems));
    CHECK(storage::run((*opened)->connection(),
                       QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")));
    CHECK(schemaOf(db) == schema);
#endif
}
