#include "CatalogService.h"

#include "ProductCsvImport.h"
#include "ProductRepository.h"
#include "ProductValidator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "text/PersianText.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::sales {

namespace {

struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

const QString kProduct = QStringLiteral("product");

Error codeTaken(const Product& holder)
{
    Error e = Error::make(ErrorCode::Conflict,
                          CatalogText::tr("The code “%1” is already used by “%2”.").arg(holder.code, holder.name));
    e.field = QStringLiteral("code");
    return e;
}

// Another product whose code has the same search key is a conflict.
Status checkCodeFree(ProductRepository& repo, const Product& product)
{
    auto holder = repo.findByCodeKey(ProductRepository::codeKey(product.code));
    if (!holder)
        return holder.error();
    if (*holder && (*holder)->id != product.id)
        return codeTaken(**holder);
    return {};
}

} // namespace

CatalogService::CatalogService(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Product> CatalogService::create(Product draft)
{
    if (const QList<Error> errors = ProductValidator::cleanAndValidate(draft); !errors.isEmpty())
        return errors.constFirst();
    const QDateTime now = m_clock.nowUtc();
    draft.id = 0;
    draft.createdAt = now;
    draft.updatedAt = now;
    return m_db.writeValue<Product>([&]() -> Result<Product> {
        ProductRepository repo(m_db);
        if (auto s = checkCodeFree(repo, draft); !s)
            return s.error();
        auto id = repo.insert(draft);
        if (!id)
            return id.error();
        draft.id = *id;
        if (auto s = storage::AuditLog(m_db).record(now, kProduct, draft.id, QStringLiteral("create"), {},
                                                    ProductRepository::auditValues(draft));
            !s)
            return s.error();
        return draft;
    });
}

Result<Product> CatalogService::update(Product changed)
{
    if (const QList<Error> errors = ProductValidator::cleanAndValidate(changed); !errors.isEmpty())
        return errors.constFirst();
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Product>([&]() -> Result<Product> {
        ProductRepository repo(m_db);
        auto before = repo.find(changed.id);
        if (!before)
            return before.error();
        if (auto s = checkCodeFree(repo, changed); !s)
            return s.error();
        changed.createdAt = before->createdAt;
        changed.updatedAt = now;
        if (auto s = repo.update(changed); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kProduct, changed.id, QStringLiteral("update"),
                                                    ProductRepository::auditValues(*before), ProductRepository::auditValues(changed));
            !s)
            return s.error();
        return changed;
    });
}

Result<Product> CatalogService::get(qint64 id)
{
    return ProductRepository(m_db).find(id);
}

Result<std::optional<Product>> CatalogService::findByCode(const QString& code)
{
    return ProductRepository(m_db).findByCodeKey(ProductRepository::codeKey(code));
}

Status CatalogService::remove(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        ProductRepository repo(m_db);
        auto before = repo.find(id);
        if (!before)
            return before.error();
        auto used = repo.documentLineCount(id);
        if (!used)
            return used.error();
        if (*used > 0) {
            return Error::make(ErrorCode::Conflict,
                               CatalogText::tr("“%1” is on pre-invoices or invoices, so it cannot be deleted; "
                                               "deactivate it instead.")
                                   .arg(before->name));
        }
        if (auto s = repo.remove(id); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kProduct, id, QStringLiteral("delete"), ProductRepository::auditValues(*before), {});
    });
}

Status CatalogService::setActive(qint64 id, bool active)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        ProductRepository repo(m_db);
        auto before = repo.find(id);
        if (!before)
            return before.error();
        if (before->active == active)
            return {};
        if (auto s = repo.setActive(id, active, now); !s)
            return s;
        const QString key = QStringLiteral("active");
        return storage::AuditLog(m_db).record(now, kProduct, id, active ? QStringLiteral("restore") : QStringLiteral("archive"),
                                              { { key, !active } }, { { key, active } });
    });
}

Result<QList<Product>> CatalogService::list(const ProductFilter& filter)
{
    return ProductRepository(m_db).list(filter);
}

Result<int> CatalogService::count(const ProductFilter& filter)
{
    return ProductRepository(m_db).count(filter);
}

Result<QStringList> CatalogService::categories()
{
    auto values = ProductRepository(m_db).distinctCategories();
    if (!values)
        return values;
    QList<std::pair<QString, QString>> keyed;
    for (const QString& v : std::as_const(*values))
        keyed.append({ text::sortKey(v), v });
    std::sort(keyed.begin(), keyed.end());
    QStringList out;
    for (const auto& [key, value] : keyed)
        out << value;
    return out;
}

Result<ProductImportReport> CatalogService::importCsv(QIODevice& in, const ProductImportOptions& options, ProductImportReport* report)
{
    return ProductCsvImport(m_db, m_clock).run(in, options, report);
}

} // namespace peyvand::sales
