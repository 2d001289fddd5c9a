#include "IndustriesPanel.h"

#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

IndustriesPanel::IndustriesPanel(leads::LeadService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("industriesPanel"));
    m_list->setObjectName(QStringLiteral("industryList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setAlternatingRowColors(true);
    m_name->setObjectName(QStringLiteral("industryName"));
    m_name->setPlaceholderText(tr("A new industry, e.g. Tourism"));
    m_add->setObjectName(QStringLiteral("addIndustryButton"));
    m_remove->setObjectName(QStringLiteral("removeIndustryButton"));
    m_error->setObjectName(QStringLiteral("industryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->hide();
    auto* hint = new QLabel(tr("Leads pick their industry from this list; the scoring profile gives points per "
                               "industry. Double-click a name to rename it."),
                            this);
    hint->setWordWrap(true);

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_name, 1);
    entry->addWidget(m_add);
    entry->addWidget(m_remove);
    auto* column = new QVBoxLayout;
    column->addWidget(hint);
    column->addWidget(m_list, 1);
    column->addLayout(entry);
    column->addWidget(m_error);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(column, 2);
    layout->addStretch(3);

    connect(m_add, &QPushButton::clicked, this, [this] { addIndustry(m_name->text()); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { addIndustry(m_name->text()); });
    connect(m_remove, &QPushButton::clicked, this, &IndustriesPanel::removeCurrent);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading)
            renameIndustry(m_list->row(item), item->text());
    });
    reload();
}

void IndustriesPanel::reload()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_loading = true;
    m_list->clear();
    m_industries = m_service.industries().valueOr({});
    for (const leads::Industry& industry : std::as_const(m_industries)) {
        auto* item = new QListWidgetItem(industry.name, m_list);
        item->setData(Qt::UserRole, industry.key);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (industry.key == current)
            m_list->setCurrentItem(item);
    }
    m_loading = false;
    m_remove->setEnabled(!m_industries.isEmpty());
}

void IndustriesPanel::showError(const Error& error)
{
    m_error->setText(ErrorText::describe(error));
    m_error->show();
}

bool IndustriesPanel::addIndustry(const QString& name)
{
    m_error->hide();
    const Result<leads::Industry> added = m_service.addIndustry(name);
    if (!added) {
        showError(added.error());
        m_name->setFocus();
        return false;
    }
    m_name->clear();
    reload();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == added->key)
            m_list->setCurrentRow(row);
    }
    emit industriesChanged(m_industries);
    emit statusMessage(tr("Industry added"));
    return true;
}

bool IndustriesPanel::renameIndustry(int row, const QString& name)
{
    m_error->hide();
    if (row < 0 || row >= m_industries.size())
        return false;
    const Status renamed = m_service.renameIndustry(m_industries.at(row).key, name);
    if (!renamed)
        showError(renamed.error());
    reload(); // shows the stored name, or the old one again
    if (!renamed)
        return false;
    emit industriesChanged(m_industries);
    emit statusMessage(tr("Industry renamed"));
    return true;
}

bool IndustriesPanel::removeCurrent()
{
    m_error->hide();
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_industries.size())
        return false;
    const leads::Industry industry = m_industries.at(row);
    const QString question = tr("Remove “%1” from the list? Leads in this industry keep it but get no industry "
                                "points any more.")
                                 .arg(Display::digits(industry.name));
    if (Dialogs::ask(this, tr("Remove industry"), question, tr("Remove")) != Dialogs::Answer::Yes)
        return false;
    const Status removed = m_service.removeIndustry(industry.key);
    if (!removed) {
        showError(removed.error());
        return false;
    }
    reload();
    emit industriesChanged(m_industries);
    emit statusMessage(tr("Industry removed"));
    return true;
}

} // namespace peyvand::ui
