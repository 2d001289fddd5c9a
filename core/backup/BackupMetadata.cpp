#include "BackupMetadata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace peyvand::backup {

namespace {

// JSON numbers are doubles: counts and sizes stay exact up to 2^53.
constexpr double kMaxExact = 9007199254740992.0;

Result<qint64> count(const QJsonObject& o, const QString& key, const QString& field)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return Error::invalid(field, QStringLiteral("missing or not a number"));
    const double d = v.toDouble();
    if (d < 0 || d > kMaxExact || d != static_cast<double>(static_cast<qint64>(d)))
        return Error::invalid(field, QStringLiteral("not a whole non-negative number"));
    return static_cast<qint64>(d);
}

} // namespace

QString currentAppVersion()
{
    return QStringLiteral(PEYVAND_VERSION);
}

QByteArray metadataToJson(const BackupMetadata& m)
{
    QJsonObject counts;
    counts.insert(QStringLiteral("customers"), m.customers);
    counts.insert(QStringLiteral("leads"), m.leads);
    counts.insert(QStringLiteral("documents"), m.documents);
    counts.insert(QStringLiteral("payments"), m.payments);
    QJsonObject o;
    o.insert(QStringLiteral("created_at"), m.createdAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("schema_version"), m.schemaVersion);
    o.insert(QStringLiteral("app_version"), m.appVersion);
    o.insert(QStringLiteral("counts"), counts);
    o.insert(QStringLiteral("original_size"), m.originalSize);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<BackupMetadata> metadataFromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("metadata"), QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    BackupMetadata m;

    const QString created = o.value(QStringLiteral("created_at")).toString();
    m.createdAt = QDateTime::fromString(created, Qt::ISODate);
    if (!created.endsWith(u'Z') || !m.createdAt.isValid())
        return Error::invalid(QStringLiteral("created_at"), QStringLiteral("not a UTC timestamp"));
    m.createdAt = m.createdAt.toUTC();

    auto schemaVersion = count(o, QStringLiteral("schema_version"), QStringLiteral("schema_version"));
    if (!schemaVersion || *schemaVersion > 1'000'000)
        return Error::invalid(QStringLiteral("schema_version"), QStringLiteral("not a schema version"));
    m.schemaVersion = static_cast<int>(*schemaVersion);

    const QJsonValue app = o.value(QStringLiteral("app_version"));
    if (!app.isString())
        return Error::invalid(QStringLiteral("app_version"), QStringLiteral("not a string"));
    m.appVersion = app.toString();

    const QJsonValue countsValue = o.value(QStringLiteral("counts"));
    if (!countsValue.isObject())
        return Error::invalid(QStringLiteral("counts"), QStringLiteral("not an object"));
    const QJsonObject counts = countsValue.toObject();
    const struct {
        const char* key;
        qint64* into;
    } fields[] = { { "customers", &m.customers }, { "leads", &m.leads }, { "documents", &m.documents }, { "payments", &m.payments } };
    for (const auto& f : fields) {
        const QString key = QString::fromLatin1(f.key);
        auto n = count(counts, key, QStringLiteral("counts.") + key);
        if (!n)
            return n.error();
        *f.into = *n;
    }
    auto size = count(o, QStringLiteral("original_size"), QStringLiteral("original_size"));
    if (!size)
        return size.error();
    m.originalSize = *size;
    return m;
}

} // namespace peyvand::backup
