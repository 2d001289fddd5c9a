#include "ProductImportFlow.h"

#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "FileChooser.h"
#include "ProductImportResultDialog.h"
#include "ProductImporter.h"

#include <QProgressDialog>
#include <QWidget>

namespace peyvand::ui {

ProductImportFlow::ProductImportFlow(storage::Database& db, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_importer(new ProductImporter(db, this))
    , m_progress(new QProgressDialog(window))
{
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Importing products"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // a small file finishes before the dialog would flash
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, m_importer, &ProductImporter::cancel);
    connect(m_importer, &ProductImporter::progress, this, [this](int done, int total) {
        if (m_progress->maximum() != total)
            m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Importing line %1 of %2…").arg(Display::number(done), Display::number(total)));
    });
    connect(m_importer, &ProductImporter::finished, this, &ProductImportFlow::onFinished);
}

ProductImportResultDialog* ProductImportFlow::resultDialog() const
{
    return m_result.data();
}

bool ProductImportFlow::chooseAndImport()
{
    const QString path = FileChooser::openFile(m_window, tr("Import products"),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    importFile(path);
    return true;
}

void ProductImportFlow::importFile(const QString& path, bool skipInvalid)
{
    m_path = path;
    m_skipInvalid = skipInvalid;
    m_progress->setLabelText(tr("Reading the file…"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    sales::ProductImportOptions options;
    options.skipInvalid = skipInvalid;
    if (!m_importer->start(path, options))
        emit statusMessage(tr("An import is already running."));
}

void ProductImportFlow::onFinished(const ProductImportOutcome& outcome)
{
    m_progress->reset();
    m_progress->hide();
    const sales::ProductImportReport& report = outcome.report;
    if (!outcome.status) {
        const Error& error = outcome.status.error();
        if (error.code == ErrorCode::Cancelled) {
            emit statusMessage(tr("Import cancelled; the catalog was not changed."));
            return;
        }
        if (error.code != ErrorCode::InvalidInput || report.problems.isEmpty()) {
            Dialogs::error(m_window, tr("Import products"), ErrorText::describe(error), error.detail);
            return;
        }
        emit statusMessage(tr("Import refused; the catalog was not changed."));
        showResult(report, true, !m_skipInvalid && !isHeaderProblem(report));
        return;
    }
    if (report.created > 0 || report.updated > 0)
        emit imported();
    emit statusMessage(tr("Import finished: %1 added, %2 updated.")
                           .arg(Display::number(report.created), Display::number(report.updated)));
    showResult(report, false, false);
}

bool ProductImportFlow::isHeaderProblem(const sales::ProductImportReport& report)
{
    // Core reports a first line it cannot read as headers as the only
    // problem, on line 1 and no column: no line of the file could be imported.
    return report.problems.size() == 1 && report.problems.constFirst().line == 1
        && report.problems.constFirst().column.isEmpty();
}

void ProductImportFlow::showResult(const sales::ProductImportReport& report, bool refused, bool offerValidLines)
{
    auto* dialog = new ProductImportResultDialog(report, refused, offerValidLines, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductImportResultDialog::importValidRequested, this,
            [this, path = m_path] { importFile(path, true); });
    m_result = dialog;
    dialog->open();
    emit resultShown(dialog);
}

} // namespace peyvand::ui
