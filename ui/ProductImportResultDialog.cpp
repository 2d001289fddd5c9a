#include "ProductImportResultDialog.h"

#include "Display.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
QString summaryText(const sales::ProductImportReport& report, bool refused)
{
    const int problems = int(report.problems.size());
    if (refused)
        return Display::digits(ProductImportResultDialog::tr("Nothing was imported: %n problem(s) in the file. Fix them and import "
                                        "the file again.", nullptr, problems));
    QString text = ProductImportResultDialog::tr("Added: %1. Updated: %2.")
                       .arg(Display::number(report.created), Display::number(report.updated));
    if (problems > 0)
        text = ProductImportResultDialog::tr("%1 Skipped because of problems: %2 (listed below).").arg(text, Display::number(problems));
    return text;
}
} // namespace

ProductImportResultDialog::ProductImportResultDialog(const sales::ProductImportReport& report, bool refused,
                                                     bool offerValidLines, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(summaryText(report, refused), this))
    , m_problems(new QTableWidget(int(report.problems.size()), 3, this))
{
    setObjectName(QStringLiteral("productImportResult"));
    setWindowTitle(refused ? tr("Import refused") : tr("Import finished"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setWordWrap(false);
    for (int row = 0; row < report.problems.size(); ++row) {
        const sales::ImportProblem& problem = report.problems.at(row);
        auto* line = new QTableWidgetItem(Display::number(problem.line));
        line->setData(Qt::UserRole, problem.line);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, new QTableWidgetItem(problem.column));
        m_problems->setItem(row, 2, new QTableWidgetItem(Display::digits(problem.message)));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->setColumnWidth(1, 140);
    m_problems->setVisible(!report.problems.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importValid = buttons->addButton(tr("Import the lines without problems"), QDialogButtonBox::ActionRole);
    m_importValid->setObjectName(QStringLiteral("importValidButton"));
    m_importValid->setVisible(offerValidLines);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importValid, &QPushButton::clicked, this, [this] {
        emit importValidRequested();
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(720, report.problems.isEmpty() ? sizeHint().height() : 460);
}

} // namespace peyvand::ui
