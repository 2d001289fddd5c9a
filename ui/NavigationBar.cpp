#include "NavigationBar.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

NavigationBar::NavigationBar(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("navigationBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "#navigationBar { background: #f1f5f9; border: none; }"
        "#navigationBar QPushButton { border: none; border-radius: 6px; padding: 7px 12px; text-align: left; }"
        "#navigationBar QPushButton:checked { background: #0f766e; color: white; }"
        "#navigationBar QPushButton:hover:!checked:enabled { background: #e2e8f0; }"
        "#navigationBar QPushButton:disabled { color: #94a3b8; }"
        "#navigationBar QLabel#comingSoon { color: #64748b; padding: 12px 12px 2px 12px; }"));
    m_group->setExclusive(true);

    auto* title = new QLabel(tr("Peyvand"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setContentsMargins(12, 10, 12, 12);
    auto* soon = new QLabel(tr("Coming soon"), this);
    soon->setObjectName(QStringLiteral("comingSoon"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(addButton(Section::Dashboard, tr("Dashboard"), true));
    layout->addWidget(addButton(Section::Customers, tr("Customers"), true));
    layout->addWidget(addButton(Section::Leads, tr("Leads"), true));
    layout->addWidget(addButton(Section::Pipeline, tr("Sales pipeline"), true));
    layout->addWidget(addButton(Section::Tasks, tr("Today and tasks"), true));
    layout->addWidget(addButton(Section::Documents, tr("Pre-invoices and invoices"), true));
    layout->addWidget(addButton(Section::Catalog, tr("Products and services"), true));
    layout->addWidget(addButton(Section::Cheques, tr("Cheques"), true));
    layout->addWidget(addButton(Section::Receivables, tr("Receivables"), true));
    layout->addWidget(addButton(Section::Reports, tr("Reports"), true));
    soon->hide(); // every area is built
    layout->addStretch(1);
    layout->addWidget(addButton(Section::Backups, tr("Backups"), true));
    layout->addWidget(addButton(Section::Settings, tr("Settings"), true));
    setMinimumWidth(170);

    select(Section::Dashboard);
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { emit sectionChosen(static_cast<Section>(id)); });
}

QAbstractButton* NavigationBar::addButton(Section section, const QString& text, bool enabled)
{
    auto* button = new QPushButton(this);
    button->setText(text);
    button->setCheckable(enabled);
    button->setEnabled(enabled);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (!enabled)
        button->setToolTip(tr("Coming soon"));
    m_group->addButton(button, int(section));
    m_buttons.insert(section, button);
    return button;
}

void NavigationBar::select(Section section)
{
    if (QAbstractButton* button = m_buttons.value(section); button && button->isEnabled())
        button->setChecked(true);
}

NavigationBar::Section NavigationBar::current() const
{
    return static_cast<Section>(m_group->checkedId());
}

} // namespace peyvand::ui
