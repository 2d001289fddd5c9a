#include "CustomerExportFlow.h"

#include "CustomerExportDialog.h"
#include "CustomerExportJob.h"
#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "ExportPolicy.h"
#include "FileDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace peyvand::ui {

using exchange::ExportFormat;

CustomerExportFlow::CustomerExportFlow(storage::Database& db, customers::CustomerSearch& search, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_search(search)
    , m_job(new CustomerExportJob(db, this))
    , m_progress(new QProgressDialog(window))
{
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Exporting customers"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // a small export finishes before the dialog would flash
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, m_job, &CustomerExportJob::cancel);
    connect(m_job, &CustomerExportJob::progress, this, [this](qint64 done, qint64 total) {
        // QProgressDialog counts in int: show per mille.
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
        m_progress->setLabelText(tr("Writing customer %1 of %2…").arg(Display::number(done), Display::number(total)));
    });
    connect(m_job, &CustomerExportJob::finished, this, &CustomerExportFlow::onFinished);
}

CustomerExportDialog* CustomerExportFlow::start(const customers::CustomerQuery& current, bool narrowed)
{
    if (!ExportPolicy::permit(m_window, ExportPolicy::Kind::Export))
        return nullptr;
    m_current = current;
    customers::CustomerQuery everyone;
    const qint64 all = m_search.count(everyone).valueOr(0);
    const qint64 listed = narrowed ? m_search.count(current).valueOr(0) : -1;
    auto* dialog = new CustomerExportDialog(all, listed, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        exchange::ExportOptions options;
        options.format = dialog->format();
        options.persianHeaders = dialog->persianHeaders();
        if (dialog->exportsCurrentList())
            options.query = m_current;
        // After the dialog has closed (and is gone): the export may turn the event loop.
        QTimer::singleShot(0, this, [this, options] { chooseFileAndExport(options); });
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QString CustomerExportFlow::withSuffix(const QString& path, ExportFormat chosen)
{
    if (exchange::exportFormatFromKey(QFileInfo(path).suffix().toLower()))
        return path;
    return path + QLatin1Char('.') + exchange::exportFormatKey(chosen);
}

ExportFormat CustomerExportFlow::formatOf(const QString& path, ExportFormat chosen)
{
    return exchange::exportFormatFromKey(QFileInfo(path).suffix().toLower()).value_or(chosen);
}

bool CustomerExportFlow::chooseFileAndExport(const exchange::ExportOptions& options)
{
    if (!ExportPolicy::permit(m_window, ExportPolicy::Kind::Export))
        return false;
    const QList<std::pair<ExportFormat, QString>> filters {
        { ExportFormat::Csv, tr("CSV files (*.csv)") },
        { ExportFormat::Xlsx, tr("Excel workbooks (*.xlsx)") },
        { ExportFormat::VCard, tr("vCard contacts (*.vcf)") },
    };
    QStringList ordered; // the chosen format's filter first: the dialog selects it
    for (const auto& [format, filter] : filters) {
        if (format == options.format)
            ordered.prepend(filter);
        else
            ordered << filter;
    }
    const QString suggested = QStringLiteral("customers.") + exchange::exportFormatKey(options.format);
    const QString chosen = FileDialogs::saveFile(m_window, tr("Export customers"), suggested,
                                                 ordered.join(QStringLiteral(";;")));
    if (chosen.isEmpty())
        return false;
    exchange::ExportOptions own = options;
    own.format = formatOf(chosen, options.format);
    exportTo(withSuffix(chosen, options.format), own);
    return true;
}

void CustomerExportFlow::exportTo(const QString& path, const exchange::ExportOptions& options)
{
    m_path = path;
    m_progress->setLabelText(tr("Reading the customers…"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    if (!m_job->start(path, options))
        emit statusMessage(tr("An export is already running."));
}

void CustomerExportFlow::onFinished(const ExportOutcome& outcome)
{
    m_progress->reset();
    m_progress->hide();
    const QString file = QDir::toNativeSeparators(m_path);
    if (!outcome.status) {
        const Error& error = outcome.status.error();
        if (error.code == ErrorCode::Cancelled) {
            emit statusMessage(tr("Export cancelled; no file was written."));
            return;
        }
        Dialogs::error(m_window, tr("Export customers"),
                       tr("“%1” could not be written: %2").arg(file, ErrorText::describe(error)), error.detail);
        return;
    }
    const QString text = outcome.written == 1
        ? tr("%1 customer exported to “%2”.").arg(Display::number(1), file)
        : tr("%1 customers exported to “%2”.").arg(Display::number(outcome.written), file);
    emit exported(outcome.written, m_path);
    emit statusMessage(text);
    Dialogs::inform(m_window, tr("Export customers"), text);
}

} // namespace peyvand::ui
