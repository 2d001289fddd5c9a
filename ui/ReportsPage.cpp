#include "ReportsPage.h"

#include "DatabaseWorker.h"
#include "ExportPolicy.h"
#include "ReportPeriodBar.h"
#include "ReportView.h"
#include "SalesTargetsDialog.h"

#include <QHBoxLayout>
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
    // TODO(issue 8): documents::writeReportPdf lands on main with the integrator; until then the action is off.
    m_pdf->setEnabled(false);
    m_pdf->setToolTip(tr("PDF export of reports comes with the next update."));
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

void ReportsPage::showResult(const Result<Report>& result)
{
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
