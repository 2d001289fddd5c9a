#include "CustomerExportDialog.h"

#include "Display.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace peyvand::ui {

using exchange::ExportFormat;

CustomerExportDialog::CustomerExportDialog(qint64 allCount, qint64 listCount, QWidget* parent)
    : QDialog(parent)
    , m_all(new QRadioButton(tr("All customers (%1)").arg(Display::number(allCount)), this))
    , m_list(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_persian(new QCheckBox(tr("Column titles in Persian"), this))
{
    setObjectName(QStringLiteral("customerExportDialog"));
    setWindowTitle(tr("Export customers"));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_list->setObjectName(QStringLiteral("exportList"));
    if (listCount >= 0) {
        m_list->setText(tr("The customers of the current search and filters (%1)").arg(Display::number(listCount)));
        m_list->setChecked(true);
    } else {
        m_list->setText(tr("The customers of the current search and filters"));
        m_list->setEnabled(false);
        m_all->setChecked(true);
    }
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (opens in any spreadsheet program)"), int(ExportFormat::Csv));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("vCard contacts (VCF)"), int(ExportFormat::VCard));
    m_persian->setObjectName(QStringLiteral("exportPersianHeaders"));
    m_persian->setChecked(Display::persian());
    m_persian->setToolTip(tr("Peyvand reads either kind of title back when the file is imported."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    auto* form = new QFormLayout;
    auto* which = new QVBoxLayout;
    which->addWidget(m_all);
    which->addWidget(m_list);
    form->addRow(tr("Customers:"), which);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_persian);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_persian->setEnabled(format() != ExportFormat::VCard); }); // vCard has no column titles
}

bool CustomerExportDialog::exportsCurrentList() const
{
    return m_list->isChecked();
}

ExportFormat CustomerExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

bool CustomerExportDialog::persianHeaders() const
{
    return m_persian->isEnabled() && m_persian->isChecked();
}

} // namespace peyvand::ui
