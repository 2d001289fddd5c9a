#include "ImportTestSupport.h"

#include "CustomerImportJob.h"
#include "CustomerImportWizard.h"
#include "DatabaseWorker.h"
#include "ImportRunPage.h"

#include <QFile>
#include <QSignalSpy>

namespace peyvand::test {

const char* const kSmallCsv = "نام,موبایل,شهر,برچسب\n"
                              "علي كريمي,۰۹۱۲۱۲۳۴۵۶۷,تهران,\"عمده، وفادار\"\n"
                              "Sara Ahmadi,12345,Shiraz,\n"
                              "Zahra Mousavi,+989351112233,اصفهان,VIP\n";

QString largeCsv(int rows)
{
    QString csv = QStringLiteral("name,mobile,city\n");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Customer %1,0912%2,Tehran\n").arg(i).arg(1000000 + i, 7, 10, QLatin1Char('0'));
    return csv;
}

QString display(const QAbstractItemModel& model, int row, int column)
{
    return plain(model.index(row, column).data()).remove(QChar(0x200E)).remove(QChar(0x200F));
}

QString importSample(const QString& name)
{
    return QStringLiteral(PEYVAND_IMPORT_SAMPLES "/") + name;
}

ImportFixture::ImportFixture(bool onDisk)
{
    REQUIRE(dir.isValid());
    if (onDisk) {
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("book.sqlite")));
        REQUIRE(opened.hasValue());
        db = std::move(*opened);
    } else {
        db = memoryDatabase();
    }
    service = std::make_unique<customers::CustomerService>(*db);
    search = std::make_unique<customers::CustomerSearch>(*db);
}

ImportFixture::~ImportFixture() = default;

QString ImportFixture::file(const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(out.write(bytes) == bytes.size());
    return path;
}

qint64 ImportFixture::customerCount()
{
    customers::CustomerQuery everyone;
    everyone.archive = customers::CustomerQuery::Archive::All;
    return search->count(everyone).valueOr(-1);
}

QStringList ImportFixture::namesMatching(const QString& text)
{
    customers::CustomerQuery query;
    query.text = text;
    query.sort = customers::CustomerQuery::Sort::Name;
    QStringList names;
    for (const customers::CustomerRow& row : search->page(query, 0, 1000).valueOr({}))
        names << row.name;
    return names;
}

std::optional<customers::Customer> ImportFixture::findByName(const QString& name)
{
    customers::CustomerQuery query;
    query.text = name;
    for (const customers::CustomerRow& row : search->page(query, 0, 100).valueOr({})) {
        if (row.name == name)
            return service->get(row.id).valueOr({});
    }
    return std::nullopt;
}

void runWizardToReport(ui::CustomerImportWizard& wizard)
{
    for (int guard = 0; guard < 6 && wizard.currentId() < ui::CustomerImportWizard::RunPageId; ++guard)
        wizard.next();
    REQUIRE(wizard.currentId() >= ui::CustomerImportWizard::RunPageId);
    for (int guard = 0; guard < 200 && wizard.currentId() != ui::CustomerImportWizard::ReportPageId; ++guard) {
        settle(wizard.job()->usesWorkerThread() ? 20 : 0);
        if (wizard.job()->isRunning())
            wizard.job()->worker()->waitForFinished();
    }
    REQUIRE(wizard.currentId() == ui::CustomerImportWizard::ReportPageId);
}

} // namespace peyvand::test
