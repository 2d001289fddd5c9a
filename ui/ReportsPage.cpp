#include "ReportsPage.h"

#include "DatabaseWorker.h"
#include "Display.h"
#include "FileDialogs.h"
#include "ExportPolicy.h"
#include "ReportPeriodBar.h"
#include "ReportView.h"
#include "SalesTargetsDialog.h"

#include "documents/ReportPdf.h"
#include "sales/CompanyProfileService.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace peyvand::ui {

using namespace reports;

namespace {

struct ReportGroup {
    QString title;
    QList<ReportId> reports;
};

QList<ReportGroup> groups()
{
    return {
        { ReportsPage::tr("Sales"),
          { ReportId::SalesByPeriod, ReportId::Trend, ReportId::Forecast, ReportId::SalesByProduct, ReportId::SalesByCategory,
            ReportId::SalesByCustomer, ReportId::SalesByMarketer, ReportId::SalesByCity, ReportId::SalesBySource } },
        { ReportsPage::tr("Customers"), { ReportId::Rfm, ReportId::CustomerValue } },
        { ReportsPage::tr("Leads"), { ReportId::Funnel, ReportId::QuoteConversion } },
        { ReportsPage::tr("Payments"), { ReportId::Receivables, ReportId::ChequesDue, ReportId::PaymentRatings } },
    };
}

} // namespace

ReportsPage::ReportsPage(storage::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_worker(new DatabaseWorker(db, this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setMinimumWidth(200);
    for (const ReportGroup& group : groups()) {
        auto* top = new QTreeWidgetItem(m_list, { group.title });
        top->setFlags(Qt::ItemIsEnabled);
        QFont font = top->font(0);
        font.setBold(true);
        top->setFont(0, font);
        for (ReportId id : group.reports) {
            auto* item = new QTreeWidgetItem(top, { displayName(id) });
            item->setData(0, Qt::UserRole, int(id));
            item->setToolTip(0, describe(id));
        }
        top->setExpanded(true);
    }

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: #475569;"));
    m_period = new ReportPeriodBar(this);
    m_targets = new QPushButton(tr("Set targets…"), this);
    m_targets->setObjectName(QStringLiteral("setTargets"));
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_pdf->setToolTip(tr("The whole report with its charts, tables and notes as a PDF"));
    ExportPolicy::apply(m_pdf, ExportPolicy::Kind::Export, false);
    connect(&ExportPolicy::instance(), &ExportPolicy::changed, this,
            [this] { ExportPolicy::apply(m_pdf, ExportPolicy::Kind::Export, m_report.has_value()); });
    m_busy = new QLabel(tr("Computing the report…"), this);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setStyleSheet(QStringLiteral("color: #0f766e;"));
    m_busy->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c; background: #fef2f2; border: 1px solid #fecaca; border-radius: 6px; padding: 8px;"));
    m_error->hide();
    m_view = new ReportView(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);

    auto* right = new QWidget(this);
    auto* column = new QVBoxLayout(right);
    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_targets);
    head->addWidget(m_pdf);
    column->addLayout(head);
    column->addWidget(m_description);
    column->addWidget(m_period);
    column->addWidget(m_busy);
    column->addWidget(m_error);
    column->addWidget(m_scroll, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 900 });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            openReport(static_cast<ReportId>(item->data(0, Qt::UserRole).toInt()));
    });
    connect(m_period, &ReportPeriodBar::changed, this, &ReportsPage::run);
    connect(m_targets, &QPushButton::clicked, this, [this] { editTargets(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(m_view, &ReportView::openCustomerRequested, this, &ReportsPage::openCustomerRequested);
    connect(m_view, &ReportView::openDocumentRequested, this, &ReportsPage::openDocumentRequested);
    connect(m_view, &ReportView::statusMessage, this, &ReportsPage::statusMessage);
    m_targets->hide();
}

ReportsPage::~ReportsPage()
{
    m_worker->waitForFinished();
}

void ReportsPage::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
    m_period->setToday(m_clock->today());
}

void ReportsPage::openReport(ReportId id, std::optional<PeriodPreset> preset)
{
    m_current = id;
    m_title->setText(displayName(id));
    m_description->setText(describe(id));
    m_targets->setVisible(id == ReportId::Trend);
    {
        const QSignalBlocker block(m_period);
        m_period->setToday(m_clock->today());
        m_period->configure(id);
        if (preset)
            m_period->setPreset(*preset);
    }
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).isValid() && (*it)->data(0, Qt::UserRole).toInt() == int(id) && m_list->currentItem() != *it) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(*it);
        }
    run();
}

SalesTargetsDialog* ReportsPage::editTargets()
{
    QDate day = m_clock->today();
    if (m_report && m_report->range.isValid())
        day = m_report->range.to;
    const auto jalali = text::jalali::fromGregorian(day);
    auto* dialog = new SalesTargetsDialog(m_db, jalali ? jalali->year : 1404, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &ReportsPage::refresh);
    dialog->open();
    return dialog;
}

void ReportsPage::refresh()
{
    if (m_current)
        run();
}

bool ReportsPage::isRunning() const
{
    return m_worker->isRunning();
}

void ReportsPage::waitForRun()
{
    m_worker->waitForFinished();
}

QString ReportsPage::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void ReportsPage::run()
{
    if (!m_current)
        return;
    const Result<ReportRequest> request = m_period->request();
    if (!request) {
        m_period->showError(request.error());
        return;
    }
    m_period->showError(Error {});
    if (m_worker->isRunning()) {
        m_rerun = true; // the latest choice runs when this one is over
        return;
    }
    m_busy->show();
    setCursor(Qt::BusyCursor);
    auto result = std::make_shared<std::optional<Result<Report>>>();
    const ReportId id = *m_current;
    const ReportRequest req = *request;
    const Clock* clock = m_clock;
    m_worker->start(
        [result, id, req, clock](storage::Database& db) { result->emplace(ReportRunner(db, *clock).run(id, req)); },
        [this, result](const Status& opened) {
            m_busy->hide();
            unsetCursor();
            if (m_rerun) {
                m_rerun = false;
                run();
                return;
            }
            if (!opened)
                showResult(opened.error());
            else if (*result)
                showResult(**result);
        });
}

bool ReportsPage::exportPdf()
{
    if (!m_report || !ExportPolicy::permit(this, ExportPolicy::Kind::Export))
        return false;
    QString name = m_report->title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    const QString path = FileDialogs::saveFile(this, tr("Export PDF"),
                                               QDir(QDir::homePath()).filePath(name + QStringLiteral(".pdf")),
                                               tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    documents::ReportPdfOptions options;
    options.language = Display::persian() ? documents::DocumentLanguage::Persian : documents::DocumentLanguage::English;
    if (const auto profile = sales::CompanyProfileService(m_db).load()) {
        options.companyName = profile->name;
        options.displayToman = profile->displayToman;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = documents::writeReportPdf(*m_report, options, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        emit statusMessage(written.error().message);
        return false;
    }
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsPage::showResult(const Result<Report>& result)
{
    ExportPolicy::apply(m_pdf, ExportPolicy::Kind::Export, result.hasValue());
    if (!result) {
        m_report.reset();
        m_view->clear();
        m_error->setText(result.error().message);
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    m_report = *result;
    m_view->setReport(*m_report);
}

} // namespace peyvand::ui
