#include "ImportReportPage.h"

#include "Dialogs.h"
#include "Display.h"
#include "DuplicatesModel.h"
#include "ErrorText.h"
#include "ExportPolicy.h"
#include "FileDialogs.h"
#include "RejectedRowsModel.h"
#include "exchange/CustomerImporter.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
QTableView* createTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel* countLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Display::leadingAlignment() | Qt::AlignVCenter);
    return label;
}
} // namespace

ImportReportPage::ImportReportPage(QWidget* parent)
    : QWizardPage(parent)
    , m_headline(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_imported(countLabel(QStringLiteral("reportImported"), m_counts))
    , m_updated(countLabel(QStringLiteral("reportUpdated"), m_counts))
    , m_skipped(countLabel(QStringLiteral("reportSkipped"), m_counts))
    , m_rejected(countLabel(QStringLiteral("reportRejected"), m_counts))
    , m_notices(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_rejectedModel(new RejectedRowsModel(this))
    , m_duplicatesModel(new DuplicatesModel(this))
    , m_saveRejected(new QPushButton(tr("Save rejected rows as CSV…"), this))
    , m_importNow(new QPushButton(tr("Import now"), this))
    , m_saved(new QLabel(this))
{
    setTitle(tr("Report"));
    setSubTitle(tr("What the import did. Rejected rows can be saved as CSV, corrected and imported again."));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("reportHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setAlignment(Display::leadingAlignment());
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_notices->setWordWrap(true);
    m_notices->setAlignment(Display::leadingAlignment());
    m_notices->setStyleSheet(QStringLiteral("color: #92400e;"));
    m_saveRejected->setObjectName(QStringLiteral("saveRejected"));
    m_importNow->setObjectName(QStringLiteral("importNow"));
    m_importNow->setToolTip(tr("Import the file with the same choices"));
    m_saved->setObjectName(QStringLiteral("savedRejected"));
    m_saved->setWordWrap(true);
    m_saved->setAlignment(Display::leadingAlignment());

    auto* form = new QFormLayout(m_counts);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("New customers:"), m_imported);
    form->addRow(tr("Customers updated:"), m_updated);
    form->addRow(tr("Duplicates skipped:"), m_skipped);
    form->addRow(tr("Rows rejected:"), m_rejected);

    m_rejectedTable = createTable(m_rejectedModel, this);
    m_rejectedTable->setObjectName(QStringLiteral("rejectedTable"));
    m_duplicatesTable = createTable(m_duplicatesModel, this);
    m_duplicatesTable->setObjectName(QStringLiteral("reportDuplicatesTable"));
    m_tabs->addTab(m_rejectedTable, QString());
    m_tabs->addTab(m_duplicatesTable, QString());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRejected);
    buttons->addWidget(m_saved, 1);
    buttons->addWidget(m_importNow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_notices);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_saveRejected, &QPushButton::clicked, this, &ImportReportPage::saveRejectedRows);
    connect(m_importNow, &QPushButton::clicked, this, &ImportReportPage::importNowRequested);
}

void ImportReportPage::showOutcome(const ImportOutcome& outcome)
{
    m_report = outcome.report;
    m_saved->clear();
    m_headline->setStyleSheet(QString());
    const bool ok = outcome.status.hasValue();
    if (!ok) {
        const Error& error = outcome.status.error();
        m_headline->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        if (error.code == ErrorCode::Cancelled)
            m_headline->setText(tr("The import was cancelled. Nothing was imported; your customers are as they were."));
        else
            m_headline->setText(tr("The import stopped and nothing was imported: %1").arg(ErrorText::describe(error)));
    } else if (m_report.dryRun) {
        m_headline->setText(tr("Check finished: nothing was imported. Importing the file would give:"));
    } else {
        m_headline->setText(tr("Import finished."));
    }
    // Counts of a stopped import would describe work that was rolled back.
    m_counts->setVisible(ok);
    showCounts(m_report);
    m_notices->setText(Display::digits(m_report.notices.join(QLatin1Char('\n'))));
    m_notices->setVisible(ok && !m_report.notices.isEmpty());
    m_rejectedModel->setRows(ok ? m_report.rejected : QList<exchange::RejectedRow> {});
    m_duplicatesModel->setMatches(ok ? m_report.duplicates : QList<exchange::DuplicateMatch> {});
    m_tabs->setVisible(ok);
    m_tabs->setTabText(0, tr("Rejected rows (%1)").arg(Display::number(ok ? m_report.rejected.size() : 0)));
    m_tabs->setTabText(1, tr("Duplicates (%1)").arg(Display::number(ok ? m_report.duplicateCount : 0)));
    m_tabs->setCurrentIndex(ok && m_report.rejected.isEmpty() && m_report.duplicateCount > 0 ? 1 : 0);
    m_rejectedTable->resizeColumnsToContents();
    m_duplicatesTable->resizeColumnsToContents();
    m_saveRejected->setVisible(ok);
    ExportPolicy::apply(m_saveRejected, ExportPolicy::Kind::Export, ok && !m_report.rejected.isEmpty());
    m_importNow->setVisible(ok && m_report.dryRun);
}

void ImportReportPage::showCounts(const exchange::ImportReport& report)
{
    m_imported->setText(Display::number(report.imported));
    m_updated->setText(Display::number(report.updated));
    m_skipped->setText(Display::number(report.skippedDuplicates));
    m_rejected->setText(Display::number(report.rejected.size()));
}

bool ImportReportPage::saveRejectedRows()
{
    if (!ExportPolicy::permit(this, ExportPolicy::Kind::Export))
        return false;
    const QString path = FileDialogs::saveFile(this, tr("Save rejected rows"), QStringLiteral("rejected-rows.csv"),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const Status saved = exchange::saveRejectedRowsCsv(m_report, path);
    if (!saved) {
        Dialogs::error(this, tr("Save rejected rows"), ErrorText::describe(saved.error()), saved.error().detail);
        return false;
    }
    const QString text = tr("Saved %1 rejected rows to “%2”.")
                             .arg(Display::number(m_report.rejected.size()), QDir::toNativeSeparators(path));
    m_saved->setText(text);
    emit statusMessage(text);
    return true;
}

} // namespace peyvand::ui
