#include "BackupSettings.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>

#include <string_view>

namespace peyvand::backup {

namespace {

struct SettingsText {
    Q_DECLARE_TR_FUNCTIONS(BackupSettings)
};

const QString kSettingEntity = QStringLiteral("setting");
const QString kOn = QStringLiteral("on");
const QString kOff = QStringLiteral("off");

QString encodeEnvelope(const EnvelopeKey& key)
{
    QJsonObject o;
    o.insert(QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toBase64()));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(key.salt.toBase64()));
    o.insert(QStringLiteral("kdf_ops"), QString::number(key.kdf.opsLimit));
    o.insert(QStringLiteral("kdf_mem"), QString::number(key.kdf.memLimit));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<EnvelopeKey> decodeEnvelope(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    EnvelopeKey key;
    key.publicKey = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    key.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    bool okOps = false, okMem = false;
    key.kdf.opsLimit = o.value(QStringLiteral("kdf_ops")).toString().toULongLong(&okOps);
    key.kdf.memLimit = o.value(QStringLiteral("kdf_mem")).toString().toULongLong(&okMem);
    if (!okOps || !okMem || key.publicKey.size() != 32 || key.salt.size() != format::kSaltBytes || !key.kdf.acceptable())
        return std::nullopt;
    return key;
}

std::optional<QDateTime> timeOf(const std::optional<QString>& text)
{
    if (!text)
        return std::nullopt;
    const QDateTime at = storage::timestampFromIso(*text);
    if (!at.isValid())
        return std::nullopt;
    return at;
}

} // namespace

Result<std::optional<QString>> BackupSettings::read(QSqlDatabase& connection, const char* key)
{
    auto value = storage::scalar(connection, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                 { QString::fromLatin1(key) });
    if (!value)
        return value.error();
    if (!value->isValid() || value->isNull())
        return std::optional<QString>();
    return std::optional<QString>(value->toString());
}

Result<BackupPreferences> BackupSettings::load()
{
    return loadFrom(m_db.connection());
}

Result<BackupPreferences> BackupSettings::loadFromFile(const QString& databaseFile)
{
    static QAtomicInteger<int> counter = 0;
    const QString name = QStringLiteral("peyvand-backup-settings-%1").arg(counter.fetchAndAddRelaxed(1));
    std::optional<Result<BackupPreferences>> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            out.emplace(loadFrom(db));
        else
            out.emplace(Error::make(ErrorCode::Io, SettingsText::tr("The database “%1” cannot be read: %2")
                                                       .arg(databaseFile, db.lastError().text())));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return std::move(*out);
}

Result<BackupPreferences> BackupSettings::loadFrom(QSqlDatabase& connection)
{
    const auto read = [&](const char* key) { return BackupSettings::read(connection, key); };
    BackupPreferences out;
    auto folder = read(kFolderKey);
    if (!folder)
        return folder.error();
    out.folder = folder->value_or(QString()).trimmed();

    auto frequency = read(kFrequencyKey);
    if (!frequency)
        return frequency.error();
    if (*frequency)
        out.frequency = BackupSchedule::frequencyFromKey(**frequency).value_or(BackupFrequency::Daily);

    auto envelope = read(kEncryptionKey);
    if (!envelope)
        return envelope.error();
    if (*envelope) {
        out.envelope = decodeEnvelope(**envelope);
        out.encrypted = true; // even when damaged: backups must not silently go unencrypted
    }

    auto success = read(kLastSuccessKey);
    auto failureAt = read(kLastFailureAtKey);
    auto failure = read(kLastFailureKey);
    for (const auto* r : { &success, &failureAt, &failure }) {
        if (!*r)
            return r->error();
    }
    out.lastBackupAt = timeOf(*success);
    out.lastFailureAt = timeOf(*failureAt);
    out.lastFailure = failure->value_or(QString());
    return out;
}

Status BackupSettings::store(const char* key, const std::optional<QString>& value, bool audited,
                             const std::optional<QString>& auditValue)
{
    const QString name = QString::fromLatin1(key);
    return m_db.write([&]() -> Status {
        auto before = read(m_db.connection(), key);
        if (!before)
            return before.error();
        if (value) {
            auto q = storage::run(m_db.connection(),
                                  QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                  { name, *value });
            if (!q)
                return q.error();
        } else {
            auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"), { name });
            if (!q)
                return q.error();
        }
        if (!audited || (!*before && !value) || (*before && value && **before == *value))
            return {};
        const auto shown = [&](const std::optional<QString>& v) { return auditValue && v ? *auditValue : v.value_or(QString()); };
        QJsonObject oldValues, newValues;
        if (*before)
            oldValues.insert(name, key == std::string_view(kEncryptionKey) ? kOn : **before);
        if (value)
            newValues.insert(name, shown(value));
        const QString action = !*before ? QStringLiteral("create") : value ? QStringLiteral("update") : QStringLiteral("delete");
        return storage::AuditLog(m_db).record(m_clock.nowUtc(), kSettingEntity, 0, action, oldValues, newValues);
    });
}

Status BackupSettings::setFolder(const QString& folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty())
        return store(kFolderKey, std::nullopt, true);
    return store(kFolderKey, trimmed, true);
}

Status BackupSettings::setFrequency(BackupFrequency frequency)
{
    return store(kFrequencyKey, BackupSchedule::keyOf(frequency), true);
}

Status BackupSettings::enableEncryption(const QString& passphrase, const KdfParams& kdf)
{
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("passphrase"), SettingsText::tr("The passphrase must not be empty."));
    auto key = BackupEnvelope::create(passphrase, kdf);
    if (!key)
        return key.error();
    return store(kEncryptionKey, encodeEnvelope(*key), true, kOn);
}

Status BackupSettings::disableEncryption(const QString& passphrase)
{
    auto prefs = load();
    if (!prefs)
        return prefs.error();
    if (!prefs->encrypted)
        return {};
    if (!prefs->envelope) // damaged: nothing to check the passphrase against
        return store(kEncryptionKey, std::nullopt, true);
    auto same = BackupEnvelope::matches(*prefs->envelope, passphrase);
    if (!same)
        return same.error();
    if (!*same)
        return Error::invalid(QStringLiteral("passphrase"),
                              SettingsText::tr("The passphrase is not the one backups are encrypted with."));
    return store(kEncryptionKey, std::nullopt, true);
}

Status BackupSettings::recordSuccess(const QDateTime& at)
{
    return m_db.write([&]() -> Status {
        if (auto s = store(kLastSuccessKey, storage::isoTimestamp(at), false); !s)
            return s;
        if (auto s = store(kLastFailureAtKey, std::nullopt, false); !s)
            return s;
        return store(kLastFailureKey, std::nullopt, false);
    });
}

Status BackupSettings::recordFailure(const QDateTime& at, const QString& reason)
{
    return m_db.write([&]() -> Status {
        if (auto s = store(kLastFailureAtKey, storage::isoTimestamp(at), false); !s)
            return s;
        return store(kLastFailureKey, reason.isEmpty() ? SettingsText::tr("The backup failed.") : reason, false);
    });
}

} // namespace peyvand::backup
