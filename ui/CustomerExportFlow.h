#pragma once

#include "customers/CustomerSearch.h"
#include "exchange/CustomerExporter.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class CustomerExportDialog;
class CustomerExportJob;
struct ExportOutcome;

// "Export…" of the customer list: asks what to export (everyone or the
// current search and filters, format, Persian column titles), then for the
// file, and writes it off the GUI thread with a progress dialog and Cancel;
// says how many customers were written.
class CustomerExportFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerExportFlow)

public:
    CustomerExportFlow(storage::Database& db, customers::CustomerSearch& search, QWidget* window);

    // Opens the choices (window-modal, returns at once); `current` is the
    // list's query, `narrowed` whether it is searched or filtered.
    CustomerExportDialog* start(const customers::CustomerQuery& current, bool narrowed);
    // Asks for the file (FileDialogs) and exports; false when none was chosen.
    bool chooseFileAndExport(const exchange::ExportOptions& options);
    void exportTo(const QString& path, const exchange::ExportOptions& options);

    CustomerExportDialog* dialog() const { return m_dialog.data(); }
    CustomerExportJob* job() const { return m_job; }
    QProgressDialog* progressDialog() const { return m_progress; }

    // The path with the format's suffix when it has none of the three, and
    // the format its suffix names (else `chosen`).
    static QString withSuffix(const QString& path, exchange::ExportFormat chosen);
    static exchange::ExportFormat formatOf(const QString& path, exchange::ExportFormat chosen);

signals:
    void exported(qint64 count, const QString& path);
    void statusMessage(const QString& message);

private:
    void onFinished(const ExportOutcome& outcome);

    QWidget* m_window = nullptr;
    customers::CustomerSearch& m_search;
    CustomerExportJob* m_job = nullptr;
    QProgressDialog* m_progress = nullptr;
    QPointer<CustomerExportDialog> m_dialog;
    customers::CustomerQuery m_current;
    QString m_path;
};

} // namespace peyvand::ui
