#pragma once

#include "BookFixture.h"

#include "common/Clock.h"
#include "sales/CatalogService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QBuffer>

#include <memory>

namespace peyvand::test {

// An in-memory database with the catalog service on a fixed clock.
struct CatalogFixture : BookFixture {
    std::unique_ptr<sales::CatalogService> catalog;

    CatalogFixture()
    {
        catalog = std::make_unique<sales::CatalogService>(*db, clock);
    }

    int auditCount(const char* action)
    {
        auto v = storage::scalar(db->connection(),
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'product' AND action = ?"),
                                 { QString::fromLatin1(action) });
        REQUIRE(v);
        return v->toInt();
    }

    sales::Product add(const QString& name, const QString& code = {}, qint64 price = 1000, const QString& category = {})
    {
        sales::Product p;
        p.name = name;
        p.code = code;
        p.unitPrice = Money::fromRial(price);
        p.category = category;
        auto created = catalog->create(p);
        REQUIRE(created);
        return *created;
    }

    Result<sales::ProductImportReport> import(const QString& csv, const sales::ProductImportOptions& options = {},
                                              sales::ProductImportReport* report = nullptr)
    {
        return importBytes(csv.toUtf8(), options, report);
    }

    Result<sales::ProductImportReport> importBytes(QByteArray bytes, const sales::ProductImportOptions& options = {},
                                                   sales::ProductImportReport* report = nullptr)
    {
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        return catalog->importCsv(buffer, options, report);
    }
};

} // namespace peyvand::test
