#pragma once

#include "UiTestSupport.h"

#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace peyvand::ui {
class CustomerImportWizard;
}

namespace peyvand::test {

// The sample files of the readers' tests (tests/data/import).
QString importSample(const QString& name);

// A database (in memory unless a file is asked for), its services and a
// folder for the files a test writes.
struct ImportFixture {
    explicit ImportFixture(bool onDisk = false);
    ~ImportFixture();

    QString file(const QString& name, const QByteArray& bytes);
    QString textFile(const QString& name, const QString& text) { return file(name, text.toUtf8()); }
    qint64 customerCount();
    // The customers whose search matches `text`, by name.
    QStringList namesMatching(const QString& text);
    std::optional<customers::Customer> findByName(const QString& name);

    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<customers::CustomerService> service;
    std::unique_ptr<customers::CustomerSearch> search;
};

// A small customer list in Persian: Arabic letters, Persian digits, tags
// with the Persian comma, and one bad mobile (line 3).
extern const char* const kSmallCsv;
// `rows` valid customers "Customer N" with distinct mobiles, in Tehran.
QString largeCsv(int rows);
// A cell's text without the directional marks and isolates of the display.
QString display(const QAbstractItemModel& model, int row, int column);

// Goes from the file page to the report (Next on every page, the run
// included) and lets the import finish.
void runWizardToReport(ui::CustomerImportWizard& wizard);

} // namespace peyvand::test
