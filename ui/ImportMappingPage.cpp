#include "ImportMappingPage.h"

#include "Display.h"
#include "ImportPreviewModel.h"
#include "ImportPreviewPage.h"
#include "ImportSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace peyvand::ui {

using exchange::ImportField;

ImportMappingPage::ImportMappingPage(ImportSession& session, ImportPreviewModel& model, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(model)
    , m_columns(new QTableWidget(this))
    , m_notes(new QCheckBox(tr("Put the columns that are not imported into the customer's notes"), this))
    , m_summary(new QLabel(this))
    , m_preview(ImportPreviewPage::createPreviewTable(model, this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose what each column of the file holds. Columns were matched by their titles; "
                   "“Do not import” leaves a column out."));
    m_columns->setObjectName(QStringLiteral("mappingTable"));
    m_columns->setColumnCount(ColumnCount);
    m_columns->setHorizontalHeaderLabels({ tr("Column in the file"), tr("First value"), tr("Import as") });
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_columns->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_notes->setObjectName(QStringLiteral("unmappedToNotes"));
    m_summary->setObjectName(QStringLiteral("mappingSummary"));
    m_summary->setAlignment(Display::leadingAlignment());
    m_preview->setObjectName(QStringLiteral("mappingPreview"));

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_columns);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notes);

    connect(m_notes, &QCheckBox::toggled, &m_session, &ImportSession::setUnmappedToNotes);
    connect(&m_session, &ImportSession::previewChanged, this, [this] {
        showMapping();
        emit completeChanged();
    });
    connect(&m_session, &ImportSession::loadingChanged, this, &ImportMappingPage::completeChanged);
    showMapping();
}

bool ImportMappingPage::isComplete() const
{
    return m_session.hasPreview() && !m_session.isLoading();
}

QComboBox* ImportMappingPage::fieldBox(int column) const
{
    if (column < 0 || column >= m_columns->rowCount())
        return nullptr;
    return qobject_cast<QComboBox*>(m_columns->cellWidget(column, FieldColumn));
}

QComboBox* ImportMappingPage::createFieldBox(int column)
{
    auto* box = new QComboBox(m_columns);
    box->setObjectName(QStringLiteral("fieldBox%1").arg(column));
    box->addItem(exchange::fieldLabel(ImportField::Ignore), int(ImportField::Ignore));
    for (const ImportField field : exchange::importableFields())
        box->addItem(exchange::fieldLabel(field), int(field));
    box->setMaxVisibleItems(box->count());
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, column] {
        m_session.setField(column, ImportField(box->currentData().toInt()));
    });
    return box;
}

void ImportMappingPage::showMapping()
{
    {
        const QSignalBlocker block(m_notes);
        m_notes->setChecked(m_session.options().mapping.unmappedToNotes);
    }
    if (!m_session.hasPreview()) {
        m_summary->clear();
        return;
    }
    const exchange::ImportPreview& preview = m_session.preview();
    if (preview.headers != m_shownHeaders) {
        m_shownHeaders = preview.headers;
        m_columns->setRowCount(int(preview.headers.size()));
        for (int column = 0; column < preview.headers.size(); ++column) {
            auto* header = new QTableWidgetItem(Display::digits(preview.headers.at(column)));
            m_columns->setItem(column, HeaderColumn, header);
            QString sample;
            for (const exchange::PreviewRow& row : preview.rows) {
                sample = row.cells.value(column).trimmed();
                if (!sample.isEmpty())
                    break;
            }
            auto* sampleItem = new QTableWidgetItem(Display::digits(sample));
            sampleItem->setToolTip(sample);
            m_columns->setItem(column, SampleColumn, sampleItem);
            m_columns->setCellWidget(column, FieldColumn, createFieldBox(column));
        }
    }
    for (int column = 0; column < preview.headers.size(); ++column) {
        QComboBox* box = fieldBox(column);
        const QSignalBlocker block(box);
        box->setCurrentIndex(box->findData(int(preview.mapping.columns.value(column, ImportField::Ignore))));
    }
    m_summary->setText(ImportPreviewPage::summaryText(m_model));
}

} // namespace peyvand::ui
