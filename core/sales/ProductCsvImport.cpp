#include "ProductCsvImport.h"

#include "ProductCsvColumns.h"
#include "ProductRepository.h"
#include "ProductValidator.h"
#include "io/Csv.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace peyvand::sales {

namespace {

struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

const QString kProduct = QStringLiteral("product");
constexpr int kProgressEvery = 100;

Error withLine(Error e, int line)
{
    e.detail = QStringLiteral("line %1").arg(line);
    return e;
}

Error refusal(const ImportProblem& first)
{
    const QString message = first.column.isEmpty()
        ? CatalogText::tr("Nothing was imported: line %1 has a problem: %2").arg(first.line).arg(first.message)
        : CatalogText::tr("Nothing was imported: line %1, column “%2”: %3").arg(first.line).arg(first.column, first.message);
    return withLine(Error::invalid(QStringLiteral("file"), message), first.line);
}

Error cancelled()
{
    return Error::make(ErrorCode::Cancelled, CatalogText::tr("The import was cancelled; nothing was stored."));
}

bool isBlank(const io::CsvRecord& record)
{
    for (const QString& f : record.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

Result<QByteArray> readAll(QIODevice& in, qint64 maxBytes)
{
    if (!in.isOpen() || !in.isReadable())
        return Error::make(ErrorCode::Io, CatalogText::tr("The file cannot be read."), in.errorString());
    QByteArray data;
    char buffer[64 * 1024];
    while (data.size() <= maxBytes) {
        const qint64 n = in.read(buffer, sizeof buffer);
        if (n < 0)
            return Error::make(ErrorCode::Io, CatalogText::tr("The file cannot be read."), in.errorString());
        if (n == 0)
            break;
        data.append(buffer, qsizetype(n));
    }
    return data; // more than maxBytes is refused by parseCsv
}

// One walk over the data rows; see ProductCsvImport.
class ImportPass {
public:
    ImportPass(storage::Database& db, const QDateTime& now, const ProductImportOptions& options, const ProductColumns& columns)
        : m_db(db)
        , m_repo(db)
        , m_now(now)
        , m_options(options)
        , m_columns(columns)
    {
    }

    Status run(const QList<io::CsvRecord>& records, ProductImportReport& report)
    {
        const int total = int(records.size()) - 1;
        if (m_options.progress && !m_options.progress(0, total))
            return cancelled();
        for (int done = 1; done <= total; ++done) {
            const io::CsvRecord& row = records.at(done);
            if (!isBlank(row)) {
                if (auto s = importRow(row, report); !s)
                    return s;
            }
            if (m_options.progress && (done % kProgressEvery == 0 || done == total) && !m_options.progress(done, total))
                return cancelled();
        }
        if (!report.problems.isEmpty() && !m_options.skipInvalid) {
            report.created = 0;
            report.updated = 0;
            return refusal(report.problems.constFirst());
        }
        return {};
    }

private:
    Status importRow(const io::CsvRecord& row, ProductImportReport& report)
    {
        QList<ImportProblem> problems;
        if (hasExtraValues(row)) {
            problems << ImportProblem { row.line, QString(),
                                        CatalogText::tr("This line has more values than the first line has columns. "
                                                        "A value that contains the separator must be in quotes.") };
        }
        auto existing = matchCode(row, problems);
        if (!existing)
            return existing.error();

        Product product = existing->value_or(Product {});
        applyProductRow(row, m_columns, product, problems);
        for (const Error& e : ProductValidator::cleanAndValidate(product)) {
            const auto column = ProductColumns::forField(e.field);
            problems << ImportProblem { row.line, column ? m_columns.header(*column) : QString(), e.message };
        }
        if (!problems.isEmpty()) {
            report.problems << problems;
            return {};
        }
        ++(existing->has_value() ? report.updated : report.created);
        if (m_options.dryRun || (!m_options.skipInvalid && !report.problems.isEmpty()))
            return {}; // nothing would be kept
        return store(product, *existing);
    }

    bool hasExtraValues(const io::CsvRecord& row) const
    {
        for (qsizetype i = m_columns.headers.size(); i < row.fields.size(); ++i) {
            if (!row.fields.at(i).trimmed().isEmpty())
                return true;
        }
        return false;
    }

    // The stored product with the row's code, if any; a code used on an
    // earlier row is a problem.
    Result<std::optional<Product>> matchCode(const io::CsvRecord& row, QList<ImportProblem>& problems)
    {
        const int i = m_columns.index[std::size_t(ProductColumn::Code)];
        if (i < 0 || i >= row.fields.size())
            return std::optional<Product>();
        const QString key = ProductRepository::codeKey(row.fields.at(i));
        if (key.isEmpty())
            return std::optional<Product>();
        const auto seen = m_seenCodes.constFind(key);
        if (seen != m_seenCodes.constEnd()) {
            problems << ImportProblem { row.line, m_columns.header(ProductColumn::Code),
                                        CatalogText::tr("The code “%1” is already used on line %2.")
                                            .arg(row.fields.at(i).trimmed())
                                            .arg(*seen) };
            return std::optional<Product>();
        }
        m_seenCodes.insert(key, row.line);
        return m_repo.findByCodeKey(key);
    }

    Status store(Product& product, const std::optional<Product>& before)
    {
        storage::AuditLog audit(m_db);
        product.updatedAt = m_now;
        if (before) {
            product.createdAt = before->createdAt;
            if (auto s = m_repo.update(product); !s)
                return s;
            return audit.record(m_now, kProduct, product.id, QStringLiteral("update"), ProductRepository::auditValues(*before),
                                ProductRepository::auditValues(product));
        }
        product.createdAt = m_now;
        auto id = m_repo.insert(product);
        if (!id)
            return id.error();
        product.id = *id;
        return audit.record(m_now, kProduct, product.id, QStringLiteral("create"), {}, ProductRepository::auditValues(product));
    }

    storage::Database& m_db;
    ProductRepository m_repo;
    QDateTime m_now;
    const ProductImportOptions& m_options;
    const ProductColumns& m_columns;
    QHash<QString, int> m_seenCodes; // code key -> line
};

} // namespace

Result<ProductImportReport> ProductCsvImport::run(QIODevice& in, const ProductImportOptions& options, ProductImportReport* reportOut)
{
    const storage::audit_origin::Scope origin(storage::audit_origin::kImport);
    ProductImportReport report;
    const auto finish = [&](Result<ProductImportReport> result) {
        if (reportOut)
            *reportOut = report;
        return result;
    };
    const io::CsvOptions csvOptions;
    auto data = readAll(in, csvOptions.maxBytes);
    if (!data)
        return finish(data.error());
    auto records = io::parseCsv(*data, csvOptions);
    if (!records)
        return finish(records.error());
    if (records->isEmpty())
        return finish(Error::invalid(QStringLiteral("file"), CatalogText::tr("The file is empty.")));
    auto columns = ProductColumns::fromHeader(records->constFirst());
    if (!columns) {
        report.problems << ImportProblem { 1, QString(), columns.error().message };
        return finish(columns.error());
    }

    ImportPass pass(m_db, m_clock.nowUtc(), options, *columns);
    const Status status = options.dryRun ? pass.run(*records, report)
                                         : m_db.write([&]() -> Status { return pass.run(*records, report); });
    if (!status) {
        report.created = 0;
        report.updated = 0;
        return finish(status.error());
    }
    return finish(report);
}

} // namespace peyvand::sales
