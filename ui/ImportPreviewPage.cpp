#include "ImportPreviewPage.h"

#include "Display.h"
#include "ImportPreviewModel.h"
#include "ImportSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

ImportPreviewPage::ImportPreviewPage(ImportSession& session, ImportPreviewModel& model, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_notices(new QLabel(this))
    , m_table(createPreviewTable(model, this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows of the file as they will be stored. Red cells will not be imported: "
                   "point at one to see why. Amber rows match a customer you already have."));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Display::leadingAlignment());
    m_notices->setObjectName(QStringLiteral("previewNotices"));
    m_notices->setWordWrap(true);
    m_notices->setAlignment(Display::leadingAlignment());
    m_notices->setStyleSheet(QStringLiteral("color: #92400e;"));
    m_table->setObjectName(QStringLiteral("previewTable"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notices);
    layout->addWidget(m_table, 1);

    connect(&m_session, &ImportSession::previewChanged, this, [this] {
        showSummary();
        emit completeChanged();
    });
    connect(&m_session, &ImportSession::loadingChanged, this, &ImportPreviewPage::completeChanged);
    showSummary();
}

QTableView* ImportPreviewPage::createPreviewTable(ImportPreviewModel& model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(&model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setMinimumSectionSize(60);
    table->horizontalHeader()->setDefaultSectionSize(140);
    QObject::connect(&model, &QAbstractItemModel::modelReset, table, [table] {
        table->resizeColumnsToContents();
        QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, std::min(header->sectionSize(column), 260));
    });
    return table;
}

QString ImportPreviewPage::summaryText(const ImportPreviewModel& model)
{
    const int rows = model.rowCount();
    if (rows == 0)
        return tr("The file has no rows to import.");
    const int rejected = model.problemRowCount();
    const int duplicates = model.duplicateRowCount();
    return tr("%1 rows previewed: %2 ready to import, %3 rejected, %4 duplicates.")
        .arg(Display::number(rows), Display::number(rows - rejected - duplicates), Display::number(rejected),
             Display::number(duplicates));
}

bool ImportPreviewPage::isComplete() const
{
    return m_session.hasPreview() && !m_session.isLoading();
}

void ImportPreviewPage::showSummary()
{
    m_summary->setText(m_session.hasPreview() ? summaryText(m_model) : QString());
    const QStringList notices = m_session.hasPreview() ? m_session.preview().notices : QStringList();
    m_notices->setText(Display::digits(notices.join(QLatin1Char('\n'))));
    m_notices->setVisible(!notices.isEmpty());
}

} // namespace peyvand::ui
