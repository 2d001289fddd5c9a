#include "ReportView.h"

#include "Display.h"
#include "ExportPolicy.h"
#include "FileDialogs.h"
#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "reports/ReportExport.h"

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

using namespace reports;

namespace {

text::jalali::Language language()
{
    return Display::persian() ? text::jalali::Language::Persian : text::jalali::Language::English;
}

QString suggestedPath(const QString& name, const QString& suffix)
{
    QString base = name;
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        base.replace(c, u'_');
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(base + suffix);
}

} // namespace

ReportView::ReportView(QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ReportView::clear()
{
    delete m_content;
    m_content = nullptr;
    m_charts.clear();
    m_tables.clear();
    m_models.clear();
    m_figureValues.clear();
    m_notes = nullptr;
}

void ReportView::setReport(const Report& report)
{
    clear();
    m_reportId = report.id;
    m_content = new QWidget(this);
    auto* column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    m_layout->addWidget(m_content);
    auto* figures = new QWidget(m_content);
    column->addWidget(figures);
    m_content->setProperty("figures", QVariant::fromValue(static_cast<QObject*>(figures)));
    addFigures(report);

    for (int c = 0; c < report.charts.size(); ++c) {
        auto* view = new ReportChartView(report, report.charts.at(c), language(), m_content);
        m_charts << view;
        column->addWidget(view);
        auto* save = new QPushButton(tr("Save chart as PNG…"), m_content);
        save->setObjectName(QStringLiteral("saveChart"));
        ExportPolicy::guard(save, ExportPolicy::Kind::Export);
        connect(save, &QPushButton::clicked, this, [this, c] { saveChart(c); });
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(save);
        column->addLayout(row);
    }
    for (int t = 0; t < report.tables.size(); ++t)
        addTable(t, report.tables.at(t));
    if (!report.notes.isEmpty()) {
        m_notes = new QLabel(m_content);
        m_notes->setObjectName(QStringLiteral("reportNotes"));
        m_notes->setWordWrap(true);
        m_notes->setStyleSheet(QStringLiteral("color: #475569;"));
        m_notes->setText(QStringLiteral("<b>%1</b><br>%2").arg(tr("How it is computed").toHtmlEscaped(),
            report.notes.join(QStringLiteral("\n")).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
        column->addWidget(m_notes);
    }
    column->addStretch(1);
}

void ReportView::addFigures(const Report& report)
{
    auto* figures = qobject_cast<QWidget*>(m_content->property("figures").value<QObject*>());
    auto* grid = new QHBoxLayout(figures);
    grid->setContentsMargins(0, 0, 0, 0);
    CellFormat format;
    format.language = language();
    format.withUnit = true;
    for (const ReportFigure& figure : report.figures) {
        auto* card = new QFrame(figures);
        card->setObjectName(QStringLiteral("figureCard"));
        card->setStyleSheet(QStringLiteral("#figureCard { background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 8px; }"));
        auto* box = new QVBoxLayout(card);
        auto* title = new QLabel(figure.title, card);
        title->setStyleSheet(QStringLiteral("color: #475569;"));
        title->setWordWrap(true);
        auto* value = new QLabel(formatCell(figure.value, figure.kind, format), card);
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        font.setBold(true);
        value->setFont(font);
        box->addWidget(title);
        box->addWidget(value);
        grid->addWidget(card);
        m_figureValues << value;
    }
    grid->addStretch(1);
    figures->setVisible(!report.figures.isEmpty());
}

void ReportView::addTable(int index, const ReportTable& table)
{
    auto* column = static_cast<QVBoxLayout*>(m_content->layout());
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(table.title, m_content);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    header->addWidget(title);
    header->addStretch(1);
    auto* csv = new QPushButton(tr("Export CSV…"), m_content);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* xlsx = new QPushButton(tr("Export XLSX…"), m_content);
    xlsx->setObjectName(QStringLiteral("exportXlsx"));
    ExportPolicy::guard(csv, ExportPolicy::Kind::Export);
    ExportPolicy::guard(xlsx, ExportPolicy::Kind::Export);
    connect(csv, &QPushButton::clicked, this, [this, index] { exportTable(index, false); });
    connect(xlsx, &QPushButton::clicked, this, [this, index] { exportTable(index, true); });
    header->addWidget(csv);
    header->addWidget(xlsx);
    column->addLayout(header);

    auto* model = new ReportTableModel(this);
    model->setTable(table);
    auto* proxy = new ReportSortProxy(model);
    proxy->setSourceModel(model);
    auto* view = new QTableView(m_content);
    view->setObjectName(QStringLiteral("reportTable"));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    const int rows = model->rowCount();
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    view->setMinimumHeight(std::min(420, view->horizontalHeader()->sizeHint().height() + std::max(rows, 1) * rowHeight + 6));
    const bool opens = table.columnIndex(QStringLiteral("customer_id")) >= 0 || table.columnIndex(QStringLiteral("document_id")) >= 0;
    if (opens) {
        view->setToolTip(tr("Double-click a row to open it."));
        connect(view, &QTableView::doubleClicked, this,
                [this, index, proxy](const QModelIndex& at) { openRow(index, proxy->mapToSource(at).row()); });
    }
    column->addWidget(view);
    m_tables << view;
    m_models << model;
}

void ReportView::openRow(int table, int sourceRow)
{
    const ReportTableModel* model = m_models.value(table);
    if (!model || model->isTotalsRow(sourceRow))
        return;
    if (const qint64 document = model->idAt(sourceRow, QStringLiteral("document_id")); document > 0) {
        emit openDocumentRequested(document);
        return;
    }
    if (const qint64 customer = model->idAt(sourceRow, QStringLiteral("customer_id")); customer > 0)
        emit openCustomerRequested(customer);
}

bool ReportView::exportTable(int index, bool xlsx)
{
    const ReportTableModel* model = m_models.value(index);
    if (!model || !ExportPolicy::permit(this, ExportPolicy::Kind::Export))
        return false;
    const ReportTable& table = model->table();
    const QString path = FileDialogs::saveFile(this, xlsx ? tr("Export XLSX") : tr("Export CSV"),
        suggestedPath(table.title.isEmpty() ? m_reportId : table.title, xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv")),
        xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return false;
    TableExportOptions options;
    options.language = language();
    options.rightToLeft = Display::persian();
    const Status written = xlsx ? writeTableXlsx(table, path, options) : writeTableCsv(table, path, options);
    if (!written) {
        emit statusMessage(written.error().message);
        return false;
    }
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportView::saveChart(int chart)
{
    ReportChartView* view = m_charts.value(chart);
    if (!view || !ExportPolicy::permit(this, ExportPolicy::Kind::Export))
        return false;
    const QString title = view->reportChart().title.isEmpty() ? m_reportId : view->reportChart().title;
    const QString path = FileDialogs::saveFile(this, tr("Save chart as PNG"), suggestedPath(title, QStringLiteral(".png")),
                                               tr("PNG image (*.png)"));
    if (path.isEmpty())
        return false;
    if (!view->savePng(path)) {
        emit statusMessage(tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace peyvand::ui
