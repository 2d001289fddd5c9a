#pragma once

#include "BookFixture.h"

#include "common/Clock.h"
#include "customers/Customer.h"
#include "exchange/CustomerImporter.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace peyvand::test {

// An in-memory book, a fixed clock and a folder for the files a test writes.
struct ExchangeFixture : BookFixture {
    QTemporaryDir dir;

    ExchangeFixture();

    QString path(const QString& name) const { return dir.filePath(name); }
    // Writes UTF-8 text (or bytes) to a file in the folder and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;
    QString writeCsv(const QString& text) const { return write(QStringLiteral("in.csv"), text.toUtf8()); }

    Result<exchange::ImportReport> import(const QString& path, exchange::ImportOptions options = {},
                                          const exchange::ImportProgressFn& progress = {},
                                          exchange::ImportReport* report = nullptr);
    Result<exchange::ImportReport> importCsv(const QString& text, exchange::ImportOptions options = {})
    {
        return import(writeCsv(text), std::move(options));
    }

    QList<customers::Customer> customers(); // every customer, in id order
    customers::Customer customer(qint64 id);
    QStringList notes(qint64 customerId);
    // Every row of a table as text, for "nothing changed" comparisons.
    QStringList dump(const char* table);
    // The tables an import touches, dumped.
    QStringList snapshot();
};

// The rows of a query, each as its cells joined by U+001F, in the query's order.
QStringList rowsOf(storage::Database& db, const QString& sql);
// The ids CustomerSearch finds for a search text.
QList<qint64> searchIds(storage::Database& db, const QString& text);

} // namespace peyvand::test
