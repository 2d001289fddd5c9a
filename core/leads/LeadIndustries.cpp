// LeadService: the list of industries the user edits, and owners in use.
#include "LeadService.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

namespace peyvand::leads {

namespace {

const QString kIndustry = QStringLiteral("industry");
constexpr int kNameMax = 100;

struct LeadsText {
    Q_DECLARE_TR_FUNCTIONS(Leads)
};

QString builtinIndustryName(const QString& key)
{
    static const std::pair<const char*, const char*> names[] = {
        { "retail", QT_TRANSLATE_NOOP("Leads", "Retail") },
        { "wholesale", QT_TRANSLATE_NOOP("Leads", "Wholesale") },
        { "manufacturing", QT_TRANSLATE_NOOP("Leads", "Manufacturing") },
        { "construction", QT_TRANSLATE_NOOP("Leads", "Construction") },
        { "software", QT_TRANSLATE_NOOP("Leads", "Software and IT") },
        { "healthcare", QT_TRANSLATE_NOOP("Leads", "Healthcare") },
        { "education", QT_TRANSLATE_NOOP("Leads", "Education") },
        { "food", QT_TRANSLATE_NOOP("Leads", "Food and restaurants") },
        { "services", QT_TRANSLATE_NOOP("Leads", "Services") },
        { "government", QT_TRANSLATE_NOOP("Leads", "Government") },
        { "other", QT_TRANSLATE_NOOP("Leads", "Other") },
    };
    for (const auto& [k, name] : names) {
        if (key == QLatin1String(k))
            return QCoreApplication::translate("Leads", name);
    }
    return key;
}

bool isBuiltinKey(const QString& key)
{
    return !key.startsWith(QLatin1String("custom-"));
}

Result<QList<Industry>> readIndustries(storage::Database& db)
{
    auto q = storage::run(db.connection(), QStringLiteral("SELECT key, name FROM industries ORDER BY position, key"));
    if (!q)
        return q.error();
    QList<Industry> out;
    while (q->next()) {
        Industry i;
        i.key = q->value(0).toString();
        const QString name = q->value(1).toString();
        i.builtin = isBuiltinKey(i.key);
        i.name = name.isEmpty() ? builtinIndustryName(i.key) : name;
        out << i;
    }
    return out;
}

// The name in storage form, or an error naming "name": empty, too long, or
// the same (by search key) as another industry's.
Result<QString> checkName(storage::Database& db, const QString& raw, const QString& exceptKey)
{
    const QString name = text::normalizeForStorage(raw);
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("name"), LeadsText::tr("Industry name is required."));
    if (name.size() > kNameMax)
        return Error::invalid(QStringLiteral("name"), LeadsText::tr("Industry name is too long (at most %1 characters).").arg(kNameMax));
    auto all = readIndustries(db);
    if (!all)
        return all.error();
    const QString key = text::searchKey(name);
    for (const Industry& i : std::as_const(*all)) {
        if (i.key != exceptKey && text::searchKey(i.name) == key) {
            Error e = Error::make(ErrorCode::Conflict, LeadsText::tr("The industry “%1” is already in the list.").arg(i.name));
            e.field = QStringLiteral("name");
            return e;
        }
    }
    return name;
}

Error industryNotFound(const QString& key)
{
    return Error::make(ErrorCode::NotFound, LeadsText::tr("There is no industry “%1”.").arg(key));
}

} // namespace

Result<QList<Industry>> LeadService::industries()
{
    return readIndustries(m_db);
}

Result<Industry> LeadService::addIndustry(const QString& name)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Industry>([&]() -> Result<Industry> {
        auto clean = checkName(m_db, name, {});
        if (!clean)
            return clean.error();
        // Keys still held by leads are not reused, so those leads do not move into a new industry.
        auto next = storage::scalar(m_db.connection(),
                                    QStringLiteral("SELECT coalesce(max(CAST(substr(key, 8) AS INTEGER)), 0) + 1 FROM "
                                                   "(SELECT key FROM industries UNION SELECT industry FROM leads) "
                                                   "WHERE key GLOB 'custom-[0-9]*'"));
        if (!next)
            return next.error();
        Industry industry { QStringLiteral("custom-%1").arg(next->toLongLong()), *clean, false };
        auto q = storage::run(m_db.connection(),
                              QStringLiteral("INSERT INTO industries (key, name, position) "
                                             "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM industries))"),
                              { industry.key, industry.name });
        if (!q)
            return q.error();
        if (auto s = storage::AuditLog(m_db).record(now, kIndustry, 0, QStringLiteral("create"), {},
                                                    { { QStringLiteral("key"), industry.key }, { QStringLiteral("name"), industry.name } });
            !s)
            return s.error();
        return industry;
    });
}

Status LeadService::renameIndustry(const QString& key, const QString& name)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        auto old = storage::scalar(m_db.connection(), QStringLiteral("SELECT name FROM industries WHERE key = ?"), { key });
        if (!old)
            return old.error();
        if (!old->isValid())
            return industryNotFound(key);
        QString stored;
        // An empty name gives a built-in its translated name back.
        if (!(isBuiltinKey(key) && text::normalizeForStorage(name).isEmpty())) {
            auto clean = checkName(m_db, name, key);
            if (!clean)
                return clean.error();
            stored = *clean;
        }
        auto q = storage::run(m_db.connection(), QStringLiteral("UPDATE industries SET name = ? WHERE key = ?"), { stored, key });
        if (!q)
            return q.error();
        return storage::AuditLog(m_db).record(now, kIndustry, 0, QStringLiteral("update"),
                                              { { QStringLiteral("key"), key }, { QStringLiteral("name"), old->toString() } },
                                              { { QStringLiteral("key"), key }, { QStringLiteral("name"), stored } });
    });
}

Status LeadService::removeIndustry(const QString& key)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        auto old = storage::scalar(m_db.connection(), QStringLiteral("SELECT name FROM industries WHERE key = ?"), { key });
        if (!old)
            return old.error();
        if (!old->isValid())
            return industryNotFound(key);
        auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM industries WHERE key = ?"), { key });
        if (!q)
            return q.error();
        return storage::AuditLog(m_db).record(now, kIndustry, 0, QStringLiteral("delete"),
                                              { { QStringLiteral("key"), key }, { QStringLiteral("name"), old->toString() } }, {});
    });
}

Result<QStringList> LeadService::owners()
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT DISTINCT owner FROM leads WHERE owner <> ''"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    QCollator collator(QLocale(QLocale::Persian, QLocale::Iran));
    std::sort(out.begin(), out.end(), [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return out;
}

} // namespace peyvand::leads
