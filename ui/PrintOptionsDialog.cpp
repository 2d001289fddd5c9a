#include "PrintOptionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

using documents::CopyLabel;
using documents::DocumentLanguage;
using documents::Paper;

namespace {
void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

PrintOptionsDialog::PrintOptionsDialog(const documents::RenderOptions& initial, QWidget* parent)
    : QDialog(parent)
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_copy(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("printOptionsDialog"));
    setWindowTitle(tr("Print options"));
    m_paper->addItem(tr("A4"), int(Paper::A4));
    m_paper->addItem(tr("A5"), int(Paper::A5));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_copy->addItem(tr("No copy label"), int(CopyLabel::None));
    m_copy->addItem(tr("Customer's copy"), int(CopyLabel::Customer));
    m_copy->addItem(tr("Accounting copy"), int(CopyLabel::Accounting));
    m_copy->addItem(tr("Archive copy"), int(CopyLabel::Archive));
    m_language->addItem(tr("Persian"), int(DocumentLanguage::Persian));
    m_language->addItem(tr("English"), int(DocumentLanguage::English));

    auto* form = new QFormLayout;
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(tr("Orientation:"), m_orientation);
    form->addRow(tr("Copy:"), m_copy);
    form->addRow(tr("Language of the printout:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setOptions(initial);
}

documents::RenderOptions PrintOptionsDialog::options() const
{
    documents::RenderOptions options;
    options.paper = Paper(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.copy = CopyLabel(m_copy->currentData().toInt());
    options.language = DocumentLanguage(m_language->currentData().toInt());
    options.displayToman = m_displayToman;
    return options;
}

void PrintOptionsDialog::setOptions(const documents::RenderOptions& options)
{
    selectData(m_paper, int(options.paper));
    selectData(m_orientation, int(options.orientation));
    selectData(m_copy, int(options.copy));
    selectData(m_language, int(options.language));
    m_displayToman = options.displayToman;
}

} // namespace peyvand::ui
