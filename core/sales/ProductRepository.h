#pragma once

#include "CatalogService.h"
#include "Product.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::sales {

// SQL for the products table. Takes products already in storage form (see
// ProductValidator) and derives name_sort, code_key and search_text.
// Statements are prepared once per repository and reused, so one repository
// kept across a loop (the CSV import) does not re-prepare per row. Callers
// own the transaction.
class ProductRepository final {
public:
    explicit ProductRepository(storage::Database& db) : m_db(db) { }

    Result<qint64> insert(const Product& product);
    Status update(const Product& product);
    Result<Product> find(qint64 id);
    // By the search key of a code; nullopt when no product has it.
    Result<std::optional<Product>> findByCodeKey(const QString& codeKey);
    Status setActive(qint64 id, bool active, const QDateTime& at);
    Status remove(qint64 id);
    // How many document lines refer to the product.
    Result<int> documentLineCount(qint64 id);

    // limit <= 0: no limit.
    Result<QList<Product>> list(const ProductFilter& filter);
    Result<int> count(const ProductFilter& filter);
    // Distinct non-empty categories, unsorted.
    Result<QStringList> distinctCategories();

    static QString codeKey(const QString& code);
    // Search keys of code, name and category joined with spaces, plus the
    // digits of the code when it has other characters ("P-10/20" -> "1020"),
    // so typing the digits alone finds it.
    static QString searchText(const Product& product);
    // The values an audit row records.
    static QJsonObject auditValues(const Product& product);

private:
    Result<QSqlQuery*> statement(const QString& sql);
    Result<QList<Product>> readAll(QSqlQuery& query);

    storage::Database& m_db;
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace peyvand::sales
