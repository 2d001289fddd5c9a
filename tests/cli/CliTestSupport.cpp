#include "CliTestSupport.h"

#include "cli/Cli.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace peyvand::test {

namespace {

QJsonDocument parse(const QString& text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO("stdout: " << text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

QJsonObject CliRun::object() const
{
    const QJsonDocument doc = parse(out);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonArray CliRun::array() const
{
    const QJsonDocument doc = parse(out);
    REQUIRE(doc.isArray());
    return doc.array();
}

CliRun runCli(const QStringList& args)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = cli::run(args, out, err);
    out.flush();
    err.flush();
    return result;
}

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
}

CliRun TempDatabase::run(QStringList args) const
{
    // In front, so that commands ending in "-- QUERY" still get the option.
    return runCli(QStringList { QStringLiteral("--db"), m_path } + args);
}

void TempDatabase::init() const
{
    const CliRun r = run({ QStringLiteral("init") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

qint64 TempDatabase::add(const QStringList& fieldOptions) const
{
    const CliRun r = run(QStringList { QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--json") }
                         + fieldOptions);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    return id;
}

qsizetype TempDatabase::count() const
{
    const CliRun r = run({ QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--all"),
                           QStringLiteral("--limit"), QStringLiteral("100000"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.array().size();
}

QByteArray sha256OfFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace peyvand::test
